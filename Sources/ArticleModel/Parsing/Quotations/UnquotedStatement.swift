/// `Name: statement` at the start of a post ("#Lavrov: Steps by …"): a quotation
/// without marks, its speaker the name before the colon.
enum UnquotedStatement {
  /// The statement of a post paragraph, with its speaker phrase, if it opens with
  /// one. The paragraph holds the post's text and links, not its signature.
  static func find(
    in paragraphTokens: ParagraphTokens, scalars: [UInt32], text: Substring, paragraph: Int,
    links: [Range<Int>]
  ) -> AcceptedQuotation? {
    let tokens = paragraphTokens.tokens
    var colon = -1
    var k = 0
    while k < tokens.count && k < 5 {
      if tokens[k].kind == .punctuation {
        if tokens[k].scalar == UInt32(ascii: ":") { colon = k }
        break
      }
      if !Attribution.isNameWord(tokens[k]) { return nil }
      k += 1
    }
    guard colon >= 1, colon + 1 < tokens.count, tokens[colon + 1].kind == .word else { return nil }
    if Lexicon.notNames.contains(tokens[colon - 1].hash) { return nil }
    let start = tokens[colon + 1].start
    let end = statementEnd(scalars, from: start, links: links)
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

  /// Where the statement from `start` ends: before the post's first link after it
  /// (the segmenter's `links`, local ranges), white space trimmed.
  static func statementEnd(_ scalars: [UInt32], from start: Int, links: [Range<Int>]) -> Int {
    var end = Scalars.trimmedEnd(scalars)
    if let link = links.first(where: { $0.lowerBound >= start }) { end = min(end, link.lowerBound) }
    while end > start && Scalars.isSpace(scalars[end - 1]) { end -= 1 }
    return end
  }
}
