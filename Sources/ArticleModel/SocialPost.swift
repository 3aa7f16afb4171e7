/// A social-media post embedded in the article and flattened to text.
public struct SocialPost: Hashable, Sendable {
  public enum Platform: String, Sendable, Codable, CaseIterable {
    case twitter, instagram, facebook, youtube, telegram, other
  }

  public var index: Int
  public var platform: Platform
  /// Display name of the author; may be empty.
  public var author: String
  /// Handle without the `@`, or empty when the shape has none.
  public var handle: String
  /// `YYYY-MM-DD`, when the signature carries a date.
  public var date: String?
  /// The post's own text, signature and links removed.
  public var text: String
  public var links: [String]
  public var hashtags: [String]
  public var mentions: [String]
  /// The paragraph that shows the post.
  public var paragraph: Int
  /// Source span of the whole post (text and signature).
  public var range: TextRange

  public init(
    index: Int, platform: Platform, author: String, handle: String, date: String?, text: String,
    links: [String] = [], hashtags: [String] = [], mentions: [String] = [], paragraph: Int,
    range: TextRange
  ) {
    self.index = index
    self.platform = platform
    self.author = author
    self.handle = handle
    self.date = date
    self.text = text
    self.links = links
    self.hashtags = hashtags
    self.mentions = mentions
    self.paragraph = paragraph
    self.range = range
  }
}
