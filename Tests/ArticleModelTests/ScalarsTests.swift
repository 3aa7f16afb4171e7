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
}
