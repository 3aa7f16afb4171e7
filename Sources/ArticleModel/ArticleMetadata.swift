/// What a dataset says about an article besides its text: where it was
/// published, when, by whom, under which title and address.
///
/// Every field is shown as given (trimmed of surrounding white space); the
/// model never reads them to find speakers.
public struct ArticleMetadata: Hashable, Sendable {
  /// The dataset's own identifier of the article (NELA-GT's `id`, a row id).
  public var id: String?
  public var title: String?
  /// The outlet (NELA-GT's `source`, news-please's `source_domain`).
  public var source: String?
  public var date: String?
  public var author: String?
  public var url: String?

  public init(
    id: String? = nil, title: String? = nil, source: String? = nil, date: String? = nil,
    author: String? = nil, url: String? = nil
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.date = date
    self.author = author
    self.url = url
  }

  /// Whether no field is set.
  public var isEmpty: Bool {
    id == nil && title == nil && source == nil && date == nil && author == nil && url == nil
  }
}
