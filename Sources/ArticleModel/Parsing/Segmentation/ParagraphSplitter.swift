/// Groups the source's lines into paragraphs, working on the UTF-8 bytes.
///
/// Lines end at LF, CRLF or a lone CR. A line of nothing but white space
/// (spaces, tabs, no-break and other Unicode spaces, a stray byte-order
/// mark) is blank. Non-blank lines between blank ones form a *block*, and a
/// block is one paragraph, its line breaks folded to spaces — except when it
/// looks like one sentence (or one paragraph) per line:
/// - the whole file is that one block (there is no blank line at all), or the
///   block has six lines or more; and
/// - at least half of its lines (the last one aside) end like a sentence:
///   `.`, `!`, `?`, `…`, `:`, `;`, a closing quotation mark or bracket, or a
///   digit (a post signature's year).
/// Then every line is a paragraph, except that a line that does not end like
/// a sentence is joined with the next one when that one starts with a
/// lower-case letter (text wrapped at a fixed width).
///
/// Hard-wrapped text has few lines ending like sentences, so it is folded;
/// a single huge line stays one block here and is cut later at sentence ends
/// (`LongParagraphSplitter`).
struct ParagraphSplitter {
  /// One line of the source.
  struct Line {
    /// Bytes of the line without its line break.
    var bytes: Range<Int>
    /// Scalar offset of the line's first byte.
    var scalarStart: Int
    var endsLikeSentence: Bool
    var startsLowercase: Bool
    var hints: SourceHints = []
    var scalarCount = 0
  }

  /// A group of lines shown as one paragraph (before posts are taken out
  /// and long text is cut).
  struct Group {
    /// From the first line's first byte to the last line's last byte (inner line breaks included).
    var bytes: Range<Int>
    /// Scalar offset of `bytes.lowerBound`.
    var scalarStart: Int
    /// Number of scalars in `bytes`.
    var scalarCount: Int
    /// What the group may contain (a group of several lines is `unclean`: its line breaks fold).
    var hints: SourceHints
    /// Whether the group is the first of its block (a blank line or the start of the text before it).
    var opensBlock = true
  }

  let bytes: UnsafeBufferPointer<UInt8>

  /// Calls `body` with each paragraph group in order, starting at byte
  /// `start` (scalar offset `scalarStart`); returns the source's scalar count.
  func forEachGroup(from start: Int, scalarStart: Int, _ body: (Group) -> Void) -> Int {
    guard let base = bytes.baseAddress, start < bytes.count else { return scalarStart }
    return SourceHints.table.withUnsafeBufferPointer { table in
      forEachGroup(base, table: table.baseAddress!, from: start, scalarStart: scalarStart, body)
    }
  }

  private func forEachGroup(
    _ base: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>, from start: Int, scalarStart: Int,
    _ body: (Group) -> Void
  ) -> Int {
    var position = start
    var scalar = scalarStart
    // The lines of the block being read: `block[..<blockCount]`. The array is
    // overwritten from the start for the next block (emptying it cost some
    // eighty instructions a paragraph).
    var block: [Line] = []
    var blockCount = 0
    var sawBlank = false
    let count = bytes.count
    while position < count {
      // One line.
      let lineStart = position
      let lineScalar = scalar
      let scanned = SourceHints.scanLine(base, table: table, from: position, end: count)
      var i = scanned.end
      let lineScalars = scanned.scalars
      let lineEnd = i
      scalar += lineScalars
      if i < count {
        if bytes[i] == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A {
          i += 2
          scalar += 2
        } else {
          i += 1
          scalar += 1
        }
      }
      position = i
      if isBlank(lineStart..<lineEnd) {
        if blockCount > 0 {
          flush(block[..<blockCount], wholeFile: false, body)
          blockCount = 0
        }
        sawBlank = true
      } else {
        var newLine = line(lineStart..<lineEnd, scalarStart: lineScalar)
        newLine.hints = scanned.hints
        newLine.scalarCount = lineScalars
        if blockCount < block.count {
          block[blockCount] = newLine
        } else {
          block.append(newLine)
        }
        blockCount += 1
      }
    }
    if blockCount > 0 { flush(block[..<blockCount], wholeFile: !sawBlank, body) }
    return scalar
  }

