/// Finds who a quotation is attributed to, from the words around it.
///
/// Reads the tokens of the quotation's own sentence: after the quote
/// (`"…," the spokeswoman said`, `"…" said Smith`, `«…», — пояснил политолог`),
/// before it (`Lavrov said: "…"`, `Trump tweeted that Machado was "…"`,
/// `according to the minister, "…"`), and, for a quote that opens its paragraph,
/// the end of the previous paragraph when it closes with a colon. The result is
/// the speaker phrase as it stands in the text (a name, a role or a pronoun);
/// `SpeakerResolver` turns it into an entity.
struct Attribution {
  enum Form: UInt8 { case name, pronoun, role }

  /// Token indices of the words naming the speaker.
  var mention: Range<Int>
  var form: Form
  /// Token index of the reporting verb (or `according`), if any.
  var cue: Int?

  typealias Token = ParagraphTokens.Token

  /// How far the search looks, in tokens, on each side of a quote.
  static let lookBehind = 48
  static let lookAhead = 14
  /// How far a named speaker's appositive may reach before the verb.
  static let lookAheadAppositive = 32

  /// Attributes the quote token at `q` in `t`.
  static func find(in t: ParagraphTokens, quote q: Int) -> Attribution? {
    let tokens = t.tokens
    let endScalar = tokens[q].scalar
    let endsWithComma =
      endScalar == UInt32(ascii: ",") || endScalar == UInt32(ascii: "?") || endScalar == UInt32(ascii: "!")
    let nextIsComma =
      q + 1 < tokens.count && tokens[q + 1].kind == .punctuation
      && (tokens[q + 1].scalar == UInt32(ascii: ",") || isDash(tokens[q + 1].scalar))
    if endsWithComma || nextIsComma {
      if let a = after(t, q) { return a }
      if let a = before(t, q, anchor: q) { return a }
      return nil
    }
    if let a = before(t, q, anchor: q) { return a }
    if let a = after(t, q) { return a }
    return bracketedSource(t, quote: q)
  }

  /// Attributes a quote that opens a sentence from the sentence before it, when that
  /// one reports speech ("…, Schiff said. "The other factor …"").
  static func fromPreviousSentence(in t: ParagraphTokens, quote q: Int) -> Attribution? {
    let tokens = t.tokens
    guard q >= 2, t.endsSentence(q - 1) || tokens[q - 1].kind == .quote else { return nil }
    let end = tokens[q - 1].kind == .quote ? q - 1 : q - 1
    guard tokens[end].kind != .quote else { return nil }
    return before(t, end, anchor: end, cueOnly: true)
  }

  /// Attributes a quote opening the next paragraph from this one's last sentence.
  static func fromLastSentence(in t: ParagraphTokens) -> Attribution? {
    guard let last = t.tokens.indices.last, t.endsSentence(last) else { return nil }
    return before(t, last, anchor: last, cueOnly: true)
  }

  /// Attributes a phrase quoted inside a sentence with no reporting verb to the
  /// sentence's named subject ("Trump proclaimed a goal of "…"").
  static func fromSentenceSubject(in t: ParagraphTokens, quote q: Int) -> Attribution? {
    let floor = sentenceFloor(t, before: q)
    let tokens = t.tokens
    guard floor < q - 1, !t.endsSentence(q - 1), tokens[q].end - tokens[q].start >= 16,
      tokens[q - 1].kind == .word, !tokens[q - 1].isPossessive,
      !Lexicon.determiners.contains(tokens[q - 1].hash),
      let np = sentenceSubject(t, floor: floor, limit: q), np.form != .role,
      np.range.upperBound < q, tokens[np.range.upperBound].kind == .word,
      !tokens[np.range.upperBound].isCapitalised, !tokens[np.range.lowerBound].isAdverb,
      !tokens[np.range.lowerBound].hasSuffixIng
    else { return nil }
    return Attribution(mention: np.range, form: np.form, cue: nil)
  }

