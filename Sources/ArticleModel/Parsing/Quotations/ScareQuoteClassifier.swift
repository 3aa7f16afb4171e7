/// Tells quoted speech from scare quotes, titles and nicknames.
///
/// Decides from the shape of the quoted words and their place in the sentence,
/// not from a list of phrases:
/// - a phrase introduced as a name ("so-called", "dubbed", "titled") is a title;
/// - a short phrase used as part of a noun phrase (`the "stick" part`,
///   `its "carrot-and-stick" policy`, `some "peacekeepers"`) is a scare quote
///   unless a reporting verb stands right before it;
/// - a short phrase in title case (`"The Dawn of the New Day"`) is a title or a
///   nickname unless a reporting verb introduces it;
/// - a short phrase nobody is said to have spoken is not speech.
enum ScareQuoteClassifier {
  /// Facts about the quoted words themselves.
  struct Shape {
    var words = 0
    var capitalisedWords = 0
    var lowercaseContentWords = 0
    var endsWithSentencePunctuation = false
    var hasSentenceInside = false
    /// The first word starts with a capital.
    var firstCapitalised = false
  }

  /// Measures the words between the marks of `scalars[range]`.
  static func shape(_ scalars: [UInt32], _ range: Range<Int>) -> Shape {
    scalars.withUnsafeBufferPointer { buffer in
      Lexicon.asciiClasses.withUnsafeBufferPointer { classes in
        shape(buffer, range, classes: classes.baseAddress!)
      }
    }
  }

  /// `shape(_:_:)` over a buffer; `classes` is `Lexicon.asciiClasses` (ASCII
  /// scalars are classed with one load).
  private static func shape(
    _ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, classes: UnsafePointer<UInt8>
  ) -> Shape {
    var shape = Shape()
    var inWord = false
    var i = max(0, range.lowerBound)
    let end = min(range.upperBound, scalars.count)
    var wordLen = 0
    // Whether the word being read starts with a capital.
    var firstUpper = false
    @inline(__always) func finishWord() {
      if wordLen > 0 {
        if shape.words == 0 { shape.firstCapitalised = firstUpper }
        shape.words += 1
        if firstUpper {
          shape.capitalisedWords += 1
        } else if wordLen > 3 {
          shape.lowercaseContentWords += 1
        }
      }
      wordLen = 0
    }
    while i < end {
      let c = scalars[i]
      let isWord: Bool
      if c < 0x80 {
        let cls = classes[Int(c)]
        isWord = cls & Lexicon.ASCIIClass.word != 0
        if isWord && !inWord { firstUpper = cls & Lexicon.ASCIIClass.upper != 0 }
      } else {
        isWord = Scalars.isWordCharacter(c)
        if isWord && !inWord { firstUpper = Scalars.isUppercase(c) }
      }
      if isWord {
        inWord = true
        wordLen += 1
      } else if c == UInt32(ascii: "'") || c == 0x2019 || c == UInt32(ascii: "-") {
        // Inside a word: keeps the word going.
      } else {
        if inWord { finishWord() }
        inWord = false
        if (c == UInt32(ascii: ".") || c == UInt32(ascii: "!") || c == UInt32(ascii: "?"))
          && i + 2 < range.upperBound
          && Scalars.isSpace(scalars[i + 1]) && Scalars.isUppercase(scalars[i + 2])
        {
          shape.hasSentenceInside = true
        }
      }
      i += 1
    }
    if inWord { finishWord() }
    // The last scalar that is neither white space nor a quotation mark.
    var last = end - 1
    while last >= max(0, range.lowerBound)
      && (Scalars.isSpace(scalars[last]) || QuotationScanner.isQuoteMark(scalars[last]))
    {
      last -= 1
    }
    let lastNonSpace: UInt32 = last >= max(0, range.lowerBound) ? scalars[last] : UInt32(ascii: " ")
    shape.endsWithSentencePunctuation =
      lastNonSpace == UInt32(ascii: ".") || lastNonSpace == UInt32(ascii: "!")
      || lastNonSpace == UInt32(ascii: "?") || lastNonSpace == 0x2026
    return shape
  }

