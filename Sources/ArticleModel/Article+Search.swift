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
  private var needle: [Unicode.Scalar] = []
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
    needle = Array(pattern.unicodeScalars)
    guard !needle.isEmpty else { return }
    ignoreCase = !pattern.unicodeScalars.contains { $0.properties.isUppercase }
    needle = needle.map { Self.fold($0, ignoreCase) }
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
  /// The paragraph's scalars are folded into one array first (decoded from its UTF-8 in
  /// place: stepping through a substring's scalars checks every index), then the needle
  /// is looked for from left to right; the next match is looked for after the last.
  private func scan(_ paragraph: Int, _ body: (Range<Int>) -> Bool) {
    let text = texts[paragraph].text
    var folded: [Unicode.Scalar] = []
    folded.reserveCapacity(text.utf8.count)
    let decoded: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      Self.decode(bytes) { folded.append(Self.fold($0, ignoreCase)) }
      return true
    }
    if decoded == nil {
      for scalar in text.unicodeScalars { folded.append(Self.fold(scalar, ignoreCase)) }
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

  /// Calls `body` with each scalar of well-formed UTF-8 (a string's own bytes, which
  /// always are); a sequence cut short at the end gives U+FFFD.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) {
    let end = bytes.count
    var i = 0
    while i < end {
      let lead = UInt32(bytes[i])
      if lead < 0x80 {
        body(Unicode.Scalar(UInt8(lead)))
        i += 1
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      guard i + length <= end else {
        body("\u{FFFD}")
        return
      }
      var value = lead & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
      for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
      body(Unicode.Scalar(value) ?? "\u{FFFD}")
      i += length
    }
  }

  /// Simple case folding of one scalar (ASCII by arithmetic), or the scalar itself.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar, _ ignoreCase: Bool) -> Unicode.Scalar {
    guard ignoreCase else { return scalar }
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : scalar
    }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first! : scalar
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