  /// Attributes a quote opening the next paragraph from the end of this one (`…said:`).
  static func findBeforeColon(in t: ParagraphTokens) -> Attribution? {
    guard let last = t.tokens.indices.last, t.tokens[last].kind == .punctuation,
      t.tokens[last].scalar == UInt32(ascii: ":")
    else { return nil }
    return before(t, last, anchor: last)
  }

  @inline(__always)
  static func isDash(_ c: UInt32) -> Bool {
    c == UInt32(ascii: "-") || Scalars.isDash(c)
  }

  @inline(__always)
  static func isCue(_ tok: Token) -> Bool {
    tok.kind == .word && !tok.isHashtag && Lexicon.reportingVerbs.contains(tok.hash)
  }

  /// A reporting verb used as a verb at token `k`: not a noun after a determiner or
  /// a possessive ("his tweets", "Trump's early-morning tweets", "the report").
  static func isCue(_ t: ParagraphTokens, _ k: Int) -> Bool {
    let tokens = t.tokens
    guard isCue(tokens[k]) else { return false }
    if Lexicon.nounLikeReportingWords.contains(tokens[k].hash) && k > 0 {
      // "comment", "tweets", "claims": a verb only right after its subject.
      let p = tokens[k - 1]
      if p.kind != .word { return false }
      if !(p.isCapitalised || Lexicon.pronouns.contains(p.hash)
        || Lexicon.verbModifiers.contains(p.hash) || p.isAdverb
        || (Lexicon.roles.contains(p.hash) && !p.isPossessive))
      {
        return false
      }
    }
    if k > 0 {
      let p = tokens[k - 1]
      if p.kind == .word {
        // "his tweets", "Trump's claims" are nouns; "He's claiming" is a verb.
        // (French "a déclaré": the auxiliary, not the English article.)
        if (p.isPossessive && !Lexicon.pronouns.contains(p.hash))
          || (Lexicon.determiners.contains(p.hash) && !Lexicon.pronouns.contains(p.hash)
            && !(Lexicon.auxiliariesAndAdverbs.contains(p.hash) && isForeignCue(tokens[k])))
        {
          return false
        }
        if !p.isCapitalised && t.isHyphenated(k - 1) { return false }
      }
    }
    return true
  }

  // MARK: - After the quote

  static func after(_ t: ParagraphTokens, _ q: Int) -> Attribution? {
    let tokens = t.tokens
    var k = q + 1
    var skipped = 0
    var sawDash = false
    while k < tokens.count && tokens[k].kind == .punctuation && skipped < 2
      && (tokens[k].scalar == UInt32(ascii: ",") || isDash(tokens[k].scalar))
    {
      if isDash(tokens[k].scalar) { sawDash = true }
      k += 1
      skipped += 1
    }
    guard k < tokens.count, tokens[k].kind == .word else { return nil }
    let limit = min(tokens.count, k + lookAhead)
    if let a = afterVerbFirst(t, k, sawDash: sawDash, sawComma: skipped > 0) { return a }
    if isCue(t, k) {
      if let np = nounPhraseAfter(t, k + 1, limit: limit, lowercaseAllowed: sawDash) {
        return Attribution(mention: np.range, form: np.form, cue: k)
      }
      // "…," said in a statement the ministry → nothing certain.
      return nil
    }
    // A dash and a bare name: "… ― Jane Roe".
    if sawDash, let np = nounPhraseAfter(t, k, limit: limit, lowercaseAllowed: false),
      np.form == .name,
      np.range.upperBound == tokens.count || tokens[np.range.upperBound].kind == .quote
        || (tokens[np.range.upperBound].kind == .punctuation
          && (tokens[np.range.upperBound].scalar == UInt32(ascii: ".")
            || tokens[np.range.upperBound].scalar == UInt32(ascii: ",")))
    {
      return Attribution(mention: np.range, form: np.form, cue: nil)
    }
    // Speaker first, then the verb: find the first cue in reach.
    var j = k
    let far = min(tokens.count, k + lookAheadAppositive)
    var depth = 0
    while j < far {
      let tok = tokens[j]
      if tok.kind == .quote { return nil }
      if tok.kind == .punctuation {
        let c = tok.scalar
        if c == UInt32(ascii: "(") {
          depth += 1
        } else if c == UInt32(ascii: ")") {
          depth = max(0, depth - 1)
        } else if depth == 0 {
          if c != UInt32(ascii: ",") && c != UInt32(ascii: ".") && !isDash(c) { return nil }
          if c == UInt32(ascii: ".") && !(j > 0 && tokens[j - 1].isAbbreviation) { return nil }
        }
      }
      if j > k && depth == 0 && isCue(t, j) {
        // The speaker phrase opens the stretch after the quote:
        // "Rep. Jane Roe (D-Wis.), a member of the panel, said".
        if let np = nounPhraseAfter(t, k, limit: j, lowercaseAllowed: false),
          np.form != .role || Lexicon.determiners.contains(tokens[k].hash)
        {
          return Attribution(mention: np.range, form: np.form, cue: j)
        }
        guard let np = nounPhraseBefore(t, j - 1, floor: k) else { return nil }
        return Attribution(mention: np.range, form: np.form, cue: j)
      }
      if j - k >= lookAhead && depth == 0 && tok.kind == .word && !tokens[k].isCapitalised {
        return nil
      }
      j += 1
    }
    return nil
  }

