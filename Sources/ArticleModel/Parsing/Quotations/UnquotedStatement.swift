/// `Name: statement` at the start of a post ("#Lavrov: Steps by …"): a quotation
/// without marks, its speaker the name before the colon.
enum UnquotedStatement {
  /// The statement of a post paragraph, with its speaker phrase, if it opens with one.
  static func find(
    in paragraphTokens: ParagraphTokens, scalars: [Unicode.Scalar], text: Substring, paragraph: Int
  ) -> AcceptedQuotation? {
    let tokens = paragraphTokens.tokens
    var colon = -1
    var k = 0
    while k < tokens.count && k < 5 {
      if tokens[k].kind == .punctuation {
        if tokens[k].scalar == ":" { colon = k }
        break
      }
      if !Attribution.isNameWord(tokens[k]) { return nil }
      k += 1
    }
    guard colon >= 1, colon + 1 < tokens.count, tokens[colon + 1].kind == .word else { return nil }
    if Lexicon.notNames.contains(tokens[colon - 1].hash) { return nil }
    let start = tokens[colon + 1].start
    let end = postTextEnd(scalars, from: start)
    guard end > start else { return nil }
    let speaker = SpeakerPhrase(
      Attribution(mention: 0..<colon, form: .name, cue: nil), in: paragraphTokens, scalars: scalars,
      paragraph: paragraph)
    var candidate = QuotationCandidate(pieces: [Quotation.Piece(paragraph: paragraph, local: start..<end)])
    candidate.kind = .unquoted
    return AcceptedQuotation(
      candidate: candidate, speaker: speaker,
      text: ScalarSlicing.slice(text, start..<end, scalars: scalars))
  }

  /// Where a post's own text ends: before its links and signature.
  static func postTextEnd(_ s: [Unicode.Scalar], from: Int) -> Int {
    var end = Scalars.trimmedEnd(s)
    let pic: [Unicode.Scalar] = Array("pic.twitter.com".unicodeScalars)
    let http: [Unicode.Scalar] = Array("http".unicodeScalars)
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
      guard i + word.count <= s.count else { return false }
      for j in 0..<word.count where s[i + j] != word[j] { return false }
      return true
    }
    var i = from
    while i < end {
      let c = s[i]
      if (c == "p" && matches(pic, at: i)) || (c == "h" && matches(http, at: i)) {
        end = i
        break
      }
      if c == "—" && i + 2 < s.count && Scalars.isSpace(s[i + 1]) {
        // A signature dash: "— Jane Roe (@janeroe) …".
        var j = i + 1
        while j < s.count && j < i + 80 && s[j] != "(" { j += 1 }
        if j + 1 < s.count && s[j] == "(" && s[j + 1] == "@" {
          end = i
          break
        }
      }
      i += 1
    }
    while end > from && Scalars.isSpace(s[end - 1]) { end -= 1 }
    return end
  }
}
