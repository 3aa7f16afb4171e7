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

/// The matches of one search, in order: a collection of `SearchMatch` whose
/// size does not grow with the number of matches.
///
/// A short pattern can match millions of times in a big article (a letter, a
/// common word), so the matches are not kept: only the paragraphs that have
/// any, with the index of each one's first match. A match is found again when
/// asked for, in its paragraph alone (`matches(inParagraph:)` gives all of a
/// paragraph's at once), so memory is a few bytes per paragraph whatever the
/// pattern.
public struct SearchMatches: RandomAccessCollection, Hashable, Sendable {
  /// The paragraphs with matches, in order, and the index of each one's first match.
  private var paragraphs: [UInt32] = []
  private var firsts: [Int] = []
  private var total = 0
  /// The pattern as compared (case folded unless it matches case).
  private var needle: [UInt32] = []
  private var ignoreCase = true
  /// The article's paragraphs, searched again when a match is asked for (shared with
  /// the article, not copied).
  private var texts: [Paragraph] = []

  public init() {}

  public var startIndex: Int { 0 }
  public var endIndex: Int { total }

  public subscript(position: Int) -> SearchMatch {
    precondition(position >= 0 && position < total, "SearchMatches index out of range")
    // The last paragraph whose first match is at or before `position`.
    var lo = 0
    var hi = firsts.count
    while hi - lo > 1 {
      let mid = (lo + hi) / 2
      if firsts[mid] <= position { lo = mid } else { hi = mid }
    }
    let paragraph = Int(paragraphs[lo])
    var wanted = position - firsts[lo]
    var found: SearchMatch?
    scan(paragraph) { range in
      if wanted == 0 {
        found = SearchMatch(paragraph: paragraph, local: range)
        return false
      }
      wanted -= 1
      return true
    }
    return found!
  }

  /// The matches in one paragraph, in order, and the index of the first among all.
  public func matches(inParagraph paragraph: Int) -> (first: Int, matches: [SearchMatch]) {
    var lo = 0
    var hi = paragraphs.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(paragraphs[mid]) < paragraph { lo = mid + 1 } else { hi = mid }
    }
    guard lo < paragraphs.count, Int(paragraphs[lo]) == paragraph else { return (firsts.last ?? 0, []) }
    var result: [SearchMatch] = []
    scan(paragraph) { range in
      result.append(SearchMatch(paragraph: paragraph, local: range))
      return true
    }
    return (firsts[lo], result)
  }

  public static func == (a: SearchMatches, b: SearchMatches) -> Bool {
    a.total == b.total && a.needle == b.needle && a.ignoreCase == b.ignoreCase
      && a.paragraphs == b.paragraphs && a.firsts == b.firsts
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(total)
    hasher.combine(paragraphs)
  }

  /// Searches `paragraphs` (indices into `texts`, all when `nil`) for `pattern`.
  init(pattern: String, texts: [Paragraph], in paragraphs: [Int]?) {
    guard !pattern.isEmpty else { return }
    ignoreCase = !pattern.unicodeScalars.contains { $0.properties.isUppercase }
    needle = pattern.unicodeScalars.map { Self.fold($0.value, ignoreCase) }
    self.texts = texts
    for index in paragraphs ?? Array(texts.indices) {
      guard texts.indices.contains(index) else { continue }
      var count = 0
      scan(index) { _ in
        count += 1
        return true
      }
      guard count > 0 else { continue }
      self.paragraphs.append(UInt32(clamping: index))
      firsts.append(total)
      total += count
    }
  }

  /// Calls `body` with each match's local range in one paragraph, in order, until it answers false.
  ///
  /// The paragraph's scalars are decoded from its UTF-8 in place (stepping through a
  /// substring's scalars checks every index) and folded, then the needle is looked for
  /// from left to right; the next match is looked for after the last. Decoded on
  /// demand, not kept from the parse: four bytes a scalar for every paragraph would
  /// hold four times the article for as long as it is open.
  private func scan(_ paragraph: Int, _ body: (Range<Int>) -> Bool) {
    let text = texts[paragraph].text
    var folded =
      text.utf8.withContiguousStorageIfAvailable { UTF8Codec.values($0, 0..<$0.count) }
      ?? text.unicodeScalars.map(\.value)
    if ignoreCase {
      for i in folded.indices { folded[i] = Self.fold(folded[i], true) }
    }
    let count = needle.count
    guard count > 0, folded.count >= count else { return }
    let first = needle[0]
    var start = 0
    while start + count <= folded.count {
      if folded[start] == first {
        var k = 1
        while k < count && folded[start + k] == needle[k] { k += 1 }
        if k == count {
          if !body(start..<(start + count)) { return }
          start += count
          continue
        }
      }
      start += 1
    }
  }

  /// Simple case folding of one scalar value (ASCII by arithmetic), or the value itself.
  ///
  /// Not `Scalars.fold`: a reader may search text of any script, which that fold of the
  /// common alphabets leaves as is (`ScalarsTests` checks the two agree where both fold).
  @inline(__always)
  static func fold(_ value: UInt32, _ ignoreCase: Bool) -> UInt32 {
    guard ignoreCase else { return value }
    if value < 0x80 { return (value >= 65 && value <= 90) ? value + 32 : value }
    guard let scalar = Unicode.Scalar(value) else { return value }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first!.value : value
  }
}

extension Article {
  /// Every occurrence of `pattern` in the paragraphs' display text, in order.
  ///
  /// Smartcase, as in less and vim: the search ignores case unless the
  /// pattern contains an upper-case letter. Matching compares Unicode scalars
  /// after simple case folding, so offsets stay exact. Occurrences do not
  /// overlap: the next is looked for after the end of the last.
  /// - Parameters:
  ///   - pattern: Literal text to look for; empty finds nothing.
  ///   - paragraphs: Limit the search to these paragraph indices (all when `nil`).
  public func search(_ pattern: String, in paragraphs: [Int]? = nil) -> SearchMatches {
    SearchMatches(pattern: pattern, texts: self.paragraphs, in: paragraphs)
  }
}
