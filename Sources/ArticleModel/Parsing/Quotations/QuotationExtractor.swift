/// Finds quotations, drops scare quotes, and attributes speech to speakers.
///
/// The paragraphs are read in order, each one once, in four stages:
/// 1. `QuotationCandidates`: the marks `QuotationScanner` pairs, as candidates; a
///    quote left open at a paragraph's end continues when the next paragraph opens
///    with a mark of the same family (the next paragraph is scanned one step ahead).
/// 2. `ParagraphTokens` reads the paragraph as words with every quote as one token,
///    and `SpeakerResolver` harvests the names they show; in posts,
///    `UnquotedStatement` finds `Name: statement`.
/// 3. `SpeakerChoice` attributes every candidate complete by then (`Attribution`
///    finds the phrase, `SpeakerPhrase` strips its titles, `ScareQuoteClassifier`
///    drops scare quotes and titles).
/// 4. `SpeakerAssignment` resolves the phrases and post authors to speakers and
///    numbers both.
///
/// `ParagraphBuffers` keeps only the scalars and tokens of the paragraphs a
/// quotation still waiting may look at. Cost is linear: every look-around is
/// bounded by a fixed number of tokens.
enum QuotationExtractor {
  /// `postLinks` holds, for each post, its links' scalar ranges in its paragraph.
  static func extract(paragraphs: [Paragraph], posts: [SocialPost], postLinks: [[Range<Int>]]) -> Extraction {
    let count = paragraphs.count
    guard count > 0 else { return Extraction(quotations: [], speakers: []) }
    var buffers = ParagraphBuffers(paragraphCount: count)
    let isASCII = buffers.isASCII
    var resolver = SpeakerResolver(
      text: { p, r in
        let text = paragraphs[p].text
        return isASCII[p]
          ? String(ScalarSlicing.slice(text, r, scalarCount: text.utf8.count))
          : String(ScalarSlicing.slice(text, r))
      },
      sourceOffset: { p, local in paragraphs[p].sourceOffset(ofLocal: local) })
    var candidates = QuotationCandidates()
    var choice = SpeakerChoice()

    var nextScalars = buffers.decode(paragraphs[0].text)
    var nextScan = buffers.scan(nextScalars)
    for p in 0..<count {
      let scalars = nextScalars
      let scan = nextScan
      buffers.store(scalars: scalars, of: p, utf8Count: paragraphs[p].text.utf8.count)
      if p + 1 < count {
        nextScalars = buffers.decode(paragraphs[p + 1].text)
        nextScan = buffers.scan(nextScalars)
      }
      let isText = paragraphs[p].kind == .text
      let nextOpening = p + 1 < count && paragraphs[p + 1].kind == .text ? nextScan.opening : nil

      // 1. Candidates across paragraphs.
      let top = candidates.read(
        paragraph: p, scalars: scalars, scan: scan, isText: isText, nextOpening: nextOpening)
      buffers.recycle(pairs: scan.pairs)

      // 2. Tokens, the names they show, and a post's unquoted statement. (The
      // paragraph's fields are read in place: a copy of the whole paragraph costs more.)
      let paragraphTokens = buffers.tokenize(scalars, quotes: top, ids: candidates.ids)
      candidates.noteTokens(paragraphTokens)
      resolver.harvest(paragraphTokens, scalars: scalars, paragraph: p)
      buffers.store(tokens: paragraphTokens, of: p)
      if paragraphs[p].kind == .post, let post = paragraphs[p].post,
        let statement = UnquotedStatement.find(
          in: paragraphTokens, scalars: scalars, text: paragraphs[p].text, paragraph: p,
          links: postLinks[post])
      {
        choice.accept(unquoted: statement)
      }

      // 3. The speakers of the candidates complete so far, in order.
      choice.attribute(
        upTo: candidates.completeCount, of: &candidates, paragraphs: paragraphs, buffers: buffers)
      // A candidate still waiting may read its paragraph and the one before; the
      // next one may read this paragraph.
      let attributed = choice.attributedCount
      buffers.release(
        before: attributed < candidates.count ? candidates.firstParagraph(of: attributed) - 1 : p)
    }
    choice.attribute(upTo: candidates.count, of: &candidates, paragraphs: paragraphs, buffers: buffers)
    buffers.releaseAll()

    // 4. Speakers, and the quotations in order.
    return SpeakerAssignment.assign(
      choice.accepted, posts: posts, paragraphs: paragraphs, resolver: &resolver)
  }
}