  // MARK: - Before the quote

  /// The index of the first token of the sentence holding token `i`.
  static func sentenceFloor(_ t: ParagraphTokens, before i: Int) -> Int {
    let tokens = t.tokens
    var k = i - 1
    let stop = max(0, i - lookBehind)
    while k >= stop {
      let tok = tokens[k]
      if t.endsSentence(k) { return k + 1 }
      if tok.kind == .quote {
        let c = tok.scalar
        if c == UInt32(ascii: ".") || c == UInt32(ascii: "!") || c == UInt32(ascii: "?")
          || c == UInt32(ascii: ":")
        {
          return k + 1
        }
        // A full quoted clause ends the stretch ("…," he said, "…"); a short phrase in
        // a list does not ("a "liar," a "bully"").
        if c == UInt32(ascii: ",") && tok.end - tok.start > 40 { return k + 1 }
      }
      k -= 1
    }
    return stop
  }

  static func before(
    _ t: ParagraphTokens, _ q: Int, anchor: Int, cueOnly: Bool = false
  ) -> Attribution? {
    let tokens = t.tokens
    let floor = sentenceFloor(t, before: anchor)
    guard floor < q else { return nil }
    // "according to X" anywhere in the sentence.
    var k = q - 1
    while k > floor {
      if tokens[k].hash == Lexicon.to && tokens[k - 1].hash == Lexicon.according {
        if let np = nounPhraseAfter(t, k + 1, limit: min(q, k + 12), lowercaseAllowed: false) {
          return Attribution(mention: np.range, form: np.form, cue: k - 1)
        }
      }
      k -= 1
    }
    // "selon le ministre", "laut Scholz", "по словам Пескова".
    if let a = sourcePhraseBefore(t, q, floor: floor) { return a }
    // The nearest reporting verb.
    k = q - 1
    while k >= floor {
      if isCue(t, k) && !(k + 1 < tokens.count && tokens[k + 1].hash == Lexicon.by) {
        // "Как заявил Песков, «…»", "… ha detto ancora Rossi. «…»": the subject after the verb.
        if let a = invertedSubject(t, k, floor: floor, limit: q) { return a }
        if Lexicon.participles.contains(tokens[k].hash), k > floor,
          tokens[k - 1].kind == .punctuation,
          let np = sentenceSubject(t, floor: floor, limit: k)
        {
          // "Trump attacked Clinton, saying, "…"": the clause's subject speaks.
          return Attribution(mention: np.range, form: np.form, cue: k)
        }
        if k > floor, let np = nounPhraseBefore(t, k - 1, floor: floor) {
          if let a = resolveRelative(t, np, floor: floor, cue: k) {
            return outerSpeaker(t, a, floor: floor) ?? a
          }
          // "a woman who suggested …": look for an earlier verb.
          k = np.range.lowerBound - 1
          continue
        }
        // Inverted: "Said the minister: …"
        if k == floor, let np = nounPhraseAfter(t, k + 1, limit: q, lowercaseAllowed: false) {
          return Attribution(mention: np.range, form: np.form, cue: k)
        }
        // "Trump took to Twitter to accuse …": the sentence's subject speaks.
        if k > floor, let np = sentenceSubject(t, floor: floor, limit: k) {
          return Attribution(mention: np.range, form: np.form, cue: k)
        }
        return nil
      }
      k -= 1
    }
    // "Lavrov: …" — a name and a colon.
    if !cueOnly && q - 1 > floor, tokens[q - 1].kind == .punctuation,
      tokens[q - 1].scalar == UInt32(ascii: ":"),
      let np = nounPhraseBefore(t, q - 2, floor: floor, skipModifiers: false),
      np.form == .name
        ? (np.range.lowerBound == floor
          || (tokens[np.range.lowerBound - 1].kind == .punctuation
            && tokens[np.range.lowerBound - 1].scalar == UInt32(ascii: ",")))
        : (np.form == .role && q == tokens.count - 1)
    {
      return Attribution(mention: np.range, form: np.form, cue: nil)
    }
    // "Депутат Иван Петров с ней не согласен: «…»": the named subject of the sentence
    // the colon closes.
    if !cueOnly && q - 1 > floor, tokens[q - 1].kind == .punctuation,
      tokens[q - 1].scalar == UInt32(ascii: ":"),
      let np = sentenceSubject(t, floor: floor, limit: q - 1), np.form == .name,
      np.range.upperBound - np.range.lowerBound >= 2
    {
      return Attribution(mention: np.range, form: np.form, cue: nil)
    }
    return nil
  }

