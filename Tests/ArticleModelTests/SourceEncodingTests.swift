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
}
