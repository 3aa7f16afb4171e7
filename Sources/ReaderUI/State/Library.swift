import ArticleModel

/// What the reader keeps about the open articles besides the one shown: their places, the list, a shared filter.
///
/// `byline a.txt b.txt` or a directory opens several articles; `J` and `K`
/// move between them and `A` shows the list of all of them. Each article
/// keeps its own reading position while another is shown. A speaker filter
/// follows the reader from article to article: the speakers it names are
/// looked up by name in the next article, so "everything Lavrov said"
/// works across files.
public struct Library: Hashable, Sendable {
  /// The top of the article pane of each article last seen, by document index.
  public var places: [Int: ReadingPosition] = [:]
  /// Whether the list of articles covers the screen.
  public var showsList = false
  /// The entry selected in the list.
  public var selected = 0
  /// The names a speaker filter carries from article to article (`nil`: no filter travels).
  public var filterNames: [String]?
  /// Whether the filter carried into the article shown matched nobody there (so its empty filter was not cleared by hand).
  public var carriedFilterFoundNobody = false

  public init() {}
}

/// One line of the article list: which article, when, and how much speech it holds.
public struct ArticleSummary: Hashable, Sendable {
  public var name: String
  public var date: String?
  /// The first words of the first paragraph of running text.
  public var title: String
  public var quotations: Int
  public var posts: Int
  /// With a speaker filter: the quotations and posts it lets through; `nil` without.
  public var filteredQuotations: Int?
  public var filteredPosts: Int?

  /// The summary of an article, with counts for the speakers named `filterNames` when given.
  public init(name: String, article: Article, filterNames: [String]? = nil) {
    self.name = name
    date = article.date
    let first = article.paragraphs.first { $0.kind == .text } ?? article.paragraphs.first
    title = first.map { String($0.text.prefix(200)) } ?? ""
    quotations = article.quotations.count
    posts = article.posts.count
    if let filterNames {
      let filter = SpeakerFilter(speakers: Set(Library.speakers(named: filterNames, in: article)))
      filteredQuotations = filter.isEmpty ? 0 : filter.quotations(in: article).count
      filteredPosts = filter.isEmpty ? 0 : filter.posts(in: article).count
    }
  }
}

extension Library {
  /// The proper names a speaker goes by: the canonical name and the aliases that are names or handles.
  ///
  /// Roles and pronouns ("the minister", "he") are left out: in another
  /// article they may mean someone else.
  public static func names(of speaker: Speaker) -> [String] {
    [speaker.name]
      + speaker.aliases.filter { alias in
        guard let first = alias.unicodeScalars.first else { return false }
        return first == "@" || first.properties.isUppercase
      }
  }

  /// The speakers of `article` that go by one of `names` (ignoring case).
  public static func speakers(named names: [String], in article: Article) -> [Int] {
    let wanted = Set(names.map { $0.lowercased() })
    return article.speakers.filter { speaker in
      Self.names(of: speaker).contains { wanted.contains($0.lowercased()) }
    }.map(\.index)
  }
}
