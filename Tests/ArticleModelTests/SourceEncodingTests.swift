import ArticleModel
import Testing

@Suite struct SourceEncodingTests {
  @Test func wellFormedUTF8IsReadAsIs() {
    let (text, encoding) = Article.decodeSource(Array("Żaneta said “yes”.".utf8))
    #expect(text == "Żaneta said “yes”.")
    #expect(encoding == .utf8)
  }

  @Test func aFewDamagedBytesInUTF8AreReplaced() {
    // One well-formed "é", then two stray bytes: damaged UTF-8, not Windows-1252.
    let bytes: [UInt8] = Array("café on Tues".utf8) + [0xFF, 0xFE] + Array("day".utf8)
    let (text, encoding) = Article.decodeSource(bytes)
    #expect(encoding == .repairedUTF8)
    #expect(text == "café on Tues\u{FFFD}\u{FFFD}day")
  }

  @Test func windows1252WithNoUTF8CharactersIsDecoded() {
    // “We” and é as Windows-1252 bytes: 0x93, 0x94, 0xE9.
    let bytes: [UInt8] = [0x93] + Array("We".utf8) + [0x94] + Array(" met at the caf".utf8) + [0xE9]
    let (text, encoding) = Article.decodeSource(bytes)
    #expect(encoding == .windows1252)
    #expect(text == "“We” met at the café")
  }

  /// The check the reader makes before showing a big file's beginning agrees
  /// with Swift's own UTF-8 validation, wherever the bad byte falls (inside or
  /// after an eight-byte ASCII stretch, at the very end).
  static let utf8Cases: [(bytes: [UInt8], wellFormed: Bool)] = [
    ([], true),
    (Array("plain ASCII, longer than eight bytes".utf8), true),
    (Array("Żaneta, 東京, 👍🏽 and é".utf8), true),
    (Array("12345678".utf8) + [0xC3], false),  // cut short at the end
    (Array("1234567".utf8) + [0xFF] + Array("tail".utf8), false),
    (Array("12345678abc".utf8) + [0xC0, 0x80], false),  // overlong
    ([0xED, 0xA0, 0x80], false),  // a surrogate
    ([0xF4, 0x90, 0x80, 0x80], false),  // above U+10FFFF
    ([0xF4, 0x8F, 0xBF, 0xBF], true),  // U+10FFFF
    ([0xE2, 0x80], false),
    (Array("abcdefgh".utf8) + [0x80] + Array("ijklmnop".utf8), false),  // a lone continuation byte
  ]

  @Test(arguments: utf8Cases)
  func wellFormedUTF8IsJudgedAsSwiftDoes(bytes: [UInt8], expected: Bool) {
    #expect(Article.isWellFormedUTF8(bytes[...]) == expected)
    #expect((String(validating: bytes, as: UTF8.self) != nil) == expected)
  }
}