  /// The reporter of reported speech: "She said she recalls …" -> "She";
  /// "Trump said … that Clinton described …" -> "Trump".
  static func outerSpeaker(_ t: ParagraphTokens, _ a: Attribution, floor: Int) -> Attribution? {
    let tokens = t.tokens
    var k = a.mention.lowerBound - 1
    guard k > floor else { return nil }
    if tokens[k].hash == Lexicon.that {
      k -= 1
      let stop = max(floor + 1, k - 10)
      while k >= stop {
        if tokens[k].kind != .word { return nil }
        if isCue(t, k) { break }
        k -= 1
      }
      guard k >= stop else { return nil }
    }
    guard isCue(t, k), k > floor, !Lexicon.participles.contains(tokens[k].hash),
      let np = nounPhraseBefore(t, k - 1, floor: floor)
    else { return nil }
    return resolveRelative(t, np, floor: floor, cue: k)
  }

  /// The subject of the sentence starting at `floor`: its first noun phrase that is
  /// followed by a lower-case word, after any opening phrase closed by a comma.
  static func sentenceSubject(
    _ t: ParagraphTokens, floor: Int, limit: Int
  ) -> (range: Range<Int>, form: Form)? {
    let tokens = t.tokens
    var start = floor
    for attempt in 0..<2 {
      if start < limit, let np = nounPhraseAfter(t, start, limit: limit, lowercaseAllowed: false),
        np.form != .role || Lexicon.determiners.contains(tokens[start].hash),
        np.range.upperBound < limit
      {
        let next = tokens[np.range.upperBound]
        if next.kind == .word && !next.isCapitalised { return np }
        // "Roy Cooper (D), the state's attorney general, called …".
        if np.form == .name && next.kind == .punctuation
          && (next.scalar == UInt32(ascii: "(") || next.scalar == UInt32(ascii: ","))
        {
          return np
        }
      }
      guard attempt == 0 else { break }
      // Skip an opening phrase: "During the speech, Trump …".
      var c = start
      while c < limit && c - start < 12
        && !(tokens[c].kind == .punctuation && tokens[c].scalar == UInt32(ascii: ","))
      {
        if tokens[c].kind != .word { return nil }
        c += 1
      }
      guard c < limit, tokens[c].kind == .punctuation, tokens[c].scalar == UInt32(ascii: ",") else {
        return nil
      }
      start = c + 1
    }
    return nil
  }

