/// The words that name who spoke a quotation ("Mr Jones", "she", "the minister"),
/// with titles and roles stripped off a name.
struct SpeakerPhrase {
  var paragraph: Int
  /// The local scalar range of the whole phrase.
  var mention: Range<Int>
  var form: Attribution.Form
  /// The name's words (titles stripped) for a name; the head word for a role or pronoun.
  var words: [UInt64]
  /// The titles and roles before a name ("Foreign Minister"); a role's words.
  var roles: [UInt64]
  /// The local range of the name part.
  var nameRange: Range<Int>
  /// The text of `mention`.
  var mentionText: String
  /// The text of `nameRange`.
  var nameText: String
  /// How the phrase was found: beside the quotation, or carried from earlier speech.
  var via: Quotation.Attribution = .explicit
  /// Whether the reporting verb stands right beside the phrase ("Ruiz said", "said Ruiz").
  var besideVerb = false
  /// Whether the phrase opens with a preposition (`В заявлении`, `In a statement`):
  /// a place or a document, never a person's name.
  var opensWithPreposition = false

  /// The phrase of attribution `attribution` in a paragraph's tokens and scalars.
  init(
    _ attribution: Attribution, in paragraphTokens: ParagraphTokens, scalars: [UInt32],
    paragraph: Int
  ) {
    let tokens = paragraphTokens.tokens
    let phrase = attribution.mention
    let mention = tokens[phrase.lowerBound].start..<tokens[phrase.upperBound - 1].end
    self.paragraph = paragraph
    self.mention = mention
    if let cue = attribution.cue {
      besideVerb = cue == phrase.upperBound || cue + 1 == phrase.lowerBound
    }
    form = attribution.form
    opensWithPreposition =
      attribution.form != .pronoun && phrase.count > 1
      && Lexicon.phraseOpeningPrepositions.contains(tokens[phrase.lowerBound].hash)
    switch attribution.form {
    case .pronoun:
      let text = UTF8Codec.string(scalars, mention)
      words = [tokens[phrase.lowerBound].hash]
      roles = []
      nameRange = mention
      mentionText = text
      nameText = text
    case .role:
      // (A loop into an array of the right size: `filter` then `map` made two arrays.)
      var roles: [UInt64] = []
      roles.reserveCapacity(phrase.count)
      for k in phrase where tokens[k].kind == .word { roles.append(tokens[k].hash) }
      let text = UTF8Codec.string(scalars, mention)
      words = [tokens[phrase.upperBound - 1].hash]
      self.roles = roles
      nameRange = mention
      mentionText = text
      nameText = text
    case .name:
      var nameStartToken = phrase.lowerBound
      var roles: [UInt64] = []
      let last = phrase.upperBound - 1
      // Titles and roles before the name: every word up to the last one that is no
      // capitalised name word (the last word is the name's, whatever it is).
      var lastTitle = -1
      for k in nameStartToken..<last {
        let token = tokens[k]
        if !token.isCapitalised || Lexicon.titles.contains(token.hash) || Lexicon.roles.contains(token.hash)
          || Lexicon.notNames.contains(token.hash)
        {
          lastTitle = k
        }
      }
      if lastTitle >= nameStartToken {
        roles.reserveCapacity(lastTitle - nameStartToken + 1)
        for k in nameStartToken...lastTitle { roles.append(tokens[k].hash) }
        nameStartToken = lastTitle + 1
      }
      var words: [UInt64] = []
      words.reserveCapacity(last - nameStartToken + 1)
      for k in nameStartToken...last where !Attribution.particles.contains(tokens[k].hash) {
        words.append(Inflection.stemHash(scalars, tokens[k]))
      }
      var nameStart = tokens[nameStartToken].start
      if tokens[nameStartToken].isHashtag { nameStart += 1 }
      var nameEnd = tokens[last].end
      // A possessive `'s` is not part of the name.
      if tokens[last].isPossessive { nameEnd -= 2 }
      let nameRange = nameStart..<max(nameStart, nameEnd)
      // The name is often the whole phrase ("Jones said"): one string for both.
      let mentionText = UTF8Codec.string(scalars, mention)
      self.words = words
      self.roles = roles
      self.nameRange = nameRange
      self.mentionText = mentionText
      nameText = nameRange == mention ? mentionText : UTF8Codec.string(scalars, nameRange)
    }
  }
}
