/// A place where a search pattern occurs.
///
/// Kept in 12 bytes (a common word has hundreds of thousands of matches in a
/// 20 MB article): numbers past 2³² − 1 are clamped, far beyond any article.
public struct SearchMatch: Hashable, Sendable {
  private var paragraphIndex: UInt32
  private var start: UInt32
  private var length: UInt32

  public init(paragraph: Int, local: Range<Int>) {
    paragraphIndex = UInt32(clamping: paragraph)
    start = UInt32(clamping: local.lowerBound)
    length = UInt32(clamping: local.count)
  }

  public var paragraph: Int {
    get { Int(paragraphIndex) }
    set { paragraphIndex = UInt32(clamping: newValue) }
  }

  /// Local offsets (Unicode scalars) into the paragraph's `text`.
  public var local: Range<Int> {
    get { Int(start)..<(Int(start) + Int(length)) }
    set {
      start = UInt32(clamping: newValue.lowerBound)
      length = UInt32(clamping: newValue.count)
    }
  }
}

extension Article {
  /// Every occurrence of `pattern` in the paragraphs' display text, in order.
  ///
  /// Smartcase, as in less and vim: the search ignores case unless the
  /// pattern contains an upper-case letter. Matching compares Unicode scalars
  /// after simple case folding, so offsets stay exact.
  /// - Parameters:
  ///   - pattern: Literal text to look for; empty finds nothing.
  ///   - paragraphs: Limit the search to these paragraph indices (all when `nil`).
  public func search(_ pattern: String, in paragraphs: [Int]? = nil) -> [SearchMatch] {
    let needle = Array(pattern.unicodeScalars)
    guard !needle.isEmpty else { return [] }
    let ignoreCase = !pattern.unicodeScalars.contains { $0.properties.isUppercase }
    let fold: (Unicode.Scalar) -> Unicode.Scalar = { scalar in
      guard ignoreCase else { return scalar }
      if scalar.isASCII {
        let v = scalar.value
        return (v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : scalar
      }
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      return lower.count == 1 ? lower.first! : scalar
    }
    let foldedNeedle = needle.map(fold)
    var matches: [SearchMatch] = []
    for index in paragraphs ?? Array(self.paragraphs.indices) {
      guard self.paragraphs.indices.contains(index) else { continue }
      let hay = self.paragraphs[index].text.unicodeScalars.map(fold)
      guard hay.count >= foldedNeedle.count else { continue }
      var i = 0
      while i + foldedNeedle.count <= hay.count {
        if hay[i] == foldedNeedle[0] && hay[i..<(i + foldedNeedle.count)].elementsEqual(foldedNeedle) {
          matches.append(SearchMatch(paragraph: index, local: i..<(i + foldedNeedle.count)))
          i += foldedNeedle.count
        } else {
          i += 1
        }
      }
    }
    return matches
  }
}