  /// "Lavrov, who spoke …, said" → the phrase before ", who".
  static func resolveRelative(
    _ t: ParagraphTokens, _ np: (range: Range<Int>, form: Form), floor: Int, cue: Int
  ) -> Attribution? {
    let tokens = t.tokens
    if np.form == .pronoun && tokens[np.range.lowerBound].hash == Lexicon.who {
      let w = np.range.lowerBound
      if w - 1 > floor, tokens[w - 1].kind == .punctuation, tokens[w - 1].scalar == UInt32(ascii: ","),
        let head = nounPhraseBefore(t, w - 2, floor: floor, skipModifiers: false)
      {
        return Attribution(mention: head.range, form: head.form, cue: cue)
      }
      return nil
    }
    return Attribution(mention: np.range, form: np.form, cue: cue)
  }

  // MARK: - Noun phrases

  static let particles = Lexicon.WordSet(
    ["de", "van", "von", "al", "bin", "la", "le", "da", "di", "del", "der", "du", "dos", "ibn"]
      .map(Lexicon.hash))

  @inline(__always)
  static func isNameWord(_ tok: Token) -> Bool {
    tok.kind == .word && (tok.isCapitalised || tok.isHashtag)
  }

  /// The noun phrase ending at token `e` (inclusive), not reaching below `floor`.
  static func nounPhraseBefore(
    _ t: ParagraphTokens, _ e: Int, floor: Int, skipModifiers: Bool = true
  ) -> (range: Range<Int>, form: Form)? {
    let tokens = t.tokens
    var k = e
    if skipModifiers {
      var skips = 0
      while k >= floor && skips < 3 && tokens[k].kind == .word && !tokens[k].isCapitalised
        && (Lexicon.verbModifiers.contains(tokens[k].hash) || endsInLy(t, k))
      {
        k -= 1
        skips += 1
      }
    }
    guard k >= floor else { return nil }
    // Appositive: "Smith, a spokeswoman for the ministry, said".
    if tokens[k].kind == .punctuation
      && (tokens[k].scalar == UInt32(ascii: ",") || tokens[k].scalar == UInt32(ascii: ")"))
    {
      let opener: UInt32 = tokens[k].scalar == UInt32(ascii: ")") ? UInt32(ascii: "(") : UInt32(ascii: ",")
      var j = k - 1
      let stop = max(floor, k - 14)
      while j > stop {
        if tokens[j].kind == .punctuation && tokens[j].scalar == opener { break }
        if tokens[j].kind != .word && tokens[j].scalar != UInt32(ascii: ",")
          && tokens[j].scalar != UInt32(ascii: "-")
        {
          return nil
        }
        j -= 1
      }
      guard j > stop || (j == stop && tokens[j].kind == .punctuation && tokens[j].scalar == opener)
      else { return nil }
      guard j - 1 >= floor else { return nil }
      if opener == UInt32(ascii: ","), let name = nameSegment(t, before: j, floor: floor) { return name }
      // "A researcher with the group, Matthew Collins, said": the name between the commas.
      if opener == UInt32(ascii: ","), k - j - 1 >= 2, j - 1 >= floor, !isNameWord(tokens[j - 1]) {
        var allNames = true
        for i in (j + 1)..<k where !isNameWord(tokens[i]) || Lexicon.notNames.contains(tokens[i].hash) {
          allNames = false
          break
        }
        if allNames { return ((j + 1)..<k, .name) }
      }
      return nounPhraseBefore(t, j - 1, floor: floor, skipModifiers: false)
    }
    let tok = tokens[k]
    guard tok.kind == .word else { return nil }
    if !tok.isCapitalised && !tok.isHashtag && Lexicon.pronouns.contains(tok.hash) {
      return (k..<(k + 1), .pronoun)
    }
    if tok.isCapitalised && Lexicon.pronouns.contains(tok.hash) && !tok.isHashtag
      && (tok.hash != Lexicon.hash("i") || true)
    {
      // Sentence-initial "He", "She", "They".
      return (k..<(k + 1), .pronoun)
    }
    if isNameWord(tok) {
      var s = k
      while s - 1 >= floor {
        let p = tokens[s - 1]
        if isNameWord(p) && !p.isPossessive {
          s -= 1
        } else if p.kind == .word && Attribution.particles.contains(p.hash) && !p.isCapitalised
          && s - 2 >= floor && isNameWord(tokens[s - 2])
        {
          s -= 1
        } else if p.kind == .word && !p.isCapitalised && Lexicon.roles.contains(p.hash) {
          // "spokesman Nick Merrill", "foreign minister Sergey Lavrov".
          s -= 1
        } else {
          break
        }
      }
      // Drop leading words that are not part of a name ("However", "On").
      while s < k && tokens[s].isCapitalised && Lexicon.notNames.contains(tokens[s].hash)
        && tokens[s].hash != Lexicon.the
      {
        s += 1
      }
      if Lexicon.notNames.contains(tokens[k].hash) && !tokens[k].isHashtag { return nil }
      // One capitalised role word opening the sentence ("Officials said", "Министр заявил").
      if s == k && !tok.isHashtag && Lexicon.roles.contains(tok.hash) { return (k..<(k + 1), .role) }
      return (s..<(k + 1), .name)
    }
    // A common noun phrase: "the spokeswoman", "the country's foreign minister".
    if Lexicon.functionWords.contains(tok.hash) || Lexicon.verbModifiers.contains(tok.hash) {
      return nil
    }
    var s = k
    var closed = false
    while s - 1 >= floor && k - s < 6 {
      let p = tokens[s - 1]
      guard p.kind == .word else { break }
      if Lexicon.determiners.contains(p.hash) && !p.isPossessive {
        s -= 1
        closed = true
        break
      }
      if p.isPossessive {
        s -= 1
        // Include the possessor's name: "the country's", "Clinton's".
        while s - 1 >= floor && isNameWord(tokens[s - 1]) { s -= 1 }
        if s - 1 >= floor && tokens[s - 1].hash == Lexicon.the { s -= 1 }
        closed = true
        break
      }
      if isNameWord(p) && Lexicon.notNames.contains(p.hash) { break }
      if isNameWord(p) {
        // "White House officials", "Clinton spokesman".
        while s - 1 >= floor && isNameWord(tokens[s - 1]) { s -= 1 }
        if s - 1 >= floor && tokens[s - 1].hash == Lexicon.the { s -= 1 }
        closed = true
        break
      }
      if p.hash == Lexicon.of && s - 2 >= floor && tokens[s - 2].kind == .word
        && !Lexicon.functionWords.contains(tokens[s - 2].hash)
      {
        // "the mother of three", "the head of the agency".
        s -= 1
        continue
      }
      if Lexicon.functionWords.contains(p.hash) || Lexicon.reportingVerbs.contains(p.hash) {
        break
      }
      s -= 1
    }
    if !closed && !(Lexicon.roles.contains(tok.hash) && k - s <= 1) { return nil }
    return (s..<(k + 1), .role)
  }

