/// Splits source text into a date, paragraphs and embedded posts.
///
/// (Placeholder: blank-line paragraphs only; embedded posts come later.)
enum Segmenter {
  static func segment(_ source: String) -> Segmentation {
    var paragraphs: [Paragraph] = []
    var offset = 0
    var start = 0
    var current: [Unicode.Scalar] = []
    var sawBreak = false
    func flush(_ end: Int) {
      let trimmedText = String(String.UnicodeScalarView(current))
      if !trimmedText.allSatisfy({ $0.isWhitespace }) {
        paragraphs.append(
          Paragraph(
            index: paragraphs.count, range: TextRange(start: start, end: end), text: trimmedText))
      }
      current.removeAll(keepingCapacity: true)
    }
    for scalar in source.unicodeScalars {
      if scalar == "\n" {
        if sawBreak {
          flush(offset)
          start = offset + 1
        }
        sawBreak = true
      } else if scalar != "\r" {
        if sawBreak && !current.isEmpty { current.append(" ") }
        sawBreak = false
        if current.isEmpty { start = offset }
        current.append(scalar)
      }
      offset += 1
    }
    flush(offset)
    return Segmentation(date: nil, scalarCount: offset, paragraphs: paragraphs, posts: [])
  }
}
