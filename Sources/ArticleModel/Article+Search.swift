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

/// The matches of one search, in order: a collection of `SearchMatch`, kept in
/// about four bytes a match.
///
/// A short pattern can match millions of times in a big article (a letter, a
/// common word), so the matches are not kept as values: only where each match
/// starts, the paragraphs that have any (with the index of their first match),
/// and the one length every match of a literal pattern has.
public struct SearchMatches: RandomAccessCollection, Hashable, Sendable {
  /// The paragraphs with matches, in order, and the index of each one's first match.
  private var paragraphs: [UInt32] = []
  private var firsts: [UInt32] = []
  /// Each match's local start in its paragraph.
  private var starts: [UInt32] = []
  /// The length of every match (scalars).
  private var length: UInt32 = 0

  public init() {}

  /// Matches given one by one (in order; tests and small lists).
  public init(_ matches: [SearchMatch]) {
    for match in matches {
      length = UInt32(clamping: match.local.count)
      append(paragraph: match.paragraph, start: match.local.lowerBound)
    }
  }

  init(length: Int) {
    self.length = UInt32(clamping: length)
  }

  mutating func append(paragraph: Int, start: Int) {
    let index = UInt32(clamping: paragraph)
    if paragraphs.last != index {
      paragraphs.append(index)
      firsts.append(UInt32(clamping: starts.count))
    }
    starts.append(UInt32(clamping: start))
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { starts.count }

  public subscript(position: Int) -> SearchMatch {
    // The last paragraph whose first match is at or before `position`.
    var lo = 0
    var hi = firsts.count
    while hi - lo > 1 {
      let mid = (lo + hi) / 2
      if Int(firsts[mid]) <= position { lo = mid } else { hi = mid }
    }
    let start = Int(starts[position])
    return SearchMatch(paragraph: Int(paragraphs[lo]), local: start..<(start + Int(length)))
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
  public func search(_ pattern: String, in paragraphs: [Int]? = nil) -> SearchMatches {
    let needle = Array(pattern.unicodeScalars)
    guard !needle.isEmpty else { return SearchMatches() }
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
    var matches = SearchMatches(length: foldedNeedle.count)
    var hay: [Unicode.Scalar] = []
    for index in paragraphs ?? Array(self.paragraphs.indices) {
      guard self.paragraphs.indices.contains(index) else { continue }
      hay.removeAll(keepingCapacity: true)
      for scalar in self.paragraphs[index].text.unicodeScalars { hay.append(fold(scalar)) }
      guard hay.count >= foldedNeedle.count else { continue }
      var i = 0
      while i + foldedNeedle.count <= hay.count {
        if hay[i] == foldedNeedle[0] && hay[i..<(i + foldedNeedle.count)].elementsEqual(foldedNeedle) {
          matches.append(paragraph: index, start: i)
          i += foldedNeedle.count
        } else {
          i += 1
        }
      }
    }
    return matches
  }
}
