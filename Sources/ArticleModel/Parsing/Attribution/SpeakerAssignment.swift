/// The last stage of the quotation stage: the quotations in text order, each
/// speaker phrase and post author resolved to a speaker (`SpeakerResolver`), the
/// speakers numbered in order of first appearance, and unquoted statements with no
/// speaker dropped.
enum SpeakerAssignment {
  static func assign(
    _ accepted: consuming [AcceptedQuotation], posts: [SocialPost], paragraphs: [Paragraph],
    resolver: inout SpeakerResolver
  ) -> Extraction {
    func startOffset(_ c: QuotationCandidate) -> Int {
      let piece = c.pieces[0]
      return paragraphs[piece.paragraph].sourceOffset(ofLocal: piece.local.lowerBound)
    }
    // Quotations, then unquoted statements, at the same offset, each kind in the order
    // it was found. The indices are sorted, not the quotations (each a few hundred
    // bytes, with their parts reference-counted), and each start is found once.
    var starts: [Int] = []
    starts.reserveCapacity(accepted.count)
    var isUnquoted: [Bool] = []
    isUnquoted.reserveCapacity(accepted.count)
    for i in accepted.indices {
      starts.append(startOffset(accepted[i].candidate))
      isUnquoted.append(accepted[i].candidate.kind == .unquoted)
    }
    var sorted = Array(accepted.indices)
    sorted.sort { a, b in
      if starts[a] != starts[b] { return starts[a] < starts[b] }
      if isUnquoted[a] != isUnquoted[b] { return !isUnquoted[a] }
      return a < b
    }
    /// What starts at an offset: quotation `n` (in order) or post `i`.
    enum Appearance {
      case quotation(Int)
      case post(Int)
    }
    var appearances: [(offset: Int, appearance: Appearance)] = []
    appearances.reserveCapacity(accepted.count + posts.count)
    // Quotations, posts and their parts are read in place (`accepted[i]`, `posts[i]`)
    // rather than copied, here and below: a copy retains and releases every part.
    // Quotation `n` is `accepted[sorted[n]]`.
    for (n, k) in sorted.enumerated() { appearances.append((starts[k], .quotation(n))) }
    for i in posts.indices { appearances.append((posts[i].range.start, .post(i))) }
    // (Stable: a quotation and a post at the same offset stay in that order.)
    appearances.sort { $0.offset < $1.offset }

    var quotations: [Quotation] = []
    quotations.reserveCapacity(accepted.count)
    for (n, k) in sorted.enumerated() {
      quotations.append(
        makeQuotation(index: n, accepted[k].candidate, text: accepted[k].text, paragraphs: paragraphs))
    }
    // Entity indices in order of first appearance.
    var order: [Int] = []
    // Whether each entity is in `order` yet, by entity index (entities are
    // numbered from 0 up, and more may be made below): no hashing.
    var seen: [Bool] = []
    func note(_ e: Int) {
      if e >= seen.count { seen.append(contentsOf: repeatElement(false, count: e + 1 - seen.count)) }
      if !seen[e] {
        seen[e] = true
        order.append(e)
      }
    }
    // Short quotations whose speaker phrase turned out to name nobody.
    var unspoken: Set<Int> = []
    for (_, appearance) in appearances {
      switch appearance {
      case .quotation(let qi):
        // Each quotation comes once: its speaker phrase is moved out, not copied.
        guard let phrase = accepted[sorted[qi]].speaker.take() else { continue }
        let position = paragraphs[phrase.paragraph].sourceOffset(ofLocal: phrase.mention.lowerBound)
        var entity: Int?
        switch phrase.form {
        case _ where phrase.opensWithPreposition:
          entity = nil  // a statement or a place that the text names, not who spoke
        case .name:
          entity = resolver.resolveName(
            words: phrase.words, display: phrase.nameText, roles: phrase.roles,
            position: position, isOrganisation: false, besideVerb: phrase.besideVerb)
        case .pronoun:
          entity = resolver.resolvePronoun(phrase.words.first ?? 0, position: position)
        case .role:
          entity = resolver.resolveRole(
            head: phrase.words.last ?? 0, display: phrase.mentionText,
            position: position)
        }
        quotations[qi].mention = Quotation.Mention(
          text: phrase.mentionText,
          range: TextRange(
            start: position,
            end: paragraphs[phrase.paragraph].sourceOffset(ofLocal: phrase.mention.upperBound)))
        if let e = entity {
          resolver.entities[e].quotations.append(qi)
          quotations[qi].speaker = e
          // A pronoun or a role beside the quotation is resolved, not read off the page.
          quotations[qi].attribution =
            phrase.via == .explicit && phrase.form != .name ? .resolved : phrase.via
          note(e)
        } else if quotations[qi].kind == .unquoted {
          quotations[qi].mention = nil
        } else if phrase.form == .name && ScareQuoteClassifier.isShortFragment(quotations[qi].text) {
          // Its "speaker" was a word that names nobody: a short fragment nobody said.
          unspoken.insert(qi)
        }
      case .post(let pi):
        let name = posts[pi].author.isEmpty ? posts[pi].handle : posts[pi].author
        guard !name.isEmpty else { continue }
        let nameScalars = UTF8Codec.values(name)
        let nameTokens = ParagraphTokens(scalars: nameScalars, quotes: [], ids: [])
        let words = nameTokens.tokens.filter { $0.kind == .word }.map { Inflection.stemHash(nameScalars, $0) }
        var entity: Int?
        if !words.isEmpty {
          entity = resolver.resolveName(
            words: words, display: name, roles: [], position: posts[pi].range.start,
            isOrganisation: true, lookUpRuns: false)
        }
        guard let e = entity else { continue }
        if !posts[pi].handle.isEmpty {
          let handle = "@" + posts[pi].handle
          if !resolver.entities[e].aliases.contains(handle) {
            resolver.entities[e].aliases.append(handle)
          }
        }
        resolver.entities[e].posts.append(pi)
        note(e)
      }
    }
    return renumber(quotations, entities: resolver.entities, order: order, dropping: unspoken)
  }

