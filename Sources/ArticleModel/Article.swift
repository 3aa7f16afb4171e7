/// A parsed news article: paragraphs, quotations with speakers, embedded posts.
///
/// Build one with `Article(parsing:)`; parsing never fails on content.
public struct Article: Sendable {
  /// The text exactly as read (decoded from UTF-8). All offsets point into it.
  public var source: String
  /// Total number of Unicode scalars in `source`.
  public var scalarCount: Int
  /// `YYYY-MM-DD` from a `date YYYY-MM-DD` prefix, shown as given.
  public var date: String?
  public var paragraphs: [Paragraph]
  public var quotations: [Quotation]
  public var posts: [SocialPost]
  public var speakers: [Speaker]

  public init(
    source: String, scalarCount: Int, date: String?, paragraphs: [Paragraph],
    quotations: [Quotation] = [], posts: [SocialPost] = [], speakers: [Speaker] = []
  ) {
    self.source = source
    self.scalarCount = scalarCount
    self.date = date
    self.paragraphs = paragraphs
    self.quotations = quotations
    self.posts = posts
    self.speakers = speakers
  }
}
