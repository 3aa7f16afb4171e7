/// A set of speakers whose words the reader wants to see.
///
/// An empty filter lets everything through.
public struct SpeakerFilter: Hashable, Sendable {
  /// Indices into `Article.speakers`.
  public var speakers: Set<Int>

  public init(speakers: Set<Int> = []) {
    self.speakers = speakers
  }

  public var isEmpty: Bool { speakers.isEmpty }

  /// Speakers whose canonical name or an alias contains `text` (case-insensitive).
  public static func speakers(matching text: String, in article: Article) -> [Int] {
    let needle = text.lowercased()
    guard !needle.isEmpty else { return [] }
    return article.speakers.filter { speaker in
      speaker.name.lowercased().contains(needle)
        || speaker.aliases.contains { $0.lowercased().contains(needle) }
    }.map(\.index)
  }

  /// Whether a quotation passes the filter.
  public func admits(_ quotation: Quotation) -> Bool {
    isEmpty || quotation.speaker.map(speakers.contains) == true
  }

  /// The quotations that pass, in article order.
  public func quotations(in article: Article) -> [Int] {
    article.quotations.filter(admits).map(\.index)
  }

  /// The posts by the chosen speakers, in article order.
  public func posts(in article: Article) -> [Int] {
    if isEmpty { return Array(article.posts.indices) }
    var result = Set<Int>()
    for speaker in speakers where article.speakers.indices.contains(speaker) {
      result.formUnion(article.speakers[speaker].posts)
    }
    return result.sorted()
  }

  /// The paragraphs where the chosen speakers are quoted or post, in order.
  public func paragraphs(in article: Article) -> [Int] {
    if isEmpty { return Array(article.paragraphs.indices) }
    var result = Set<Int>()
    for quotation in article.quotations where admits(quotation) {
      for piece in quotation.pieces { result.insert(piece.paragraph) }
    }
    for post in posts(in: article) where article.posts.indices.contains(post) {
      result.insert(article.posts[post].paragraph)
    }
    return result.sorted()
  }
}
