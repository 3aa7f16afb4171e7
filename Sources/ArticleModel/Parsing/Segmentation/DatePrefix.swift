/// The optional `date YYYY-MM-DD ` prefix on the first line of a dump.
///
/// White space may come before it (` date 2018-09-27 It's...`); the word
/// `date` is matched in any case; one or more spaces or tabs separate it from
/// the date, and the date must be followed by white space or the end of the
/// text. The date is kept exactly as written, even when it is plainly wrong
/// (`1902-01-01`) or impossible (`2018-13-45`): the reader shows what the
/// dump says.
enum DatePrefix {
  struct Match: Equatable {
    var date: String
    /// Byte offset where the first paragraph's text may start.
    var end: Int
    /// Scalars from the starting offset to `end` (the prefix is ASCII, so also bytes).
    var scalars: Int
  }

  static func match(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Match? {
    var i = start
    let count = bytes.count
    while i < count && isSpace(bytes[i]) { i += 1 }
    guard i + 4 < count,
      bytes[i] | 0x20 == UInt32(ascii: "d"), bytes[i + 1] | 0x20 == UInt32(ascii: "a"),
      bytes[i + 2] | 0x20 == UInt32(ascii: "t"),
      bytes[i + 3] | 0x20 == UInt32(ascii: "e")
    else { return nil }
    var k = i + 4
    let afterWord = k
    while k < count && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
    guard k > afterWord, k + 10 <= count else { return nil }
    let shape: [Bool] = [true, true, true, true, false, true, true, false, true, true]
    for (n, isDigit) in shape.enumerated() {
      let b = bytes[k + n]
      if isDigit ? !(b >= 0x30 && b <= 0x39) : b != UInt32(ascii: "-") { return nil }
    }
    let date = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<(k + 10)]), as: UTF8.self)
    var end = k + 10
    guard end == count || isSpace(bytes[end]) else { return nil }
    // The separating spaces (not the line break) belong to the prefix.
    while end < count && (bytes[end] == 0x20 || bytes[end] == 0x09) { end += 1 }
    return Match(date: date, end: end, scalars: end - start)
  }

  private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
  }
}
