import TestSupport
import Testing

@testable import ArticleModel

/// The character classes that settle some ranges without a Unicode property
/// look-up agree with the look-up everywhere.
@Suite struct ScalarsTests {
  static func letter(_ c: UInt32) -> Bool {
    if c < 0x80 { return Scalars.isASCIILetter(c) }
    guard let properties = Unicode.Scalar(c)?.properties else { return false }
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  @Test func classesAgreeWithUnicodeProperties() {
    for c in UInt32(0)..<0x3000 {
      let properties = Unicode.Scalar(c)?.properties
      #expect(Scalars.isLetter(c) == Self.letter(c), "isLetter U+\(String(c, radix: 16))")
      #expect(
        Scalars.isUppercase(c) == (properties?.isUppercase ?? false), "isUppercase U+\(String(c, radix: 16))")
      #expect(
        Scalars.isLowercase(c) == (properties?.isLowercase ?? false), "isLowercase U+\(String(c, radix: 16))")
    }
  }

  /// A word character as the Unicode properties say, with nothing settled early.
  static func wordCharacter(_ c: UInt32) -> Bool {
    guard let properties = Unicode.Scalar(c)?.properties else { return false }
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Every script of the first two planes (Latin, Greek, Cyrillic, Armenian, Hebrew,
  /// Arabic, the Indic scripts, Thai, Georgian, CJK, Hangul, the supplementary letters).
  @Test func wordCharactersAgreeWithUnicodeProperties() {
    for c in UInt32(0)..<0x2_0000 where Scalars.isWordCharacter(c) != Self.wordCharacter(c) {
      Issue.record("isWordCharacter U+\(String(c, radix: 16))")
    }
    for c: Unicode.Scalar in ["a", "Z", "7", "é", "ж", "\u{301}", "٣", "中", "½"] {
      #expect(Scalars.isWordCharacter(c.value), "\(c)")
    }
    for c: Unicode.Scalar in [
      " ", "_", "-", "\u{D7}", "\u{2019}", "\u{1680}", "\u{5F3}", "\u{60C}", "\u{964}",
    ] {
      #expect(!Scalars.isWordCharacter(c.value), "\(c)")
    }
  }

  /// Search folds by the Unicode lower-case mapping; where `Scalars.fold` changes a
  /// letter the two agree, but for İ (whose lower case is two scalars, so search keeps
  /// it), the unassigned U+03A2 and the apostrophe, which only `Scalars.fold` equates.
  @Test func searchFoldAgreesWithTheParsingFold() {
    for v in UInt32(0)..<0x2100 where Scalars.fold(v) != v && ![0x130, 0x3A2, 0x2019].contains(v) {
      #expect(SearchMatches.fold(v, true) == Scalars.fold(v), "U+\(String(v, radix: 16))")
    }
    #expect(SearchMatches.fold(0x130, true) == 0x130)
    #expect(SearchMatches.fold(0x2019, true) == 0x2019)
  }

  /// `Scalars.foldedString` reads eight ASCII scalars at once where it can:
  /// it must fold as a scalar at a time does.
  @Test func foldedStringReadsLikeScalarByScalar() {
    var generator = SeededGenerator(state: 23)
    let alphabet: [UInt32] = [
      0x20, 0x20, 0x20, 0x09, 0x0A, 0x00, 0x7F, 0x26, 0x3C, 0x41, 0x61, 0x62, 0x7A, 0x2E, 0x7E, 0xA0, 0xE9,
      0x2014,
      0x1F600, 0xFEFF,
    ]
    for _ in 0..<500 {
      let s = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
      }
      var parts: [Range<Int>] = []
      var cursor = 0
      while cursor < s.count {
        let end = min(s.count, cursor + Int.random(in: 0...30, using: &generator))
        parts.append(cursor..<end)
        cursor = end + (Bool.random(using: &generator) ? 1 : 0)
      }
      // Scalar by scalar: white space folds to one space, junk goes, the ends are trimmed.
      var expected = ""
      var pending = false
      for part in parts {
        for k in part {
          let c = s[k]
          if Scalars.isSpace(c) {
            pending = !expected.isEmpty
          } else if !Scalars.isInvisibleJunk(c) {
            if pending { expected += " " }
            pending = false
            expected.unicodeScalars.append(Unicode.Scalar(c)!)
          }
        }
        pending = !expected.isEmpty
      }
      #expect(Scalars.foldedString(s, parts) == expected)
    }
  }

  @Test func firstIndexFindsWhatALoopFinds() {
    // Arrays of every length up to 40 from a small alphabet (so that the wanted
    // scalars turn up at every position in a block of eight), searched from every
    // start to every end, against a plain loop.
    var state: UInt32 = 2026
    func next() -> UInt32 {
      state = state &* 1_103_515_245 &+ 12_345
      return state >> 16
    }
    let alphabet: [UInt32] = [0x61, 0x2E, 0x2F, 0x28, 0x41, 0x50, 0x23, 0x40, 0x20, 0x4E2D]
    for length in 0...40 {
      let s = (0..<length).map { _ in alphabet[Int(next() % UInt32(alphabet.count))] }
      for from in -1...length {
        for end in max(from, 0)...(length + 1) {
          let dotOrSlash = (max(from, 0)..<min(end, length)).first { s[$0] | 1 == 0x2F }
          #expect(
            Scalars.firstIndex(s, from: from, end: end, where: 1, equals: 0x2F)
              == dotOrSlash ?? min(end, length))
          let parenAOrP = (max(from, 0)..<min(end, length)).first { [0x28, 0x41, 0x50].contains(s[$0]) }
          #expect(
            Scalars.firstIndex(s, from: from, end: end, of: 0x28, 0x41, 0x50)
              == parenAOrP ?? min(end, length))
        }
      }
    }
  }
}
