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
    let batched = ParagraphTokens(
      scalars: scalars, quotes: [quote], ids: [0], scratch: &scratch, reusing: [])
    // Smith, said, :, the quote, and, then; then a word, a comma and x, 3,000 times.
    #expect(plain.tokens.count == 6 + 3 * 3_000)
    #expect(plain.tokens.count > ParagraphTokens.Scratch.capacity)
    #expect(zip(plain.tokens, plain.tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
    #expect(plain.tokens[3].kind == .quote && plain.tokens[3].start == 12 && plain.tokens[3].end == 26)
    #expect(plain.tokens.last.map { $0.kind == .word && $0.end == scalars.count } == true)
    #expect(summary(batched) == summary(plain))
    // The scratch and the long paragraph's array are reused for a short paragraph:
    // none of the long one's tokens are left.
    let short = Array("Jane Roe's car.".unicodeScalars)
    let again = ParagraphTokens(
      scalars: short, quotes: [], ids: [], scratch: &scratch, reusing: batched.tokens)
    #expect(summary(again) == summary(ParagraphTokens(scalars: short, quotes: [], ids: [])))
    #expect(again.tokens.count == 4)
  }

  @Test func eachFlagOfATokenStandsAlone() {
    let names = [
      "capitalised", "hashtag", "possessive", "abbreviation", "adverb", "hyphen", "ing",
    ]
    for (k, name) in names.enumerated() {
      let token = ParagraphTokens.Token(
        start: 1, end: 2, kind: .word, hash: 7, scalar: "a", isCapitalised: k == 0,
        isHashtag: k == 1, isPossessive: k == 2, isAbbreviation: k == 3, isAdverb: k == 4,
        hasHyphen: k == 5, hasSuffixIng: k == 6, quote: -1)
      let read = [
        token.isCapitalised, token.isHashtag, token.isPossessive, token.isAbbreviation,
        token.isAdverb, token.hasHyphen, token.hasSuffixIng,
      ]
      #expect(read == names.indices.map { $0 == k }, "\(name)")
    }
  }

  @Test func scalarsDecodedIntoAReusedArrayAreOnlyTheNewOnes() {
    let scratch = QuotationExtractor.ScalarScratch()
    let long = QuotationExtractor.scalarsOf(
      "Ещё один «длинный» абзац, 日本語 👍🏽", scratch: scratch, reusing: [])
    #expect(long == Array("Ещё один «длинный» абзац, 日本語 👍🏽".unicodeScalars))
    let short: Substring = "Zoë said “no”."
    let again = QuotationExtractor.scalarsOf(short, scratch: scratch, reusing: long)
    #expect(again == Array(short.unicodeScalars))
  }
}
