import ArticleModel

/// An article opened in the reader, with the look-up tables the views need.
///
/// Built once when the article is opened; the tables cost one pass over the
/// quotations and posts (never over the text). Layout of the text itself is
/// lazy (see `LayoutCache`). Compared by identity: two states show the same
/// document when they hold the same `OpenDocument`.
public final class OpenDocument: Sendable, Equatable {
  public let name: String
  public let article: Article
  /// Quotation indices with a piece in each paragraph (only paragraphs that have some).
  let quotationsByParagraph: [Int: [Int]]
  /// Short labels per speaker, as tags show them.
  let speakerLabels: [String]
  /// The speaker who wrote each post, by post index (`nil` when the model names nobody).
  let postAuthors: [Int?]
  public let cache = LayoutCache()
  /// The side list's last page as drawn.
  let sideListCache = SideListCache()

  /// What a dataset says about the article: the title heads the pane, the rest is in the status line.
  public let metadata: ArticleMetadata?

  public init(name: String, article: Article, metadata: ArticleMetadata? = nil) {
    self.name = name
    self.article = article
    self.metadata = metadata
    var byParagraph: [Int: [Int]] = [:]
    for quotation in article.quotations {
      for piece in quotation.pieces where byParagraph[piece.paragraph]?.last != quotation.index {
        byParagraph[piece.paragraph, default: []].append(quotation.index)
      }
    }
    quotationsByParagraph = byParagraph
    speakerLabels = article.speakers.map(Self.label(for:))
    var authors = [Int?](repeating: nil, count: article.posts.count)
    for speaker in article.speakers {
      for post in speaker.posts where authors.indices.contains(post) && authors[post] == nil {
        authors[post] = speaker.index
      }
    }
    postAuthors = authors
  }

  public convenience init(_ document: Document) {
    self.init(name: document.name, article: document.article, metadata: document.metadata)
  }

  /// The name a tag shows: the surname when the model knows the speaker by it, else the name.
  ///
  /// "Sergey Lavrov" with the alias "Lavrov" is tagged `[Lavrov]`; "Port
  /// Avenel Harbour Board" keeps its full name (cut to 24 columns). The lists
  /// and the status line always give the full name.
  static func label(for speaker: Speaker) -> String {
    let words = speaker.name.split(separator: " ")
    if words.count > 1, let last = words.last,
      speaker.aliases.contains(where: { $0 == last }), last.first?.isUppercase == true
    {
      return DisplayWidth.truncated(String(last), to: 24)
    }
    return DisplayWidth.truncated(speaker.name, to: 24)
  }

  public static func == (lhs: OpenDocument, rhs: OpenDocument) -> Bool { lhs === rhs }

  /// The title the dataset gives, shown at the top of the article pane.
  var title: String? { metadata?.title }

  /// The name of a speaker for the side pane and status line ("unattributed" for `nil`).
  func speakerName(_ speaker: Int?) -> String {
    guard let speaker, article.speakers.indices.contains(speaker) else { return "unattributed" }
    return article.speakers[speaker].name
  }

  /// The short name the tags use ("?" for `nil`).
  func speakerLabel(_ speaker: Int?) -> String {
    guard let speaker, speakerLabels.indices.contains(speaker) else { return "?" }
    return speakerLabels[speaker]
  }

  /// Glyphs of paragraph `index`.
  func glyphs(of index: Int) -> [Glyph] {
    cache.glyphs(of: index) { Glyph.glyphs(of: article.paragraphs[index].text) }
  }

  /// The speaker tags of paragraph `index`: one before each quotation piece that starts there.
  ///
  /// A quotation split by its attribution (`"We did not…," she said, "we
  /// chose…"`) is two quotations by one speaker: the second gets no tag of its
  /// own, since the colour already says it is the same person.
  func tags(of index: Int) -> [InlineTag] {
    guard let quotations = quotationsByParagraph[index] else { return [] }
    return cache.tags(of: index) { makeTags(of: index, quotations: quotations) }
  }

  /// `tags(of:)` made anew from the paragraph's quotations.
  private func makeTags(of index: Int, quotations: [Int]) -> [InlineTag] {
    var pieces: [(offset: Int, quotation: Int, speaker: Int?, carried: Bool)] = []
    for q in quotations where article.quotations.indices.contains(q) {
      let quotation = article.quotations[q]
      for piece in quotation.pieces where piece.paragraph == index {
        pieces.append((piece.local.lowerBound, q, quotation.speaker, quotation.attribution == .carried))
      }
    }
    pieces.sort { $0.offset < $1.offset }
    var tags: [InlineTag] = []
    for (i, piece) in pieces.enumerated() {
      if i > 0, let speaker = piece.speaker, pieces[i - 1].speaker == speaker { continue }
      let label =
        piece.speaker.flatMap { speakerLabels.indices.contains($0) ? speakerLabels[$0] : nil } ?? "?"
      // A speaker carried over from earlier speech is a guess: marked `[Lavrov?]`.
      let mark = piece.carried && piece.speaker != nil ? "?" : ""
      tags.append(
        InlineTag(
          offset: piece.offset, text: "[\(label)\(mark)] ", quotation: piece.quotation, speaker: piece.speaker
        ))
    }
    return tags
  }

  /// Wrapped lines of paragraph `index` at `width` columns (cached).
  func lines(of index: Int, width: Int) -> [WrappedLine] {
    cache.lines(of: index, width: width) {
      TextWrapper.wrap(glyphs(of: index), tags: tags(of: index), width: width)
    }
  }
}
