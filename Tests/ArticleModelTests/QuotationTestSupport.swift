import ArticleModel

/// What a test reads back from a parsed article: each quotation's text, speaker and mention.
struct QuotationSummary: Equatable, CustomStringConvertible {
  var text: String
  var speaker: String?
  var mention: String?

  init(_ text: String, _ speaker: String? = nil, _ mention: String? = nil) {
    self.text = text
    self.speaker = speaker
    self.mention = mention
  }

  var description: String { "(\(text) | \(speaker ?? "-") | \(mention ?? "-"))" }
}

extension Article {
  /// The quotations as summaries, in order.
  var quotationSummaries: [QuotationSummary] {
    quotations.map { q in
      QuotationSummary(String(q.text), q.speaker.map { speakers[$0].name }, q.mention?.text)
    }
  }

  /// The source text under a range.
  func sourceText(_ range: TextRange) -> String {
    let scalars = Array(source.unicodeScalars)
    let lo = max(0, min(range.start, scalars.count))
    let hi = max(lo, min(range.end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lo..<hi])
    return String(view)
  }
}
