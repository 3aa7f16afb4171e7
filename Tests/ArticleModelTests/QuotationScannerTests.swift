import Testing

@testable import ArticleModel

/// The scanner's pass over scalars that cannot be marks.
@Suite struct QuotationScannerTests {
  @Test func everyMarkIsACandidate() {
    var marks = 0
    for v in UInt32(0)..<0x3_0000 {
      guard QuotationScanner.isQuoteMark(v) else { continue }
      marks += 1
      #expect(QuotationScanner.mayBeMark(v), "U+\(String(v, radix: 16))")
    }
    #expect(marks == 11)
    // Letters from U+00AB up are passed over.
    #expect(!QuotationScanner.mayBeMark(0x0416) && !QuotationScanner.mayBeMark(0xE9))
  }

  /// A pair of each kind of mark after every number of letters of a Latin, a
  /// Cyrillic and a mixed run: whatever lane of a block of eight a mark falls in,
  /// it is found.
  @Test(arguments: ["abcdefgh", "жзийклмн", "aж b—c…d"])
  func marksAreFoundAtEveryOffset(_ filler: String) {
    let marks: [(String, String)] = [
      ("\"", "\""), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("‹", "›"),
    ]
    for (open, close) in marks {
      for count in 0..<20 {
        let prefix = String(repeating: filler, count: 3).unicodeScalars.prefix(count)
        let text = String(String.UnicodeScalarView(prefix)) + " " + open + "слово word" + close + " и ещё"
        let start = count + 1
        let result = QuotationScanner.scan(UTF8Codec.values(text))
        #expect(result.pairs == [start..<(start + 12)], "\(open) after \(count)")
      }
    }
  }

  @Test func aReusedArrayGivesTheSameResult() {
    let texts = [
      "\"One,\" she said, \"two.\" And “three” and «four».",
      "No marks at all here.",
      "“Open and never closed",
      "'Single' and ''double'' and „low“ and ‹one›.",
    ]
    for text in texts {
      let scalars = UTF8Codec.values(text)
      let fresh = QuotationScanner.scan(scalars)
      for spare in [[], [0..<1, 5..<9, 12..<40], Array(repeating: 3..<4, count: 100)] {
        let reused = QuotationScanner.scan(scalars, reusing: spare)
        #expect(reused.pairs == fresh.pairs, "\(text)")
        #expect(reused.unclosed?.position == fresh.unclosed?.position)
        #expect(reused.unclosed?.family == fresh.unclosed?.family)
        #expect(reused.opening == fresh.opening)
      }
    }
  }
}
