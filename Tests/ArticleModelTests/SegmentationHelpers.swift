import ArticleModel

/// The source text at a range of Unicode scalar offsets.
func slice(_ source: String, _ range: TextRange) -> String {
  let scalars = Array(source.unicodeScalars)
  let lower = max(0, min(range.start, scalars.count))
  let upper = max(lower, min(range.end, scalars.count))
  var result = ""
  result.unicodeScalars.append(contentsOf: scalars[lower..<upper])
  return result
}

/// The source text that a paragraph's display text came from, scalar by scalar.
func mappedSource(_ source: String, _ paragraph: Paragraph) -> [Unicode.Scalar] {
  let scalars = Array(source.unicodeScalars)
  return (0..<paragraph.text.unicodeScalars.count).map { scalars[paragraph.sourceOffset(ofLocal: $0)] }
}

extension Article {
  /// Paragraph kinds and texts, for compact expectations.
  var outline: [String] {
    paragraphs.map { "\($0.kind == .post ? "post" : "text"): \($0.text)" }
  }
}
