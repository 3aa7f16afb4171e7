/// Attribution shapes of Russian, Polish, French, German and Italian news.
///
/// - after the quote, a dash or comma then the verb, with the subject after it
///   (`«…», — заявил Песков`, `„…” – napisał poseł`, `"…", sagte Scholz`), an
///   auxiliary or adverb first (`", ha detto ancora Rossi`, `», a déclaré Macron`,
///   `», — со смехом сказал он`), or no subject at all (`– dodał.`): the verb's
///   ending then says the speaker's gender;
/// - French inversion (`», dit-il`, `», explique-t-elle`);
/// - a German auxiliary with its subject and the participle after
///   (`", hatte er am Montag gefordert`);
/// - a source preposition (`selon X`, `laut X`, `secondo X`, `według X`,
///   `по словам X`), before or after the quote.
extension Attribution {
  /// The verb-led shapes after a quote; `k` is the first word after its comma or dash.
  static func afterVerbFirst(
    _ t: ParagraphTokens, _ k: Int, sawDash: Bool, sawComma: Bool
  ) -> Attribution? {
    let tokens = t.tokens
    let n = tokens.count
    let tok = tokens[k]
    guard sawDash || sawComma, tok.kind == .word, !tok.isHashtag else { return nil }
    // `dit-il`, `explique-t-elle`: the verb and its subject in one word.
    if Lexicon.frenchInvertedMale.contains(tok.hash) || Lexicon.frenchInvertedFemale.contains(tok.hash) {
      return Attribution(mention: k..<(k + 1), form: .pronoun, cue: k)
    }
    if let a = sourcePhrase(t, k, limit: min(n, k + 12)) { return a }
    if Lexicon.auxiliariesAndAdverbs.contains(tok.hash), let a = germanAuxiliaryFirst(t, k) { return a }
    // The verb within two words: `ha detto`, `a déclaré`, `со смехом сказал`.
    var c = k
    while c < n && c - k <= 2 {
      let w = tokens[c]
      guard w.kind == .word else { return nil }
      if isCue(t, c) && !(c == k && !isForeignCue(w)) { break }
      // (French "a" is an auxiliary here, not the English article.)
      if !w.isCapitalised && Lexicon.auxiliariesAndAdverbs.contains(w.hash) {
        c += 1
        continue
      }
      if w.isCapitalised || Lexicon.pronouns.contains(w.hash) || Lexicon.determiners.contains(w.hash) {
        return c == k ? germanAuxiliaryFirst(t, k) : nil
      }
      // Between a comma and the verb only auxiliaries and adverbs; after a dash any
      // short lowercase phrase (`— со смехом сказал`).
      if !sawDash && !Lexicon.auxiliariesAndAdverbs.contains(w.hash) { return nil }
      c += 1
    }
    guard c < n, c - k <= 2, tokens[c].kind == .word, isCue(t, c), isForeignCue(tokens[c]) || c > k
    else { return nil }
    // Adverbs between the verb and its subject: `ha detto ancora Rossi`.
    var s = c + 1
    while s < n && s - c <= 2 && tokens[s].kind == .word
      && Lexicon.auxiliariesAndAdverbs.contains(tokens[s].hash)
      && !tokens[s].isCapitalised
    {
      s += 1
    }
    let limit = min(n, s + lookAhead)
    // "сообщил журналистам депутат Степан Ильин": a name after an object and a role.
    if s < n, tokens[s].kind == .word, !tokens[s].isCapitalised, sawDash, !isLatin(tokens[s]) {
      var j = s + 1
      while j < min(n, s + 3) && tokens[j].kind == .word && !tokens[j].isCapitalised { j += 1 }
      if j < n, j > s + 1 || !Lexicon.roles.contains(tokens[s].hash), tokens[j].kind == .word,
        tokens[j].isCapitalised, !Lexicon.notNames.contains(tokens[j].hash),
        let np = nounPhraseAfter(
          t, Lexicon.roles.contains(tokens[j - 1].hash) ? j - 1 : j, limit: limit, lowercaseAllowed: false),
        np.form == .name
      {
        return Attribution(mention: np.range, form: .name, cue: c)
      }
    }
    // Polish "on" (he) after the verb; elsewhere "on" is a preposition.
    if s < n, tokens[s].kind == .word, tokens[s].hash == Lexicon.polishOn, isForeignCue(tokens[c]) {
      return Attribution(mention: s..<(s + 1), form: .pronoun, cue: c)
    }
    if s < n, let np = nounPhraseAfter(t, s, limit: limit, lowercaseAllowed: sawDash && !isLatin(tokens[s])) {
      return Attribution(
        mention: appositiveName(t, after: np) ?? np.range,
        form: np.form == .role && appositiveName(t, after: np) != nil ? .name : np.form, cue: c)
    }
    if s < n, tokens[s].kind == .word, let np = nounPhraseAfter(t, s, limit: limit, lowercaseAllowed: false) {
      return Attribution(mention: np.range, form: np.form, cue: c)
    }
    // No subject: `– dodał.`, `», ha concluso.` The verb stands for its speaker.
    if isForeignCue(tokens[c]) && (s == n || tokens[s].kind != .word) {
      return Attribution(mention: c..<(c + 1), form: .pronoun, cue: c)
    }
    return nil
  }

