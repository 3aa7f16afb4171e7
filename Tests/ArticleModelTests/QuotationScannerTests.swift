import Testing

@testable import ArticleModel

/// The scanner's pass over scalars that cannot be marks.
@Suite struct QuotationScannerTests {
  @Test func everyMarkIsACandidate() {
    var marks = 0
    for v in UInt32(0)..<0x3_0000 {
      guard let scalar = Unicode.Scalar(v), QuotationScanner.isQuoteMark(scalar) else { continue }
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
        let result = QuotationScanner.scan(Array(text.unicodeScalars))
        #expect(result.pairs == [start..<(start + 12)], "\(open) after \(count)")
      }
    }
  }
}