  /// Going back over comma-separated segments from the comma at `c` ("Jane Roe, 59,
  /// of Springfield, Va., who …"), the nearest segment that is a full name.
  static func nameSegment(
    _ t: ParagraphTokens, before c: Int, floor: Int
  ) -> (range: Range<Int>, form: Form)? {
    let tokens = t.tokens
    var end = c  // exclusive end of the segment
    var hops = 0
    while hops < 4 && end > floor {
      var s = end - 1
      while s >= floor && !(tokens[s].kind == .punctuation && tokens[s].scalar == UInt32(ascii: ",")) {
        if end - s > 12 { return nil }
        s -= 1
      }
      let start = s + 1
      if end - start >= 2 {
        var allNames = true
        for i in start..<end
        where !isNameWord(tokens[i])
          && !(tokens[i].kind == .punctuation && tokens[i].scalar == UInt32(ascii: "."))
        {
          allNames = false
          break
        }
        if allNames && (start == floor || s >= floor) {
          return (start..<end, .name)
        }
      }
      if hops == 0 && end - start >= 1 && start < end && isNameWord(tokens[end - 1]) {
        // The first segment before the comma is a name but short ("Smith, …") — plain case.
        return nil
      }
      end = s
      hops += 1
    }
    return nil
  }

  /// The noun phrase starting at token `b`, ending before `limit`.
  static func nounPhraseAfter(
    _ t: ParagraphTokens, _ b: Int, limit: Int, lowercaseAllowed: Bool
  ) -> (range: Range<Int>, form: Form)? {
    let tokens = t.tokens
    guard b < limit, tokens[b].kind == .word else { return nil }
    let tok = tokens[b]
    // (Italian "il" is an article before a noun: "ha detto il ministro".)
    if Lexicon.pronouns.contains(tok.hash) && !tok.isHashtag
      && !(Lexicon.determiners.contains(tok.hash) && b + 1 < limit && tokens[b + 1].kind == .word)
    {
      return (b..<(b + 1), .pronoun)
    }
    var k = b
    // Leading lowercase role words: "said spokesman John Smith".
    while k < limit && tokens[k].kind == .word && !tokens[k].isCapitalised
      && Lexicon.roles.contains(tokens[k].hash) && k - b < 3
    {
      k += 1
    }
    if k < limit && isNameWord(tokens[k]) && !Lexicon.notNames.contains(tokens[k].hash) {
      var e = k
      while e + 1 < limit {
        let nx = tokens[e + 1]
        if isNameWord(nx) && !tokens[e].isPossessive {
          e += 1
        } else if nx.kind == .word && Attribution.particles.contains(nx.hash) && e + 2 < limit
          && isNameWord(tokens[e + 2])
        {
          e += 1
        } else {
          break
        }
      }
      if tokens[e].isPossessive {
        // "the country's foreign minister" style: continue as a common noun phrase.
        return commonPhraseAfter(t, b, from: e + 1, limit: limit)
      }
      if b == e && !tokens[b].isHashtag && Lexicon.roles.contains(tokens[b].hash) {
        return (b..<(b + 1), .role)
      }
      return (b..<(e + 1), .name)
    }
    if k > b { return (b..<k, .role) }
    if Lexicon.determiners.contains(tok.hash) {
      return commonPhraseAfter(t, b, from: b + 1, limit: limit)
    }
    if lowercaseAllowed && !tok.isCapitalised && !Lexicon.functionWords.contains(tok.hash) {
      var e = b
      while e + 1 < limit && e - b < 2 && tokens[e + 1].kind == .word
        && !Lexicon.functionWords.contains(tokens[e + 1].hash)
      {
        e += 1
      }
      return (b..<(e + 1), .role)
    }
    return nil
  }

