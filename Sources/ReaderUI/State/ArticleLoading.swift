import ArticleModel

/// What the reader knows of the articles still parsed in the background (`ArticleLoad`):
/// the loop notes what each load says (`ReaderState.note(_:)`), and `apply` decides from
/// it what a key does meanwhile (see `ReaderState+WhileLoading.swift`).
public struct ArticleLoading: Equatable, Sendable {
  /// The articles still loading, by document index.
  var articles: [Int: LoadingArticle] = [:]
  /// An action that needs the whole article shown, held until it has loaded.
  var heldAction: Action?
  /// The loading notice last put on the bottom line (replaced as the estimate moves on).
  var notice: Message?
}

/// One article still loading, as its load last said.
struct LoadingArticle: Equatable, Sendable {
  /// The size of the whole text in UTF-8 bytes (for the notice).
  var byteCount: Int
  /// The share of the expected parse time spent so far (an estimate, for the notice).
  var progress: Double = 0
  /// The last stretch of the text, once the load has found it.
  var ending: ArticleLoad.Ending?
  /// While the ending is shown: the beginning to go back to.
  var shownEnding: ShownEnding?
  /// A remembered place beyond the beginning, held until the whole has loaded.
  var heldPlace: PositionStore.Place?

  /// The ending shown in place of the beginning.
  struct ShownEnding: Equatable, Sendable {
    var beginning: OpenDocument
    /// The ending's start in the whole text (scalars).
    var start: Int
  }

  /// The progress is left out: it shows only through the notice, which the state compares
  /// as its message (else every wake-up would make the frame drawn ahead stale). A load finds
  /// one ending and parses it once: its start and whether it is parsed tell two notes of it
  /// apart (comparing the texts would read 32 kB at every key).
  static func == (lhs: LoadingArticle, rhs: LoadingArticle) -> Bool {
    lhs.byteCount == rhs.byteCount && lhs.ending?.sourceStart == rhs.ending?.sourceStart
      && (lhs.ending?.article == nil) == (rhs.ending?.article == nil)
      && lhs.shownEnding == rhs.shownEnding && lhs.heldPlace == rhs.heldPlace
  }
}

/// What a load says when the loop asks (`ArticleLoad` is the loop's to read: it changes
/// on a thread of its own).
public struct LoadNews: Sendable {
  public var document: Int
  public var progress: Double
  public var ending: ArticleLoad.Ending?

  public init(document: Int, progress: Double, ending: ArticleLoad.Ending?) {
    self.document = document
    self.progress = progress
    self.ending = ending
  }
}