  /// The quotations and speakers handed on: unquoted statements without a speaker
  /// and the quotations in `unspoken` dropped, the rest numbered from 0, and the
  /// speakers of `order` that kept a quotation or have a post.
  static func renumber(
    _ quotations: consuming [Quotation], entities: [SpeakerResolver.Entity], order: [Int],
    dropping unspoken: Set<Int>
  ) -> Extraction {
    // Unquoted statements whose speaker could not be named are dropped.
    var keepIndex: [Int] = []
    for i in quotations.indices
    where !(quotations[i].kind == .unquoted && quotations[i].speaker == nil) && !unspoken.contains(i) {
      keepIndex.append(i)
    }
    var newIndex = [Int](repeating: -1, count: quotations.count)
    for (n, i) in keepIndex.enumerated() { newIndex[i] = n }
    var speakerIndex: [Int: Int] = [:]
    var speakers: [Speaker] = []
    for e in order {
      let entity = entities[e]
      let quotationIndices = entity.quotations.map { newIndex[$0] }.filter { $0 >= 0 }
      if quotationIndices.isEmpty && entity.posts.isEmpty { continue }
      speakerIndex[e] = speakers.count
      speakers.append(
        Speaker(
          index: speakers.count, name: entity.name,
          aliases: entity.aliases.filter { $0 != entity.name }, quotations: quotationIndices,
          posts: entity.posts))
    }
    // The kept quotations move down in place (`keepIndex` rises, so `n <= i`): no second list.
    // A swap moves them without copying; what lands at `i` is never read again.
    for (n, i) in keepIndex.enumerated() {
      if n != i { quotations.swapAt(n, i) }
      quotations[n].index = n
      quotations[n].speaker = quotations[n].speaker.flatMap { speakerIndex[$0] }
    }
    quotations.removeLast(quotations.count - keepIndex.count)
    return Extraction(quotations: quotations, speakers: speakers)
  }

  static func makeQuotation(
    index: Int, _ c: QuotationCandidate, text: Substring, paragraphs: [Paragraph]
  ) -> Quotation {
    let first = c.pieces[0]
    let last = c.pieces[c.pieces.count - 1]
    let start = paragraphs[first.paragraph].sourceOffset(ofLocal: first.local.lowerBound)
    let end = paragraphs[last.paragraph].sourceOffset(ofLocal: last.local.upperBound)
    return Quotation(
      index: index, text: text, range: TextRange(start: start, end: end),
      paragraph: first.paragraph, pieces: c.pieces, kind: c.kind,
      post: paragraphs[first.paragraph].post)
  }
}
