/// One cell unit of a paragraph's text, ready to be placed on a line.
///
/// A paragraph is turned into glyphs once (per document, lazily) and then
/// wrapped at any width without measuring the text again. Every glyph comes
/// from `DisplayWidth.units(of:)`, so its text is safe to draw and its width
/// is what the terminal will use. A grapheme that needs several units (a flag
/// is two regional indicators of one column each) gives several glyphs with
/// the same `offset`; only the first has `startsGrapheme` set.
public struct Glyph: Hashable, Sendable {
  /// Local scalar offset of the grapheme this glyph belongs to.
  public var offset: Int
  /// Text for the cell (already sanitised).
  public var content: CellText
  /// Columns: 1 or 2.
  public var width: Int
  /// Whether a line may break here (a space between words).
  public var isSpace: Bool
  /// Whether this is the first unit of its grapheme.
  public var startsGrapheme: Bool

  public init(offset: Int, text: String, width: Int, isSpace: Bool, startsGrapheme: Bool = true) {
    self.init(
      offset: offset, content: CellText(text), width: width, isSpace: isSpace,
      startsGrapheme: startsGrapheme)
  }

  public init(offset: Int, content: CellText, width: Int, isSpace: Bool, startsGrapheme: Bool = true) {
    self.offset = offset
    self.content = content
    self.width = width
    self.isSpace = isSpace
    self.startsGrapheme = startsGrapheme
  }

  /// Text for the cell (already sanitised).
  public var text: String { content.string }

  /// Splits display text into glyphs, one pass, sanitising as it goes.
  ///
  /// Only the ordinary space (and a tab, which `DisplayWidth` shows as a
  /// space) is a break opportunity: a no-break space keeps words together.
  public static func glyphs(of text: String) -> [Glyph] {
    glyphs(of: Substring(text))
  }

  /// `glyphs(of:)` of a slice (a paragraph's text is a slice of its article's source).
  public static func glyphs(of text: Substring) -> [Glyph] {
    if let glyphs = text.utf8.withContiguousStorageIfAvailable({ glyphs(of: text, bytes: $0) }) {
      return glyphs
    }
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable { glyphs(of: copy, bytes: $0) } ?? []
  }

  /// `glyphs(of:)` on the text's UTF-8 in place: a lone printable ASCII character (most of
  /// a news text) is its own glyph without grapheme breaking; anything else goes through
  /// `DisplayWidth.units(of:)`. New paragraphs are laid out on every page down
  /// (`Scripts/bench-profile key PgDn 250x70 20`).
  /// The letter whose two bytes start at `start`, when it is one of `DisplayWidth.isOneColumnLetter`.
  @inline(__always)
  private static func oneColumnLetter(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> CellText? {
    guard start + 1 < bytes.count else { return nil }
    let lead = bytes[start]
    let trail = bytes[start + 1]
    guard lead >= 0xC3 && lead <= 0xD4, trail & 0xC0 == 0x80 else { return nil }
    let value = UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F)
    return DisplayWidth.isOneColumnLetter(value) ? CellText(utf8: lead, trail) : nil
  }

  private static func glyphs(of text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> [Glyph] {
    var glyphs: [Glyph] = []
    glyphs.reserveCapacity(bytes.count)
    var offset = 0  // in scalars
    var byteIndex = 0  // always at a grapheme boundary
    while byteIndex < bytes.count {
      let byte = bytes[byteIndex]
      let following: UInt8? = byteIndex + 1 < bytes.count ? bytes[byteIndex + 1] : nil
      if DisplayWidth.isLoneASCII(byte, followedBy: following) {
        glyphs.append(
          Glyph(offset: offset, content: CellText(ascii: byte), width: 1, isSpace: byte == UInt8(ascii: " ")))
        offset += 1
        byteIndex += 1
        continue
      }
      // A Latin or Cyrillic letter on its own (it is one when ASCII or another such letter
      // follows: neither can join it): its two bytes, without finding the grapheme
      // (`Scripts/bench-profile key PgDn 250x70 20 FILE` on a text in Cyrillic or accented Latin).
      if let letter = Self.oneColumnLetter(bytes, at: byteIndex),
        byteIndex + 2 == bytes.count || bytes[byteIndex + 2] < 0x80
          || Self.oneColumnLetter(bytes, at: byteIndex + 2) != nil
      {
        glyphs.append(Glyph(offset: offset, content: letter, width: 1, isSpace: false))
        offset += 1
        byteIndex += 2
        continue
      }
      let utf8 = text.utf8
      let index = utf8.index(utf8.startIndex, offsetBy: byteIndex)
      let character = text[index]
      if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
        glyphs.append(
          Glyph(offset: offset, text: String(character), width: 1, isSpace: ascii == UInt8(ascii: " ")))
      } else if let unit = DisplayWidth.singleUnit(of: character) {
        glyphs.append(Glyph(offset: offset, text: unit.text, width: unit.width, isSpace: false))
      } else {
        let isSpace = character == "\t"
        var first = true
        for unit in DisplayWidth.units(of: character) where unit.width > 0 {
          glyphs.append(
            Glyph(offset: offset, text: unit.text, width: unit.width, isSpace: isSpace, startsGrapheme: first)
          )
          first = false
        }
      }
      offset += character.unicodeScalars.count
      byteIndex = utf8.distance(from: utf8.startIndex, to: text.index(after: index))
    }
    return glyphs
  }
}