  /// Whether the quote token at `q` is a scare quote, title or nickname rather than speech.
  /// - Parameters:
  ///   - attributed: a speaker was found for the quote.
  ///   - verbInSentence: that speaker was found through a reporting verb of the
  ///     quote's own sentence (not `according to`, not a neighbouring sentence).
  static func isNotSpeech(
    _ t: ParagraphTokens, quote q: Int, shape: Shape, attributed: Bool, verbInSentence: Bool
  ) -> Bool {
    let tokens = t.tokens
    let prev = q > 0 ? tokens[q - 1] : nil
    let prev2 = q > 1 ? tokens[q - 2] : nil
    let next = q + 1 < tokens.count ? tokens[q + 1] : nil
    let short = shape.words <= 4 && !shape.hasSentenceInside
    if let prev, prev.kind == .word, Lexicon.titleCues.contains(prev.hash), short || shape.words <= 8 {
      return true
    }
    // "known as the …", "a film called …": a naming word a few function words back.
    var back = q - 2
    while back >= 0 && back >= q - 4 && tokens[back].kind == .word {
      if Lexicon.titleCues.contains(tokens[back].hash) && shape.words <= 8 { return true }
      if !Lexicon.functionWords.contains(tokens[back].hash) { break }
      back -= 1
    }
    // A reporting verb right before: `promised "…"`, `said "…"`, `called it "…"`.
    var cueNear = false
    var k = q - 1
    while k >= 0 && k >= q - 4 {
      let tok = tokens[k]
      if tok.kind == .punctuation && tok.scalar != UInt32(ascii: ",") && tok.scalar != UInt32(ascii: ":") {
        break
      }
      if Attribution.isCue(tok) {
        cueNear = true
        break
      }
      k -= 1
    }
    var prevIsDeterminer =
      prev.map { $0.kind == .word && (Lexicon.determiners.contains($0.hash) || $0.isPossessive) }
      ?? false
    // "the notorious "…" loophole": an adjective between the determiner and the quote.
    if !prevIsDeterminer, let prev, let prev2, prev.kind == .word, !prev.isCapitalised,
      !Lexicon.functionWords.contains(prev.hash), !Attribution.isCue(prev), prev2.kind == .word,
      Lexicon.determiners.contains(prev2.hash), let next, next.kind == .word,
      !Lexicon.functionWords.contains(next.hash), !Lexicon.connectors.contains(next.hash)
    {
      prevIsDeterminer = true
    }
    if short && prevIsDeterminer && !cueNear && !verbInSentence {
      return true
    }
    // Used as a modifier inside a noun phrase: the "stick" part.
    if short && prevIsDeterminer, let next, next.kind == .word, !Attribution.isCue(next),
      !Lexicon.connectors.contains(next.hash), !Lexicon.functionWords.contains(next.hash),
      !Lexicon.notNames.contains(next.hash), !next.isAdverb, !shape.endsWithSentencePunctuation,
      shape.words > 0, !(tokens[q].scalar == UInt32(ascii: ","))
    {
      return true
    }
    // Title case: a title or a nickname, unless a reporting verb introduces it.
    if !isHeadline(t) && shape.words >= 1 && shape.words <= 8 && shape.lowercaseContentWords == 0
      && shape.capitalisedWords >= 1 && !shape.hasSentenceInside
      && !(shape.endsWithSentencePunctuation && shape.words >= 6)
    {
      let directlyIntroduced =
        prev.map { Attribution.isCue($0) } ?? false
        || (prev?.kind == .punctuation
          && (prev?.scalar == UInt32(ascii: ":") || prev?.scalar == UInt32(ascii: ","))
          && (prev2.map { Attribution.isCue($0) } ?? false))
      if !directlyIntroduced { return true }
    }
    if !attributed && short { return true }
    if let prev,
      isNamePosition(t, quote: q, shape: shape, prev: prev, cueNear: cueNear, verbInSentence: verbInSentence)
    {
      return true
    }
    return false
  }

  /// Where a short quote stands as a noun phrase rather than as speech: after a
  /// preposition or an article with no reporting verb in reach (`в «…»`, `wegen »…«`,
  /// `budowę „…”`), or, mid-sentence and not introduced by a verb or a colon, with
  /// its first word capitalised: the name of an organisation, a product or a work
  /// (`«Единая Россия»`, `« Le Monde »`), which most languages write with one capital.
  static func isNamePosition(
    _ t: ParagraphTokens, quote q: Int, shape: Shape, prev: ParagraphTokens.Token, cueNear: Bool,
    verbInSentence: Bool
  ) -> Bool {
    guard shape.words >= 1, shape.words <= 5, !shape.hasSentenceInside, !shape.endsWithSentencePunctuation,
      prev.kind == .word, !cueNear, !Attribution.isCue(prev)
    else { return false }
    if !verbInSentence && Lexicon.prepositionsBeforeNames.contains(prev.hash) && shape.words <= 4 {
      return true
    }
    // Reported speech goes on after "that": `заявил, что «Мы…»`.
    if shape.firstCapitalised && !Lexicon.reportedSpeechConjunctions.contains(prev.hash)
      && !(t.tokens[q].scalar == UInt32(ascii: ",") || t.tokens[q].scalar == UInt32(ascii: "!")
        || t.tokens[q].scalar == UInt32(ascii: "?"))
    {
      return true
    }
    return false
  }

  /// Whether a quotation's text is a fragment (its first word in lower case) of
  /// fewer words than an unattributed quotation needs to be listed
  /// (`SpeakerChoice.unattributedMinimumWords`).
  static func isShortFragment(_ text: Substring) -> Bool {
    var words = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      if Scalars.isWordCharacter(scalar.value) {
        if words == 0 && Scalars.isUppercase(scalar.value) { return false }
        if !inWord { words += 1 }
        inWord = true
      } else {
        inWord = false
      }
      if words >= SpeakerChoice.unattributedMinimumWords { return false }
    }
    return true
  }

  /// A paragraph in title case (a headline), where capitals say nothing about titles.
  static func isHeadline(_ t: ParagraphTokens) -> Bool {
    var words = 0
    var capitalised = 0
    for tok in t.tokens where tok.kind == .word && !Lexicon.functionWords.contains(tok.hash) {
      words += 1
      if tok.isCapitalised { capitalised += 1 }
      if words >= 40 { break }
    }
    return words >= 3 && capitalised * 10 >= words * 7
  }
}
