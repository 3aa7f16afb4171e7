import ReaderUI
import TestSupport
import Testing

@Suite struct GlyphTests {
  /// The glyphs of `text` made the plain way: every grapheme through `DisplayWidth.units(of:)`.
  private func reference(_ text: String) -> [Glyph] {
    var glyphs: [Glyph] = []
    var offset = 0
    for character in text {
      let isSpace = character == " " || character == "\t"
      var first = true
      for unit in DisplayWidth.units(of: character) where unit.width > 0 {
        glyphs.append(
          Glyph(offset: offset, text: unit.text, width: unit.width, isSpace: isSpace, startsGrapheme: first))
        first = false
      }
      offset += character.unicodeScalars.count
    }
    return glyphs
  }

  @Test func glyphsAreTheUnitsOfEveryGraphemeWhateverTheScript() {
    // Latin and Cyrillic letters of two bytes (the first and last of their ranges and the
    // ones just outside), combining marks after them, joiners, wide and emoji graphemes.
    let pieces = [
      "e", " ", "\t", ".", "é", "À", "ɏ", "ɐ", "Д", "ж", "Ѐ", "ԯ", "԰", "\u{483}", "\u{301}",
      "\u{200D}", "中", "😀", "🇷🇺", "\r\n", "\u{7}", "\u{85}", "×", "ǿ",
    ]
    var generator = SeededGenerator(state: 11)
    for _ in 0..<500 {
      let text = (0..<(1 + Int(generator.next() % 30))).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      #expect(Glyph.glyphs(of: text) == reference(text), "\(text.debugDescription)")
    }
  }

  @Test func aCyrillicWordIsOneGlyphALetter() {
    let glyphs = Glyph.glyphs(of: "Лавров said")
    #expect(glyphs.map(\.text).joined() == "Лавров said")
    #expect(glyphs.map(\.offset) == Array(0..<11))
    #expect(glyphs.allSatisfy { $0.width == 1 })
  }
}
