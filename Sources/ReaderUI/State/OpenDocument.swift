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
  public let cache = LayoutCache()

  public init(name: String, article: Article) {
    self.name = name
    self.article = article
    var byParagraph: [Int: [Int]] = [:]
    for quotation in article.quotations {
      for piece in quotation.pieces where byParagraph[piece.paragraph]?.last != quotation.index {
        byParagraph[piece.paragraph, default: []].append(quotation.index)
      }
    }
    quotationsByParagraph = byParagraph
    speakerLabels = article.speakers.map { DisplayWidth.truncated($0.name, to: 24) }
  }

  public convenience init(_ document: Document) {
    self.init(name: document.name, article: document.article)
  }

  public static func == (lhs: OpenDocument, rhs: OpenDocument) -> Bool { lhs === rhs }

  /// The name of a speaker for the side pane and status line ("unattributed" for `nil`).
  func speakerName(_ speaker: Int?) -> String {
    guard let speaker, article.speakers.indices.contains(speaker) else { return "unattributed" }
    return article.speakers[speaker].name
  }

  /// Glyphs of paragraph `index`.
  func glyphs(of index: Int) -> [Glyph] {
    cache.glyphs(of: index) { Glyph.glyphs(of: article.paragraphs[index].text) }
  }

  /// The speaker tags of paragraph `index`, one before each quotation piece that starts there.
  func tags(of index: Int) -> [InlineTag] {
    guard let quotations = quotationsByParagraph[index] else { return [] }
    var tags: [InlineTag] = []
    for q in quotations where article.quotations.indices.contains(q) {
      let quotation = article.quotations[q]
      for piece in quotation.pieces where piece.paragraph == index {
        let label = quotation.speaker.flatMap { speakerLabels.indices.contains($0) ? speakerLabels[$0] : nil } ?? "?"
        tags.append(InlineTag(offset: piece.local.lowerBound, text: "[\(label)] ", quotation: q, speaker: quotation.speaker))
      }
    }
    return tags.sorted { $0.offset < $1.offset }
  }

  /// Wrapped lines of paragraph `index` at `width` columns (cached).
  func lines(of index: Int, width: Int) -> [WrappedLine] {
    cache.lines(of: index, width: width) {
      TextWrapper.wrap(glyphs(of: index), tags: tags(of: index), width: width)
    }
  }
}