  /// The name in apposition after a role: `a déclaré la maire, Sylvie Lebreton,`.
  static func appositiveName(_ t: ParagraphTokens, after np: (range: Range<Int>, form: Form)) -> Range<Int>? {
    let tokens = t.tokens
    let c = np.range.upperBound
    guard np.form == .role, c + 2 < tokens.count, tokens[c].kind == .punctuation,
      tokens[c].scalar == UInt32(ascii: ","),
      let name = nounPhraseAfter(t, c + 1, limit: min(tokens.count, c + 6), lowercaseAllowed: false),
      name.form == .name, name.range.count >= 2
    else { return nil }
    let e = name.range.upperBound
    guard e == tokens.count || tokens[e].kind != .word else { return nil }
    return name.range
  }

  /// The subject after a verb of the other languages when nothing before the verb
  /// can be it: the verb opens the sentence or follows an auxiliary, an adverb or
  /// `как`/`comme`/`wie`/`come`/`jak` (`Как заявил Песков`, `ha detto ancora Rossi`).
  static func invertedSubject(_ t: ParagraphTokens, _ k: Int, floor: Int, limit: Int) -> Attribution? {
    let tokens = t.tokens
    guard isForeignCue(tokens[k]) else { return nil }
    var b = k - 1
    while b >= floor && tokens[b].kind == .word && !tokens[b].isCapitalised
      && Lexicon.auxiliariesAndAdverbs.contains(tokens[b].hash)
    {
      b -= 1
    }
    let opens =
      b < floor || tokens[b].kind != .word || b < k - 1
      || Lexicon.invertingConjunctions.contains(tokens[b].hash)
    guard opens else { return nil }
    var s = k + 1
    while s < limit && s - k <= 2 && tokens[s].kind == .word && !tokens[s].isCapitalised
      && Lexicon.auxiliariesAndAdverbs.contains(tokens[s].hash)
    {
      s += 1
    }
    guard s < limit, let np = nounPhraseAfter(t, s, limit: limit, lowercaseAllowed: false) else { return nil }
    if let name = appositiveName(t, after: np) { return Attribution(mention: name, form: .name, cue: k) }
    return Attribution(mention: np.range, form: np.form, cue: k)
  }

  /// `", hatte er am Montag gefordert`: an auxiliary, its subject, then the participle.
  static func germanAuxiliaryFirst(_ t: ParagraphTokens, _ k: Int) -> Attribution? {
    let tokens = t.tokens
    guard Lexicon.auxiliariesAndAdverbs.contains(tokens[k].hash), k + 1 < tokens.count,
      let np = nounPhraseAfter(t, k + 1, limit: min(tokens.count, k + 5), lowercaseAllowed: false)
    else { return nil }
    var j = np.range.upperBound
    while j < tokens.count && j - k < lookAhead {
      let w = tokens[j]
      if w.kind == .quote { return nil }
      if w.kind == .punctuation && w.scalar != UInt32(ascii: ",") { break }
      if w.kind == .word && isCue(w) && isForeignCue(w) {
        return Attribution(mention: np.range, form: np.form, cue: j)
      }
      j += 1
    }
    return nil
  }

