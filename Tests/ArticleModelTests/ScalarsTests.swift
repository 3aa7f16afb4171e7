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
}
