import ArticleModel

/// Everything the reader shows, in one value.
///
/// The loop renders it (`ReaderView.render`), turns each event into an
/// `Action` through the `KeyMap`, and calls `apply(_:)`, which changes the
/// state and may hand back an `Effect` for the loop to run. No I/O happens
/// here, so every behaviour can be tested by applying actions to a state.
public struct ReaderState: Sendable, Equatable {
  /// The articles opened, and which one is shown (issue #4 adds switching).
  public var documents: [OpenDocument]
  public var current: Int = 0
  /// The terminal's size.
  public var size: Size
  /// The top row of the article pane.
  public var position = ReadingPosition(paragraph: 0, offset: ReadingPosition.start.offset)
  public var focus: Pane = .article
  public var sideTab: SideTab = .posts
  /// `nil` follows the terminal width (shown from `sidePaneMinimumTerminalWidth` columns); otherwise the user's choice.
  public var sidePaneChoice: Bool?
  /// Selected entry of each list, as an index into the article's posts, speakers or quotations.
  public var selectedPost: Int?
  public var selectedSpeaker: Int?
  public var selectedQuotation: Int?
  /// The quotation last jumped to (marked in the article and named on the status line).
  public var currentQuotation: Int?
  /// The post last jumped to.
  public var currentPost: Int?
  public var filter = SpeakerFilter()
  /// Paragraphs the filter lets through (sorted), `nil` without a filter.
  public private(set) var visibleParagraphs: [Int]?
  /// Quotations the filter lets through, and posts still shown (by those speakers or quoting them), in article order.
  public private(set) var filteredQuotations: [Int]
  public private(set) var filteredPosts: [Int]
  public var search: SearchState?
  public var prompt: Prompt?
  /// A one-off message for the bottom line ("search hit BOTTOM, continuing at TOP").
  public var message: Message?
  public var showsHelp = false
  /// The other open articles: their places, the article list, a filter that travels.
  public var library = Library()
  public var helpScroll = 0
  /// The place being read when the filter last changed, and the top the change gave the view:
  /// while the view stays there, the next filter change starts again from that place.
  var filterReturn: PlaceReturn?
  /// The place being read before a resize moved the view up to fit the article's end, and
  /// the top the resize gave the view: while the view stays there, the next resize starts
  /// again from that place (a window made tall then short again shows what it showed).
  var resizeReturn: PlaceReturn?
  /// Whether the current quotation was made current by the last jump (to it, or to a post
  /// that quotes it; scrolling since does not count): a resize then keeps it on screen
  /// while part of it is. After a jump elsewhere (the top, a search match, a paragraph) a
  /// resize keeps the reading position, though the quotation may still be in view.
  var viewFollowsQuotation = false

  /// See `filterReturn` and `resizeReturn`.
  struct PlaceReturn: Hashable, Sendable {
    var reading: ReadingPosition
    var shown: ReadingPosition
  }

  /// Terminals narrower than this start with the side pane hidden.
  public static let sidePaneMinimumTerminalWidth = 80
  /// The side pane is never narrower than this.
  public static let sidePaneMinimumWidth = 28
  /// Below this the reader only says the terminal is too small.
  public static let minimumSize = Size(width: 20, height: 5)

  public init(documents: [OpenDocument], size: Size) {
    self.documents = documents
    self.size = size
    let article = documents.first?.article
    filteredQuotations = article.map { Array($0.quotations.indices) } ?? []
    filteredPosts = article.map { Array($0.posts.indices) } ?? []
    selectedPost = filteredPosts.first
    selectedSpeaker = (article?.speakers.isEmpty ?? true) ? nil : 0
    selectedQuotation = filteredQuotations.first
  }

  public init(documents: [Document], size: Size) {
    self.init(documents: documents.map(OpenDocument.init), size: size)
  }

  public init(article: Article, name: String = "article", size: Size) {
    self.init(documents: [OpenDocument(name: name, article: article)], size: size)
  }

  /// The document shown.
  public var document: OpenDocument {
    documents.indices.contains(current) ? documents[current] : Self.emptyDocument
  }

  public var article: Article { document.article }

  private static let emptyDocument = OpenDocument(
    name: "", article: Article(source: "", scalarCount: 0, date: nil, paragraphs: []))

  /// Recomputes what the filter lets through (O(quotations + posts), on filter changes only).
  mutating func refreshFilter() {
    let article = self.article
    if filter.isEmpty {
      visibleParagraphs = nil
      filteredQuotations = Array(article.quotations.indices)
      filteredPosts = Array(article.posts.indices)
    } else {
      let visible = filter.paragraphs(in: article)
      visibleParagraphs = visible
      filteredQuotations = filter.quotations(in: article)
      // Posts by the chosen speakers and posts that quote them: every post the article still shows.
      filteredPosts = article.posts.indices.filter { p in
        let i = lowerBound(visible, article.posts[p].paragraph)
        return i < visible.count && visible[i] == article.posts[p].paragraph
      }
    }
  }

  public static func == (lhs: ReaderState, rhs: ReaderState) -> Bool {
    lhs.documents == rhs.documents && lhs.current == rhs.current && lhs.size == rhs.size
      && lhs.position == rhs.position && lhs.focus == rhs.focus && lhs.sideTab == rhs.sideTab
      && lhs.sidePaneChoice == rhs.sidePaneChoice && lhs.selectedPost == rhs.selectedPost
      && lhs.selectedSpeaker == rhs.selectedSpeaker && lhs.selectedQuotation == rhs.selectedQuotation
      && lhs.currentQuotation == rhs.currentQuotation && lhs.currentPost == rhs.currentPost
      && lhs.filter == rhs.filter && lhs.search == rhs.search && lhs.prompt == rhs.prompt
      && lhs.message == rhs.message && lhs.showsHelp == rhs.showsHelp && lhs.library == rhs.library
      && lhs.helpScroll == rhs.helpScroll && lhs.filterReturn == rhs.filterReturn
      && lhs.resizeReturn == rhs.resizeReturn && lhs.viewFollowsQuotation == rhs.viewFollowsQuotation
  }
}