  /// `selon le ministre`, `laut Scholz`, `secondo il ministro`, `według ministra`,
  /// `по словам Пескова` starting at token `k`.
  static func sourcePhrase(_ t: ParagraphTokens, _ k: Int, limit: Int) -> Attribution? {
    let tokens = t.tokens
    let tok = tokens[k]
    guard tok.kind == .word else { return nil }
    var start = -1
    if Lexicon.sourcePrepositions.contains(tok.hash) {
      start = k + 1
    } else if tok.hash == Lexicon.poWord, k + 1 < tokens.count,
      tokens[k + 1].hash == Lexicon.slovamWord || tokens[k + 1].hash == Lexicon.mneniyuWord
    {
      start = k + 2
    }
    guard start > 0, start < limit,
      let np = nounPhraseAfter(t, start, limit: limit, lowercaseAllowed: false)
    else { return nil }
    // "selon les estimations de la compagnie Acme Research": the name the phrase ends in.
    if np.form == .role, let name = nameEnding(t, from: np.range.upperBound, limit: limit) {
      return Attribution(mention: name, form: .name, cue: k)
    }
    return Attribution(mention: np.range, form: np.form, cue: k)
  }

  /// A name within a few lower-case words from `from` (`de la compagnie X`, `of the firm X`).
  static func nameEnding(_ t: ParagraphTokens, from: Int, limit: Int) -> Range<Int>? {
    let tokens = t.tokens
    var j = from
    while j < limit && j - from < 4 && tokens[j].kind == .word && !tokens[j].isCapitalised { j += 1 }
    guard j > from, j < limit, tokens[j].kind == .word, tokens[j].isCapitalised,
      !Lexicon.notNames.contains(tokens[j].hash), Lexicon.functionWords.contains(tokens[from].hash),
      let np = nounPhraseAfter(t, j, limit: limit, lowercaseAllowed: false), np.form == .name
    else { return nil }
    return np.range
  }

  /// `« … » (Le Point, 11 juin)`: a source named in brackets right after the quote.
  static func bracketedSource(_ t: ParagraphTokens, quote q: Int) -> Attribution? {
    let tokens = t.tokens
    guard q + 2 < tokens.count, tokens[q + 1].kind == .punctuation,
      tokens[q + 1].scalar == UInt32(ascii: "("),
      tokens[q + 2].kind == .word, tokens[q + 2].isCapitalised,
      !Lexicon.notNames.contains(tokens[q + 2].hash),
      let np = nounPhraseAfter(t, q + 2, limit: min(tokens.count, q + 7), lowercaseAllowed: false),
      np.form == .name
    else { return nil }
    // The bracket closes soon after the name (a source, not an aside).
    var j = np.range.upperBound
    while j < tokens.count && j - np.range.upperBound < 5 {
      if tokens[j].kind == .punctuation && tokens[j].scalar == UInt32(ascii: ")") {
        return Attribution(mention: np.range, form: .name, cue: nil)
      }
      if tokens[j].kind == .quote { return nil }
      j += 1
    }
    return nil
  }

  /// A source phrase before the quote in its sentence (`Selon le ministre, « … »`).
  static func sourcePhraseBefore(_ t: ParagraphTokens, _ q: Int, floor: Int) -> Attribution? {
    var k = q - 1
    while k >= floor {
      if let a = sourcePhrase(t, k, limit: q) { return a }
      k -= 1
    }
    return nil
  }

  /// A reporting verb of the other languages' lists (not an English one).
  @inline(__always)
  static func isForeignCue(_ tok: Token) -> Bool {
    Lexicon.foreignReportingVerbs.contains(tok.hash)
  }

  /// Whether the word starts with a Latin letter (so lower case means a common word).
  @inline(__always)
  static func isLatin(_ tok: Token) -> Bool {
    tok.scalar < 0x250
  }
}