  static func commonPhraseAfter(
    _ t: ParagraphTokens, _ b: Int, from: Int, limit: Int
  ) -> (range: Range<Int>, form: Form)? {
    let tokens = t.tokens
    var e = from - 1
    var k = from
    while k < limit && k - from < 5 {
      let tok = tokens[k]
      guard tok.kind == .word else { break }
      if Lexicon.functionWords.contains(tok.hash) || isCue(tok) { break }
      if isNameWord(tok) && !tok.isPossessive && !Lexicon.notNames.contains(tok.hash) {
        // "the analyst Omar Haddad": the phrase ends in a name.
        var e = k
        while e + 1 < limit && isNameWord(tokens[e + 1]) && !tokens[e].isPossessive { e += 1 }
        if tokens[e].isPossessive { break }
        return (b..<(e + 1), .name)
      }
      e = k
      if tok.isPossessive {
        k += 1
        continue
      }
      k += 1
    }
    guard e >= from else { return nil }
    // A following capitalised name is the person: "the spokeswoman, Jane Roe" is left alone.
    return (b..<(e + 1), .role)
  }

  @inline(__always)
  static func endsInLy(_ t: ParagraphTokens, _ k: Int) -> Bool {
    // Hash-free check on the word's last two letters is not possible; the lexicon
    // covers the common adverbs, and "-ly" words are caught by the caller's text.
    t.tokens[k].isAdverb
  }
}
