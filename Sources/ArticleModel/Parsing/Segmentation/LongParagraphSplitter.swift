/// Cuts an over-long stretch of text (the single-huge-line dump) into
/// readable paragraphs at sentence ends.
///
/// Only text longer than `threshold` scalars is cut. Walking sentence
/// starts (see `SentenceBoundary`), a paragraph ends before a sentence once
/// it holds at least four sentences and 250 scalars, or 700 scalars
/// whatever the count, provided that at least 200 scalars remain after the
/// cut. Never inside a quotation: quotation marks are tracked as they open
/// and close (`“”`, `„“`, `„”`, `«»`, straight `"` toggling); only a
/// paragraph that has grown past 2,500 scalars inside an unclosed quotation
/// is cut anyway, so an unpaired mark cannot glue the whole text together.
enum LongParagraphSplitter {
  static let threshold = 1200

  /// The pieces of `scalars[range]`, in order, covering it.
  static func split(_ scalars: [UInt32], _ range: Range<Int>) -> [Range<Int>] {
    guard range.count > threshold else { return [range] }
    var pieces: [Range<Int>] = []
    var quotes = QuoteStack()
    var pieceStart = range.lowerBound
    var sentences = 1
    var k = range.lowerBound
    while k < range.upperBound {
      let c = scalars[k]
      quotes.update(c)
      if Scalars.isSpace(c), k + 1 < range.upperBound, !Scalars.isSpace(scalars[k + 1]),
        SentenceBoundary.isSentenceStart(scalars, at: k + 1, lowerBound: pieceStart)
      {
        let p = k + 1
        sentences += 1
        let length = p - pieceStart
        let wantsCut = (sentences > 4 && length >= 250) || length >= 700
        let allowed = quotes.isEmpty || length >= 2500
        if wantsCut && allowed && range.upperBound - p >= 200 {
          pieces.append(pieceStart..<p)
          pieceStart = p
          sentences = 1
          quotes = QuoteStack()
        }
      }
      k += 1
    }
    pieces.append(pieceStart..<range.upperBound)
    return pieces
  }

  /// Open quotation marks, innermost last (at most eight are remembered).
  struct QuoteStack {
    private var marks: [UInt32] = []
    var isEmpty: Bool { marks.isEmpty }

    mutating func update(_ c: UInt32) {
      switch c {
      case UInt32(ascii: "\""):
        if marks.last == UInt32(ascii: "\"") { marks.removeLast() } else { push(c) }
      case 0x201C:
        if marks.last == 0x201E { marks.removeLast() } else { push(c) }
      case 0x201E, 0xAB:
        push(c)
      case 0x201D:
        if marks.last == 0x201C || marks.last == 0x201E { marks.removeLast() }
      case 0xBB:
        if marks.last == 0xAB { marks.removeLast() }
      default:
        break
      }
    }

    private mutating func push(_ c: UInt32) {
      if marks.count < 8 { marks.append(c) }
    }
  }
}
