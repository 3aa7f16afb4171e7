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
    let marked = "Smith said: ⟦\"We will see,\"⟧ and then"
    var text = unmarked(marked)
    for i in 0..<3_000 { text += " Word\(i % 7), x" }
    let scalars = UTF8Codec.values(text)
    let quote = spans(marked)[0]
    let plain = ParagraphTokens(scalars: scalars, quotes: [quote], ids: [0])
    let scratch = ScratchBuffer<ParagraphTokens.Token>(capacity: ParagraphTokens.scratchCapacity)
    let batched = ParagraphTokens(
      scalars: scalars, quotes: [quote], ids: [0], scratch: scratch, reusing: [])
    // Smith, said, :, the quote, and, then; then a word, a comma and x, 3,000 times.
    #expect(plain.tokens.count == 6 + 3 * 3_000)
    #expect(plain.tokens.count > ParagraphTokens.scratchCapacity)
    #expect(zip(plain.tokens, plain.tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
    #expect(plain.tokens[3].kind == .quote && plain.tokens[3].start..<plain.tokens[3].end == quote)
    #expect(plain.tokens.last.map { $0.kind == .word && $0.end == scalars.count } == true)
    #expect(summary(batched) == summary(plain))
    // The scratch and the long paragraph's array are reused for a short paragraph:
    // none of the long one's tokens are left.
    let short = UTF8Codec.values("Jane Roe's car.")
    let again = ParagraphTokens(
      scalars: short, quotes: [], ids: [], scratch: scratch, reusing: batched.tokens)
    #expect(summary(again) == summary(ParagraphTokens(scalars: short, quotes: [], ids: [])))
    #expect(again.tokens.count == 4)
  }

  @Test func eachFlagOfATokenStandsAlone() {
    let names = [
      "capitalised", "hashtag", "possessive", "abbreviation", "adverb", "hyphen", "ing",
    ]
    for (k, name) in names.enumerated() {
      let token = ParagraphTokens.Token(
        start: 1, end: 2, kind: .word, hash: 7, scalar: UInt32(ascii: "a"), isCapitalised: k == 0,
        isHashtag: k == 1, isPossessive: k == 2, isAbbreviation: k == 3, isAdverb: k == 4,
        hasHyphen: k == 5, hasSuffixIng: k == 6, quote: -1)
      let read = [
        token.isCapitalised, token.isHashtag, token.isPossessive, token.isAbbreviation,
        token.isAdverb, token.hasHyphen, token.hasSuffixIng,
      ]
      #expect(read == names.indices.map { $0 == k }, "\(name)")
    }
  }
  /// Everything a token holds, for comparing the plain lane with the general loop.
  private func details(_ t: ParagraphTokens) -> [String] {
    t.tokens.map {
      "\($0.start) \($0.end) \($0.kind) \($0.hash) \($0.scalar) \($0.quote) "
        + "\($0.isCapitalised) \($0.isHashtag) \($0.isPossessive) \($0.isAbbreviation) "
        + "\($0.isAdverb) \($0.hasHyphen) \($0.hasSuffixIng)"
    }
  }

  /// Texts where plain ASCII words meet everything the plain lane leaves to the general loop.
  static let laneTexts = [
    "The mayor said the plan was finally working, adding nothing.",
    "Mr. Smith and Dr. J. Roe met the U.S. envoy at 5 p.m. on Jan. 4th.",
    "It's Jones' car, not the Joneses' house; Trump’s aides said so.",
    "An early-morning raid - at dawn - left co-workers & friends stunned.",
    "He wrote end.Next and e.g. then A.B.C. and x.y z. Q. R",
    "Follow @jane_roe and #Brexit, #КНДР or # alone and @ alone.",
    "Read https://t.co/Abc123 and pic.twitter.com/xyz now, www.example.com/a-b?c=d.",
    "Zoë met Łukasz in Kraków; Москва ответила «нет», а Jones' team — ‘maybe’.",
    "Ещё один «длинный» абзац, 日本語 and 👍🏽 emoji, e\u{301}clair, cafe\u{301}.",
    "\"Quoted,\" said Jones. 'Single,' said Rees'. “Curly,” she said. ''Doubled,'' they said.",
    "Jones\"quoted\" and Rees'quoted' glued, Mass.\"Quote\" too.",
    "Digits 2019 and '90s, 3.5 per cent, 1,000 households, A1 and 4x4.",
    "Tabs\tand\u{00A0}no-break\u{2009}thin spaces, CRLF\r\nline and\u{0}NUL.",
    "Smiling, laughing, quickly, fly, ply, sing, ring, thing. Early, Only, Bring.",
    "A. B. C.",
    "x",
    "end.",
    "Jones'",
    "Mr.",
  ]

  @Test(arguments: laneTexts)
  func plainLaneGivesTheTokensOfTheGeneralLoop(_ text: String) {
    let scalars = UTF8Codec.values(text)
    let spans = QuotationScanner.outermost(QuotationScanner.scan(scalars).pairs)
    for quotes in [[], spans] {
      let ids = Array(quotes.indices)
      let general = ParagraphTokens(scalars: scalars, quotes: quotes, ids: ids, usingPlainLane: false)
      let lane = ParagraphTokens(scalars: scalars, quotes: quotes, ids: ids)
      let scratch = ScratchBuffer<ParagraphTokens.Token>(capacity: ParagraphTokens.scratchCapacity)
      let batched = ParagraphTokens(
        scalars: scalars, quotes: quotes, ids: ids, scratch: scratch, reusing: [])
      #expect(details(lane) == details(general))
      #expect(details(batched) == details(general))
    }
  }

  @Test func plainLaneGivesTheTokensOfTheGeneralLoopForEveryPrefix() {
    // Every cut of a mixed text: a stretch ending at each kind of scalar.
    let text =
      "Mr. O'Neil's U.S. co-op said: \"It's fine,\" — Zoë’s #tag @me, 3.5 e.g. end.Next Jones' ‘x’."
    let all = UTF8Codec.values(text)
    for end in 0...all.count {
      let scalars = Array(all[..<end])
      let spans = QuotationScanner.outermost(QuotationScanner.scan(scalars).pairs)
      let general = ParagraphTokens(
        scalars: scalars, quotes: spans, ids: Array(spans.indices), usingPlainLane: false)
      let lane = ParagraphTokens(scalars: scalars, quotes: spans, ids: Array(spans.indices))
      #expect(details(lane) == details(general), "\(end)")
    }
  }
}