  /// Emits the groups of one block, `lines` (indexed from 0).
  private func flush(_ lines: ArraySlice<Line>, wholeFile: Bool, _ body: (Group) -> Void) {
    func emit(_ from: Int, _ to: Int) {
      var hints: SourceHints = from == to ? [] : .unclean
      for line in lines[from...to] { hints.formUnion(line.hints) }
      let last = lines[to]
      body(
        Group(
          bytes: lines[from].bytes.lowerBound..<last.bytes.upperBound, scalarStart: lines[from].scalarStart,
          scalarCount: last.scalarStart + last.scalarCount - lines[from].scalarStart, hints: hints,
          opensBlock: from == 0))
    }
    let k = lines.count
    var sentenceEnds = 0
    for line in lines.dropLast() where line.endsLikeSentence { sentenceEnds += 1 }
    let linePerParagraph = k > 1 && (wholeFile || k >= 6) && sentenceEnds * 2 >= k - 1
    guard linePerParagraph else {
      emit(0, k - 1)
      return
    }
    var groupStart = 0
    for j in 1..<k where lines[j - 1].endsLikeSentence || !lines[j].startsLowercase {
      emit(groupStart, j - 1)
      groupStart = j
    }
    emit(groupStart, k - 1)
  }

  /// Whether the bytes hold only white space.
  func isBlank(_ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      let length = spaceLength(at: i, end: range.upperBound)
      if length == 0 { return false }
      i += length
    }
    return true
  }

  /// The byte length of a white-space character at `i`, or 0.
  private func spaceLength(at i: Int, end: Int) -> Int {
    let b = bytes[i]
    if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
    if b < 0xC2 { return 0 }
    let next = i + 1 < end ? bytes[i + 1] : 0
    let third = i + 2 < end ? bytes[i + 2] : 0
    switch b {
    case 0xC2: return next == 0xA0 ? 2 : 0
    case 0xE2:
      if next == 0x80 && ((third >= 0x80 && third <= 0x8B) || third == 0xAF || third == 0xA8 || third == 0xA9)
      {
        return 3
      }
      if next == 0x81 && third == 0x9F { return 3 }
      return 0
    case 0xE3: return next == 0x80 && third == 0x80 ? 3 : 0
    case 0xEF: return next == 0xBB && third == 0xBF ? 3 : 0
    default: return 0
    }
  }

  private func line(_ range: Range<Int>, scalarStart: Int) -> Line {
    // The common line: it starts and ends with printable ASCII (no white space to skip).
    if !range.isEmpty {
      let head = bytes[range.lowerBound]
      let tail = bytes[range.upperBound - 1]
      if head > 0x20 && head < 0x7F && tail > 0x20 && tail < 0x7F {
        return Line(
          bytes: range, scalarStart: scalarStart, endsLikeSentence: Self.endsSentence(UInt32(tail)),
          startsLowercase: head >= 0x61 && head <= 0x7A)
      }
    }
    // First scalar that is not white space.
    var i = range.lowerBound
    while i < range.upperBound {
      let length = spaceLength(at: i, end: range.upperBound)
      if length == 0 { break }
      i += length
    }
    let first = scalar(at: i, end: range.upperBound)
    // Last scalar that is not white space.
    var j = range.upperBound
    while j > i {
      var start = j - 1
      while start > i && bytes[start] & 0xC0 == 0x80 { start -= 1 }
      if spaceLength(at: start, end: j) == 0 { break }
      j = start
    }
    var lastStart = j - 1
    while lastStart > i && bytes[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
    let last = j > i ? scalar(at: lastStart, end: j) : 0
    return Line(
      bytes: range, scalarStart: scalarStart, endsLikeSentence: Self.endsSentence(last),
      startsLowercase: Scalars.isLowercase(first))
  }

  private func scalar(at i: Int, end: Int) -> UInt32 {
    guard i < end else { return 0 }
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return b0 }
    if b0 < 0xE0, i + 1 < end { return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
    if b0 < 0xF0, i + 2 < end {
      return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }
    if i + 3 < end {
      return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F)
    }
    return 0
  }

  private static func endsSentence(_ c: UInt32) -> Bool {
    switch c {
    case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x27, 0x29, 0x5D, 0x2026, 0x201D, 0x2019, 0xBB, 0x201C, 0x3002,
      0xFF01,
      0xFF1F:
      return true
    default:
      return Scalars.isDigit(c)
    }
  }
}
