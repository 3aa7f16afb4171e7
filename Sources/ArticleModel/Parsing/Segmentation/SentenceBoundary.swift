/// Where sentences start, for cutting over-long paragraphs and for finding
/// where a post's text begins in running text.
///
/// A sentence starts at `p` when white space precedes it, the last
/// non-space scalar before that space (after any closing quotes or
/// brackets) is `.`, `!`, `?` or `…`, and `scalars[p]` is not a lower-case letter.
/// A full stop after an initial (`J.`) or a common abbreviation (`Mr.`,
/// `Dr.`, `Gen.`, `St.`, `No.`, `Jan.`, `U.S.`...) is not a sentence end.
enum SentenceBoundary {
  static func isSentenceStart(_ scalars: [UInt32], at p: Int, lowerBound: Int) -> Bool {
    guard p > lowerBound, p < scalars.count, Scalars.isSpace(scalars[p - 1]) else { return false }
    let first = scalars[p]
    if Scalars.isSpace(first) || Scalars.isLowercase(first) { return false }
    var k = p
    while k > lowerBound && Scalars.isSpace(scalars[k - 1]) { k -= 1 }
    while k > lowerBound && isCloser(scalars[k - 1]) { k -= 1 }
    guard k > lowerBound else { return false }
    let mark = scalars[k - 1]
    switch mark {
    case 0x21, 0x3F, 0x2026: return true
    case UInt32(ascii: "."):
      // The word before the full stop.
      let wordEnd = k - 1
      var wordStart = wordEnd
      while wordStart > lowerBound && Scalars.isLetter(scalars[wordStart - 1]) { wordStart -= 1 }
      let length = wordEnd - wordStart
      if length == 0 { return true }
      if length == 1 && Scalars.isUppercase(scalars[wordStart]) { return false }
      if let key = Scalars.asciiKey(scalars, from: wordStart, to: wordEnd), abbreviations.contains(key) {
        return false
      }
      return true
    default:
      return false
    }
  }

  /// Closing quotation marks and brackets that may follow a sentence's last mark.
  @inline(__always)
  static func isCloser(_ c: UInt32) -> Bool {
    c == UInt32(ascii: "\"") || c == UInt32(ascii: "'") || c == UInt32(ascii: ")") || c == UInt32(ascii: "]")
      || c == 0x201D || c == 0x2019 || c == 0xBB
      || c == 0x201C || c == 0x203A
  }

  private static let abbreviations: Set<UInt64> = Set(
    [
      "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
      "cpt", "maj", "adm", "jr", "sr", "vs", "etc", "no", "nos", "inc", "co", "corp", "ltd", "mt",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
      "dept", "est", "fig", "vol", "pp", "ca", "rev", "hon", "pres", "gov", "cf", "al", "ave", "blvd",
    ].map(Scalars.asciiKey))
}
