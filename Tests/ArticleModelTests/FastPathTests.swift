import Testing

@testable import ArticleModel

/// The parsing stages' eight-at-a-time and table lanes against a scalar at a
/// time, over the scripts of `UTF8CodecTests.samples` and texts full of marks.
@Suite struct FastPathTests {
  static let texts: [String] =
    UTF8CodecTests.samples + [
      "“Yes,” she said — ‘no’ «да» „ja“ ‹oui› 'it's' \"x\" #tag & more… text",
      String(repeating: "plain ascii words ", count: 4) + "» end",
      String(repeating: "Кириллица без кавычек ", count: 3) + "\u{2019}",
    ]

  @Test func skippingToAMarkStopsWhereAScalarAtATimeDoes() {
    for text in Self.texts {
      let scalars = UTF8Codec.values(text)
      for from in 0...scalars.count {
        let plain = scalars[from...].firstIndex { QuotationScanner.mayBeMark($0) } ?? scalars.count
        #expect(QuotationScanner.skipToMark(scalars, from: from) == plain, "\(text) from \(from)")
      }
    }
  }

  @Test func firstIndexFindsWhatAScalarAtATimeFinds() {
    for text in Self.texts {
      let s = text.unicodeScalars.map(\.value)
      for from in 0...s.count {
        for end in [s.count, max(from, s.count - 3)] {
          let slashOrDot = s[from..<end].firstIndex { $0 | 1 == 0x2F } ?? end
          #expect(Scalars.firstIndex(s, from: from, end: end, where: 1, equals: 0x2F) == slashOrDot)
          let marks = s[from..<end].firstIndex { $0 == 0x23 || $0 == 0x40 || $0 == 0x2014 } ?? end
          #expect(Scalars.firstIndex(s, from: from, end: end, of: 0x23, 0x40, 0x2014) == marks)
        }
      }
    }
  }

  @Test func eightASCIIScalarsPackAndClassifyAsOneAtATime() {
    for text in Self.texts {
      let s = text.unicodeScalars.map(\.value)
      guard s.count >= 8 else { continue }
      s.withUnsafeBufferPointer { buffer in
        for i in 0...(s.count - 8) {
          let window = Array(s[i..<(i + 8)])
          let packed = Scalars.packedASCII(buffer.baseAddress! + i)
          guard window.allSatisfy({ $0 < 0x80 }) else {
            #expect(packed == nil)
            continue
          }
          let expected = window.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
          #expect(packed == expected)
          guard let packed else { continue }
          #expect(Scalars.isPrintable(packed) == window.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
          let spaces = window.enumerated().reduce(UInt64(0)) {
            $1.element == 0x20 ? $0 | 0x80 << (8 * UInt64($1.offset)) : $0
          }
          #expect(Scalars.bytes(packed, equalTo: 0x20) == spaces)
        }
      }
    }
  }

  @Test func theTokenisersASCIITableAgreesWithTheClasses() {
    for v in 0..<128 {
      let c = UInt32(v)
      let bits = Lexicon.asciiClasses[v]
      #expect((bits & Lexicon.ASCIIClass.word != 0) == Scalars.isWordCharacter(c), "\(v)")
      #expect((bits & Lexicon.ASCIIClass.upper != 0) == Scalars.isUppercase(c), "\(v)")
      #expect((bits & Lexicon.ASCIIClass.space != 0) == Scalars.isSpace(c), "\(v)")
      #expect((bits & Lexicon.ASCIIClass.joiner != 0) == UTF8Codec.values("'-.&").contains(c), "\(v)")
    }
  }
}

/// `Scalars.fold` against the Unicode lower-case mapping.
@Suite struct CaseFoldTests {
  /// What the fold changes it changes to the scalar's simple lower case (but for
  /// U+0130 İ, folded to ı, and the typographic apostrophe, folded to `'`).
  @Test func theFoldLowersAsUnicodeDoes() {
    for c in UInt32(0)..<0x3100 {
      guard let scalar = Unicode.Scalar(c), c != 0x130, c != 0x2019, c != 0x3A2 else { continue }
      let folded = Scalars.fold(c)
      guard folded != c else { continue }
      #expect(
        String(Unicode.Scalar(folded)!) == scalar.properties.lowercaseMapping, "U+\(String(c, radix: 16))")
    }
  }

  @Test func theCommonAlphabetsFold() {
    let upper = "AZÀÖØÞĀĹŇŊŶŹŽΑΩАЯЀЏ"
    let lower = "azàöøþāĺňŋŷźžαωаяѐџ"
    #expect(upper.unicodeScalars.map { Scalars.fold($0.value) } == lower.unicodeScalars.map(\.value))
    #expect(Scalars.fold(0x17F) == 0x17F)
    #expect(Scalars.fold(0x2019) == UInt32(ascii: "'"))
  }
}
