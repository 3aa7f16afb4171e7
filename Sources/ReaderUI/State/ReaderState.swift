import ArticleModel

/// Everything the reader shows, in one value.
///
/// The loop renders it (`ReaderView.render`), turns each event into an
/// `Action` through the `KeyMap`, and calls `apply(_:keyMap:)`, which changes the
/// state and may hand back an `Effect` for the loop to run. No I/O happens
/// here, so every behaviour can be tested by applying actions to a state.
public struct ReaderState: Sendable, Equatable {
  /// The articles opened, and which one is shown.
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
  /// What the filter lets through, worked out when it changes (see `FilterResults`).
  private var filterResults: FilterResults
  /// Paragraphs the filter lets through (sorted), `nil` without a filter.
  public var visibleParagraphs: [Int]? { filterResults.visibleParagraphs }
  /// Quotations the filter lets through, in article order.
  public var filteredQuotations: [Int] { filterResults.quotations }
  /// Posts still shown (by the chosen speakers or quoting them), in article order.
  public var filteredPosts: [Int] { filterResults.posts }
  public var search: SearchState?
  public var prompt: Prompt?
  /// A one-off message for the bottom line ("search hit BOTTOM, continuing at TOP").
  public var message: Message?
  public var showsHelp = false
  /// The other open articles: their places, the article list, a filter that travels.
  public var library = Library()
  public var helpScroll = 0
  /// The articles still parsed in the background, and a key held until one has loaded.
  var loading = ArticleLoading()
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

  /// What the filter lets through, a function of the documents, the current one and the
  /// filter (which the state compares); equal to any other, so that comparing two states
  /// (after every key, against the frame drawn ahead) does not walk the lists.
  struct FilterResults: Sendable, Equatable {
    var visibleParagraphs: [Int]?
    var quotations: [Int]
    var posts: [Int]

    static func == (lhs: FilterResults, rhs: FilterResults) -> Bool { true }
  }

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
    filterResults = FilterResults(
      visibleParagraphs: nil, quotations: article.map { Array($0.quotations.indices) } ?? [],
      posts: article.map { Array($0.posts.indices) } ?? [])
    selectedPost = filteredPosts.first
    selectedSpeaker = (article?.speakers.isEmpty ?? true) ? nil : 0
    selectedQuotation = filteredQuotations.first
  }

  public init(documents: [Document], size: Size) {
    self.init(documents: documents.map(OpenDocument.init), size: size)
    for (index, document) in documents.enumerated() {
      if let load = document.loading { loading.articles[index] = LoadingArticle(byteCount: load.byteCount) }
    }
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
      filterResults = FilterResults(
        visibleParagraphs: nil, quotations: Array(article.quotations.indices),
        posts: Array(article.posts.indices))
    } else {
      let visible = filter.paragraphs(in: article)
      // Posts by the chosen speakers and posts that quote them: every post the article still shows.
      let posts = article.posts.indices.filter { post in
        let paragraph = article.posts[post].paragraph
        let found = lowerBound(visible, paragraph)
        return found < visible.count && visible[found] == paragraph
      }
      filterResults = FilterResults(
        visibleParagraphs: visible, quotations: filter.quotations(in: article), posts: posts)
    }
  }
}
