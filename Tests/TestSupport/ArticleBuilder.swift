import ArticleModel

/// Builds `Article` values by hand for tests, without the parser.
///
///     var b = ArticleBuilder(date: "2018-09-27")
///     let lavrov = b.speaker("Sergey Lavrov", aliases: ["Lavrov"])
///     let p = b.paragraph(#"Lavrov said: "We agree." Then he left."#)
///     b.quote(#""We agree.""#, in: p, by: lavrov)
///     let article = b.build()
///
/// Offsets are computed from the texts, so tests state text, not numbers.
public struct ArticleBuilder {
  private struct PendingParagraph {
    var text: String
    var post: Int?
  }

  public var date: String?
  private var paragraphs: [PendingParagraph] = []
  private var quotations: [Quotation] = []
  private var posts: [SocialPost] = []
  private var speakers: [Speaker] = []
  private var postSpeakers: [Int: Int] = [:]

  public init(date: String? = nil) {
    self.date = date
  }

  /// Adds a paragraph of running text; returns its index.
  @discardableResult
  public mutating func paragraph(_ text: String) -> Int {
    paragraphs.append(PendingParagraph(text: text, post: nil))
    return paragraphs.count - 1
  }

  /// Adds several paragraphs; returns their indices.
  @discardableResult
  public mutating func paragraphs(_ texts: [String]) -> [Int] {
    texts.map { paragraph($0) }
  }

  /// Adds a speaker; returns its index.
  @discardableResult
  public mutating func speaker(_ name: String, aliases: [String] = []) -> Int {
    speakers.append(Speaker(index: speakers.count, name: name, aliases: aliases))
    return speakers.count - 1
  }

  /// Adds a quotation of `quoted`, found in paragraph `p` (after `from` scalars); returns its index.
  @discardableResult
  public mutating func quote(_ quoted: String, in p: Int, by speaker: Int?, from: Int = 0) -> Int {
    quote(pieces: [(p, quoted)], by: speaker, from: from)
  }

  /// Adds a quotation running over several paragraphs, one piece of text in each.
  @discardableResult
  public mutating func quote(pieces: [(Int, String)], by speaker: Int?, from: Int = 0) -> Int {
    var built: [Quotation.Piece] = []
    for (p, text) in pieces {
      let start = Self.offset(of: text, in: paragraphs[p].text, from: built.isEmpty ? from : 0) ?? 0
      built.append(Quotation.Piece(paragraph: p, local: start..<(start + text.unicodeScalars.count)))
    }
    let index = quotations.count
    let text = pieces.map(\.1).joined(separator: " ")
    quotations.append(
      Quotation(
        index: index, text: text, range: TextRange(start: 0, end: 0), paragraph: pieces.first?.0 ?? 0,
        pieces: built, speaker: speaker, post: pieces.first.flatMap { paragraphs[$0.0].post }))
    if let speaker { speakers[speaker].quotations.append(index) }
    return index
  }

  /// Adds an embedded post as a paragraph of its own; returns the paragraph's index.
  @discardableResult
  public mutating func post(
    _ text: String, author: String, handle: String, date: String?, by speaker: Int? = nil,
    platform: SocialPost.Platform = .twitter
  ) -> Int {
    let index = posts.count
    paragraphs.append(PendingParagraph(text: text, post: index))
    posts.append(
      SocialPost(
        index: index, platform: platform, author: author, handle: handle, date: date, text: text,
        paragraph: paragraphs.count - 1, range: TextRange(start: 0, end: 0)))
    if let speaker { speakers[speaker].posts.append(index) }
    return paragraphs.count - 1
  }

  /// The article: source text is the date prefix and the paragraphs separated by blank lines.
  public func build() -> Article {
    var source = date.map { "date \($0) " } ?? ""
    var offset = source.unicodeScalars.count
    var built: [Paragraph] = []
    var builtPosts = posts
    for (i, pending) in paragraphs.enumerated() {
      if i > 0 {
        source += "\n\n"
        offset += 2
      }
      let count = pending.text.unicodeScalars.count
      let range = TextRange(start: offset, end: offset + count)
      built.append(
        Paragraph(
          index: i, range: range, text: pending.text, kind: pending.post == nil ? .text : .post,
          post: pending.post))
      if let post = pending.post { builtPosts[post].range = range }
      source += pending.text
      offset += count
    }
    var builtQuotations = quotations
    for q in builtQuotations.indices {
      if let first = builtQuotations[q].pieces.first, let last = builtQuotations[q].pieces.last {
        builtQuotations[q].range = TextRange(
          start: built[first.paragraph].range.start + first.local.lowerBound,
          end: built[last.paragraph].range.start + last.local.upperBound)
      }
    }
    return Article(
      source: source, scalarCount: offset, date: date, paragraphs: built, quotations: builtQuotations,
      posts: builtPosts, speakers: speakers)
  }

  /// Scalar offset of `needle` in `text`, searching from scalar `from`.
  public static func offset(of needle: String, in text: some StringProtocol, from: Int = 0) -> Int? {
    let hay = Array(text.unicodeScalars)
    let pin = Array(needle.unicodeScalars)
    guard !pin.isEmpty, hay.count >= pin.count else { return nil }
    var i = max(0, from)
    while i + pin.count <= hay.count {
      if hay[i..<(i + pin.count)].elementsEqual(pin) { return i }
      i += 1
    }
    return nil
  }
}
