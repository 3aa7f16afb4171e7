import Testing

@testable import ArticleModel

@Suite struct ParagraphTokensTests {
  /// Start, end, kind and hash of every token, for comparing two tokenisations.
  private func summary(_ t: ParagraphTokens) -> [String] {
    t.tokens.map { "\($0.start) \($0.end) \($0.kind) \($0.hash) \($0.quote)" }
  }

  @Test func scratchGivesTheSameTokensAcrossBatches() {
    // More tokens than the scratch holds (words, commas and one quote): the
    // tokens are copied out in batches.
    var text = "Smith said: \"We will see,\" and then"
    for i in 0..<3_000 { text += " Word\(i % 7), x" }
    let scalars = Array(text.unicodeScalars)
    let quote = 12..<26
    #expect(String(String.UnicodeScalarView(scalars[quote])) == "\"We will see,\"")
    let plain = ParagraphTokens(scalars: scalars, quotes: [quote], ids: [0])
    var scratch = ParagraphTokens.Scratch()
    let batched = ParagraphTokens(scalars: scalars, quotes: [quote], ids: [0], scratch: &scratch)
    // Smith, said, :, the quote, and, then; then a word, a comma and x, 3,000 times.
    #expect(plain.tokens.count == 6 + 3 * 3_000)
    #expect(plain.tokens.count > ParagraphTokens.Scratch.capacity)
    #expect(zip(plain.tokens, plain.tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
    #expect(plain.tokens[3].kind == .quote && plain.tokens[3].start == 12 && plain.tokens[3].end == 26)
    #expect(plain.tokens.last.map { $0.kind == .word && $0.end == scalars.count } == true)
    #expect(summary(batched) == summary(plain))
    // The scratch is reused: a short paragraph after a long one.
    let short = Array("Jane Roe's car.".unicodeScalars)
    let again = ParagraphTokens(scalars: short, quotes: [], ids: [], scratch: &scratch)
    #expect(summary(again) == summary(ParagraphTokens(scalars: short, quotes: [], ids: [])))
    #expect(again.tokens.count == 4)
  }
}
