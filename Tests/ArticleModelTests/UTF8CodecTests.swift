import TestSupport
import Testing

@testable import ArticleModel

/// The text layer's fast paths (eight bytes or scalars at a time, SIMD lanes,
/// ASCII tables) against plain references, over many scripts.
@Suite struct UTF8CodecTests {
  /// Latin, Latin-1 and Extended, Cyrillic, Greek, CJK, emoji with a modifier,
  /// combining marks, and the edges of every UTF-8 width.
  static let samples: [String] = [
    "Plain ASCII words, then more plain ASCII words to pass eight bytes.",
    "Zoë Ørsted à Łódź: «Ça va», dit-elle — Ÿ ſ Ș Ț ǅ",
    "Ещё один «длинный» абзац, Ѣ ѣ Ґ ґ — сказал он.",
    "Ο υπουργός είπε «όχι» στην Αθήνα.",
    "日本語の文章と中文，还有한국어도。",
    "Emoji 👍🏽 👩‍👩‍👧 🇺🇦 and e\u{301} a\u{308}\u{323} x",
    "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}\u{FEFF}\u{FFFD}\u{200B}",
    "Spaces:\u{A0}\u{1680}\u{2002}\u{2009}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\t\n\r end",
    "",
  ]

  /// Every suffix of every sample: each kind of scalar at every offset from an
  /// eight-byte step.
  static var pieces: [Substring] {
    samples.flatMap { text in text.unicodeScalars.indices.map { Substring(text.unicodeScalars[$0...]) } }
  }

  @Test func decodingAgreesWithTheScalarView() {
    let scratch = ScratchBuffer<UInt32>(capacity: UTF8Codec.scratchCapacity)
    var reused: [UInt32] = []
    for piece in Self.pieces {
      let expected = piece.unicodeScalars.map(\.value)
      #expect(UTF8Codec.values(piece) == expected)
      reused = UTF8Codec.scalars(of: piece, scratch: scratch, reusing: reused)
      #expect(reused == expected)
    }
  }

  @Test func aReusedArrayHoldsOnlyTheNewScalars() {
    let scratch = ScratchBuffer<UInt32>(capacity: UTF8Codec.scratchCapacity)
    let long = UTF8Codec.scalars(of: Substring(Self.samples[2]), scratch: scratch, reusing: [])
    let short: Substring = "Zoë said “no”."
    #expect(
      UTF8Codec.scalars(of: short, scratch: scratch, reusing: long) == short.unicodeScalars.map(\.value))
  }

  @Test func encodingAgreesWithString() {
    for text in Self.samples {
      let scalars = Array(text.unicodeScalars)
      for lo in 0...scalars.count {
        let expected = String(String.UnicodeScalarView(scalars[lo...]))
        #expect(UTF8Codec.string(scalars.map(\.value), lo..<scalars.count) == expected)
      }
    }
  }

  @Test func valuesThatAreNoScalarsEncodeAsReplacementCharacters() {
    let values: [UInt32] = [0x41, 0xD800, 0xDFFF, 0x110000, 0xFFFF_FFFF, 0x42]
    #expect(UTF8Codec.string(values, 0..<values.count) == "A\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}B")
  }

  @Test func widthCountsTheBytesOfEveryRange() {
    for text in Self.samples {
      let scalars = Array(text.unicodeScalars)
      let values = scalars.map(\.value)
      values.withUnsafeBufferPointer { s in
        for lo in 0...s.count {
          for hi in lo...s.count {
            let bytes = scalars[lo..<hi].reduce(0) { $0 + UTF8.width($1) }
            #expect(UTF8Codec.width(s, lo..<hi) == bytes, "\(lo)..<\(hi)")
            #expect(UTF8Codec.width(values, lo..<hi) == bytes, "\(lo)..<\(hi)")
          }
        }
      }
      for c in scalars { #expect(UTF8Codec.width(of: c.value) == UTF8.width(c)) }
    }
  }

  @Test func sliceByScalarsMatchesTheScalarView() {
    for text in Self.samples.map({ Substring($0) }) {
      let scalars = Array(text.unicodeScalars)
      for lo in 0...(scalars.count + 2) {
        for hi in lo...(scalars.count + 2) {
          let a = min(lo, scalars.count)
          let b = min(hi, scalars.count)
          let expected = String(String.UnicodeScalarView(scalars[a..<b]))
          #expect(String(ScalarSlicing.slice(text, lo..<hi)) == expected, "\(lo)..<\(hi)")
          #expect(
            String(ScalarSlicing.slice(text, lo..<hi, scalars: scalars.map(\.value))) == expected,
            "\(lo)..<\(hi)")
        }
      }
    }
  }

  /// White space is Unicode's `White_Space` but for U+0085 (NEL), a C1 control in
  /// the text it meets (a Windows-1252 `…` decoded as Latin-1).
  @Test func whiteSpaceIsUnicodeWhiteSpaceButNextLine() {
    for c in UInt32(0)..<0x3100 {
      guard let scalar = Unicode.Scalar(c) else { continue }
      let expected = scalar.properties.isWhitespace && c != 0x85
      #expect(Scalars.isSpace(c) == expected, "U+\(String(c, radix: 16))")
      if c < 0x80 {
        let fromTable = Lexicon.asciiClasses[Int(c)] & Lexicon.ASCIIClass.space != 0
        #expect(fromTable == expected, "U+\(String(c, radix: 16))")
      }
    }
  }

  @Test func trimmingSkipsWhiteSpaceOnly() {
    for text in Self.samples {
      let scalars = Array(text.unicodeScalars)
      let first = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.count
      let end = (scalars.lastIndex { !$0.properties.isWhitespace }).map { $0 + 1 } ?? 0
      #expect(Scalars.firstNonSpace(scalars.map(\.value)) == first)
      #expect(Scalars.trimmedEnd(scalars.map(\.value)) == max(end, 0))
    }
  }
}
