/// Turns speaker phrases into entities: one per person or organisation.
///
/// A name joins the entity with the same surname (and the same first name when
/// both have one); a bare surname takes the fullest form the article gives
/// elsewhere ("Lavrov" -> "Sergey Lavrov"). A role ("the country's foreign
/// minister") joins the entity last introduced with that role word ("Russian
/// Foreign Minister Sergey Lavrov"). A pronoun joins the most recent compatible
/// named person before it. Whatever cannot be resolved safely stays unresolved
/// (pronouns) or becomes an entity of its own (roles).
struct SpeakerResolver {
  /// A run of capitalised words seen in the running text.
  ///
  /// Kept small (40 bytes): an article has one for every capitalised run. Where
  /// it starts in the source is read from its paragraph when needed.
  /// Local offsets and indices are stored in 32 bits, as token offsets are, and
  /// the counts of words and roles in 16 (a longer run counts as 65,535 words).
  struct NameRun {
    /// First and last name word hashes.
    var first: UInt64
    var last: UInt64
    private var storedParagraph: Int32
    private var storedNameStart: Int32
    private var storedNameEnd: Int32
    private var storedRolesStart: Int32
    private var storedRolesCount: UInt16
    private var storedWordCount: UInt16
    var isOrganisation: Bool
    var isFemale: Bool?
    var isPossessive: Bool = false

    init(
      paragraph: Int, name: Range<Int>, first: UInt64, last: UInt64, wordCount: Int, roles: Range<Int>,
      isOrganisation: Bool, isFemale: Bool?, isPossessive: Bool
    ) {
      self.first = first
      self.last = last
      storedParagraph = Int32(truncatingIfNeeded: paragraph)
      storedNameStart = Int32(truncatingIfNeeded: name.lowerBound)
      storedNameEnd = Int32(truncatingIfNeeded: name.upperBound)
      storedRolesStart = Int32(truncatingIfNeeded: roles.lowerBound)
      storedRolesCount = UInt16(clamping: roles.count)
      storedWordCount = UInt16(clamping: wordCount)
      self.isOrganisation = isOrganisation
      self.isFemale = isFemale
      self.isPossessive = isPossessive
    }

    var paragraph: Int { Int(storedParagraph) }
    /// Local scalar range of the name part (titles stripped).
    var name: Range<Int> { Int(storedNameStart)..<Int(storedNameEnd) }
    /// The number of name words.
    var wordCount: Int { Int(storedWordCount) }
    /// Where the hashes of role and title words said of the name ("minister",
    /// "foreign") stand in `roleStore`.
    var roles: Range<Int> { Int(storedRolesStart)..<(Int(storedRolesStart) + Int(storedRolesCount)) }

    /// The name words as the resolver compares them: first and last (or the one word).
    ///
    /// Built in one array of the right size (`Array(repeating:count:)` and `+`
    /// made two, through the runtime's unspecialised allocation).
    var words: [UInt64] {
      var words: [UInt64] = []
      words.reserveCapacity(max(1, wordCount))
      for _ in 1..<max(1, wordCount) { words.append(first) }
      words.append(last)
      return words
    }
  }

  struct Entity {
    var name: String
    var words: [UInt64]
    var aliases: [String] = []
    var roles: Set<UInt64> = []
    var isOrganisation: Bool
    var isFemale: Bool?
    var quotations: [Int] = []
    var posts: [Int] = []
  }

  /// In chunks: an article has one run for every capitalised run of words.
  var runs = ChunkedArray<NameRun>()
  /// Role word hashes of all runs, back to back.
  var roleStore: [UInt64] = []
  var entities: [Entity] = []
  /// Entity index by surname hash (most recent last).
  private var bySurname: [UInt64: [Int]] = [:]
  /// Runs giving a full personal name (two words or more), by surname, in order.
  private var fullNames: [UInt64: [Int]] = [:]
  /// The last entity given each role word.
  private var byRole: [UInt64: Int] = [:]
  /// Where the last pronoun's search for its runs ended (`resolvePronoun`).
  private var pronounRunHint = 0
  /// Stems of words the article shows to be names: capitalised inside a sentence,
  /// after a title, or in a run of capitalised words. A lone capitalised word that
  /// only ever opens sentences ("Disputed", "Ситуация") names nobody, unless a
  /// reporting verb stands right beside it.
  private var namedStems = HashSet64()
  /// Entities of one word and of several, by the hash of their name's letters run
  /// together: a handle (`@janeroe`) and the name it spells (`Jane Roe`) meet.
  private var singleByJoined: [UInt64: Int] = [:]
  private var multiByJoined: [UInt64: Int] = [:]

  /// Text of a local range in a paragraph, words joined by single spaces.
  let text: (Int, Range<Int>) -> String
  /// The source offset of a local offset into a paragraph.
  let sourceOffset: (_ paragraph: Int, _ local: Int) -> Int

  init(
    text: @escaping (Int, Range<Int>) -> String,
    sourceOffset: @escaping (_ paragraph: Int, _ local: Int) -> Int
  ) {
    self.text = text
    self.sourceOffset = sourceOffset
  }

  /// Where a run's name starts in the source.
  func sourceStart(of run: NameRun) -> Int {
    sourceOffset(run.paragraph, run.name.lowerBound)
  }

  // MARK: - Harvesting names

  /// Records the capitalised runs of a paragraph's tokens.
  mutating func harvest(_ t: ParagraphTokens, scalars: [UInt32], paragraph: Int) {
    let tokens = t.tokens
    var i = 0
    let n = tokens.count
    while i < n {
      let tok = tokens[i]
      guard tok.kind == .word, tok.isCapitalised || tok.isHashtag else {
        i += 1
        continue
      }
      var e = i
      while e + 1 < n {
        let nx = tokens[e + 1]
        if nx.kind == .word && (nx.isCapitalised || nx.isHashtag) && !tokens[e].isPossessive {
          e += 1
        } else if nx.kind == .word && Attribution.particles.contains(nx.hash) && e + 2 < n
          && tokens[e + 2].kind == .word && tokens[e + 2].isCapitalised
        {
          e += 1
        } else {
          break
        }
      }
      record(t, scalars, i, e, paragraph: paragraph)
      i = e + 1
    }
  }

  /// Forgets the role words stored from `start` on (the run they were read for
  /// names nobody); most runs stored none.
  private mutating func dropRoles(from start: Int) {
    if roleStore.count > start { roleStore.removeSubrange(start...) }
  }

  private mutating func record(
    _ t: ParagraphTokens, _ scalars: [UInt32], _ s: Int, _ e: Int, paragraph: Int
  ) {
    let tokens = t.tokens
    let rolesStart = roleStore.count
    var female: Bool?
    // Lowercase role words right before: "foreign minister Sergey Lavrov".
    var b = s - 1
    while b >= 0 && s - b <= 2 && tokens[b].kind == .word && !tokens[b].isCapitalised
      && Lexicon.roles.contains(tokens[b].hash)
    {
      roleStore.append(tokens[b].hash)
      b -= 1
    }
    // Strip titles and non-name words from the front.
    var k = s
    var lastTitle = -1
    var j = s
    while j <= e {
      let h = tokens[j].hash
      if Lexicon.titlesRolesAndNotNames.contains(h) {
        lastTitle = j
      }
      j += 1
    }
    if lastTitle >= s && lastTitle < e {
      j = s
      while j <= lastTitle {
        let h = tokens[j].hash
        roleStore.append(h)
        if h == Self.mrs || h == Self.ms || h == Self.miss { female = true }
        if h == Self.mr { female = false }
        j += 1
      }
      k = lastTitle + 1
    } else if lastTitle == e {
      dropRoles(from: rolesStart)
      return
    }
    while k <= e && Lexicon.notNames.contains(tokens[k].hash) { k += 1 }
    // "L'architecte Claire Dumoulin": an elided article and a common noun.
    while k < e && Self.isElidedCommonNoun(scalars, tokens[k]) { k += 1 }
    guard k <= e else {
      dropRoles(from: rolesStart)
      return
    }
    // Appositive role after: "Jane Roe, a spokeswoman for …".
    if e + 2 < tokens.count && tokens[e + 1].kind == .punctuation
      && tokens[e + 1].scalar == UInt32(ascii: ",")
      && tokens[e + 2].kind == .word
      && (Lexicon.determiners.contains(tokens[e + 2].hash) || Lexicon.roles.contains(tokens[e + 2].hash))
    {
      var a = e + 2
      while a < tokens.count && a - e < 9 && tokens[a].kind == .word {
        if Lexicon.roles.contains(tokens[a].hash) { roleStore.append(tokens[a].hash) }
        if tokens[a].hash == Lexicon.of || tokens[a].hash == Self.for_ { break }
        a += 1
      }
    }
    var count = 0
    var w = k
    while w <= e {
      if !Attribution.particles.contains(tokens[w].hash) { count += 1 }
      w += 1
    }
    let org =
      Lexicon.organisationHeads.contains(tokens[e].hash)
      || (k < e && (tokens[k].hash == Lexicon.the))
    // Names are compared by stem: "Лавров" and "Лаврова", "Tusk" and "Tuskiem" meet.
    let first = Inflection.stemHash(scalars, tokens[k])
    let last = k == e ? first : Inflection.stemHash(scalars, tokens[e])
    if count >= 2 && !org {
      fullNames[last, default: []].append(runs.count)
    }
    if female == nil && count >= 2 && Inflection.isMasculineGivenName(scalars, tokens[k]) { female = false }
    if count >= 2 || k > s || tokens[k].isHashtag || !Self.opensSentence(t, s) {
      namedStems.insert(last)
      if first != last { namedStems.insert(first) }
    }
    runs.append(
      NameRun(
        paragraph: paragraph, name: tokens[k].start..<tokens[e].end, first: first,
        last: last, wordCount: count, roles: rolesStart..<roleStore.count,
        isOrganisation: org, isFemale: female,
        isPossessive: tokens[e].isPossessive))
  }

  /// `L'architecte`, `D'après`, `Dell'agenzia`: an elided article or preposition
  /// before a lower-case word, capitalised only because it opens the sentence.
  static func isElidedCommonNoun(_ s: [UInt32], _ tok: ParagraphTokens.Token) -> Bool {
    var i = tok.start
    let end = min(tok.end, s.count)
    while i < end && i - tok.start < 5 {
      if s[i] == UInt32(ascii: "'") || s[i] == 0x2019 {
        return i + 1 < end && Lexicon.hasLowercaseProperty(s[i + 1])
      }
      i += 1
    }
    return false
  }

  /// Whether token `s` opens a sentence, where any word is capitalised.
  static func opensSentence(_ t: ParagraphTokens, _ s: Int) -> Bool {
    guard s > 0 else { return true }
    let p = t.tokens[s - 1]
    if t.endsSentence(s - 1) { return true }
    if p.kind == .punctuation {
      let c = p.scalar
      return c == UInt32(ascii: ":") || c == 0x2014 || c == 0x2013 || c == 0x2022 || c == UInt32(ascii: "(")
        || c == UInt32(ascii: "\"") || c == UInt32(ascii: ";")
    }
    if p.kind == .quote {
      let c = p.scalar
      return c == UInt32(ascii: ".") || c == UInt32(ascii: "!") || c == UInt32(ascii: "?") || c == 0x2026
    }
    return false
  }

  static let mr = Lexicon.hash("mr")
  static let mrs = Lexicon.hash("mrs")
  static let ms = Lexicon.hash("ms")
  static let miss = Lexicon.hash("miss")
  static let for_ = Lexicon.hash("for")
  static let he = Lexicon.hash("he")
  static let she = Lexicon.hash("she")
  static let i = Lexicon.hash("i")

  // MARK: - Resolving

  /// The entity for a name given as words (hashes) and its display text.
  mutating func resolveName(
    words: [UInt64], display: String, roles: [UInt64], position: Int, isOrganisation: Bool,
    lookUpRuns: Bool = true, besideVerb: Bool = false
  ) -> Int? {
    guard let last = words.last else { return nil }
    if let list = bySurname[last] {
      // The given name's first letters, read once and only when two given names differ.
      var givenPrefix: UInt64?
      // The most recent few with that surname (bounded: linear over any input).
      for idx in list.suffix(8).reversed() {
        let ewords = entities[idx].words
        var agrees = words.count == 1 || ewords.count == 1 || ewords.first == words.first
        if !agrees {
          let mine = givenPrefix ?? Inflection.givenNamePrefix(display)
          givenPrefix = mine
          agrees =
            mine != 0 && mine == Inflection.givenNamePrefix(entities[idx].name)
            && Self.firstNamesAgree(display, entities[idx].name)
        }
        if agrees {
          if words.count > ewords.count
            || (words.count == ewords.count && words == ewords
              && display.utf8.count < entities[idx].name.utf8.count)
          {
            // The fuller name, or the shorter form of the same one (the nominative
            // of an inflected name: "Сергей Лавров", not "Сергея Лаврова").
            if !entities[idx].aliases.contains(entities[idx].name) {
              entities[idx].aliases.append(entities[idx].name)
            }
            entities[idx].name = display
            entities[idx].words = words
          } else if display != entities[idx].name && entities[idx].aliases.count < 16
            && !entities[idx].aliases.contains(display)
          {
            entities[idx].aliases.append(display)
          }
          if words.count == 1, !Inflection.ends(entities[idx].name, with: display),
            let better = Inflection.nominative(of: entities[idx].name, surname: display)
          {
            entities[idx].aliases.append(entities[idx].name)
            entities[idx].name = better
          }
          entities[idx].roles.formUnion(roles)
          for r in roles { byRole[r] = idx }
          return idx
        }
      }
    }
    let joined = Inflection.joinedHash(of: display)
    if words.count == 1, let idx = multiByJoined[joined] {
      // A handle spelling a known name.
      if entities[idx].aliases.count < 16 && !entities[idx].aliases.contains(display) {
        entities[idx].aliases.append(display)
      }
      return idx
    }
    if words.count >= 2, let idx = singleByJoined[joined], entities[idx].words.count == 1 {
      // The name a known handle spells.
      entities[idx].aliases.append(entities[idx].name)
      entities[idx].name = display
      entities[idx].words = words
      bySurname[last, default: []].append(idx)
      multiByJoined[joined] = idx
      return idx
    }
    var name = display
    var full = words
    var aliases: [String] = []
    var allRoles = Set(roles)
    var female: Bool?
    if words.count == 1 && lookUpRuns, let run = fullerRun(surname: last, position: position) {
      name = text(run.paragraph, run.name)
      full = run.words
      if !Inflection.ends(name, with: display), let better = Inflection.nominative(of: name, surname: display)
      {
        aliases.append(name)
        name = better
      }
      aliases.append(display)
      allRoles.formUnion(roleStore[run.roles])
      female = run.isFemale
    } else if words.count == 1 && lookUpRuns && !namedStems.contains(last) && roles.isEmpty && !besideVerb {
      // A capitalised word only ever seen opening a sentence is not shown to be a name,
      // unless it is the subject of the reporting verb beside it ("Ruiz told reporters:").
      return nil
    }
    // A single word that the article never gives as a fuller name may still be a name.
    let idx = entities.count
    entities.append(
      Entity(
        name: name, words: full, aliases: aliases, roles: allRoles,
        isOrganisation: isOrganisation, isFemale: female))
    bySurname[full.last!, default: []].append(idx)
    for r in allRoles { byRole[r] = idx }
    if full.count == 1 {
      singleByJoined[joined] = idx
    } else {
      multiByJoined[Inflection.joinedHash(of: name)] = idx
    }
    return idx
  }

  /// Whether two names' first words are one given name in a longer and a shorter
  /// form ("Jon" and "Jonathan"): one starts the other, and is three letters or more.
  static func firstNamesAgree(_ a: String, _ b: String) -> Bool {
    guard let fa = a.split(separator: " ").first, let fb = b.split(separator: " ").first,
      a.contains(" "), b.contains(" ")
    else { return false }
    let x = fa.lowercased()
    let y = fb.lowercased()
    guard x.count >= 3, y.count >= 3, x != y else { return false }
    return x.hasPrefix(y) || y.hasPrefix(x)
  }

  /// The nearest run before `position` (or else the first after it) giving a fuller name.
  func fullerRun(surname: UInt64, position: Int) -> NameRun? {
    guard let list = fullNames[surname], !list.isEmpty else { return nil }
    // The last one at or before `position`, else the first.
    var lo = 0
    var hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sourceStart(of: runs[list[mid]]) <= position { lo = mid + 1 } else { hi = mid }
    }
    return runs[list[max(0, lo - 1)]]
  }

  /// Whether some run gives a fuller name with this surname: whether
  /// `fullerRun(surname:position:)` finds one (wherever `position` is), without
  /// looking for the nearest.
  func hasFullName(surname: UInt64) -> Bool {
    fullNames[surname].map { !$0.isEmpty } ?? false
  }

  /// The index of the last run starting before `position`.
  func lastRun(before position: Int) -> Int {
    var lo = 0
    var hi = runs.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sourceStart(of: runs[mid]) < position { lo = mid + 1 } else { hi = mid }
    }
    return lo - 1
  }

  /// The index of the last run starting before `position`, looked for from
  /// run `hint` outwards: it gallops (1, 2, 4… runs) from the hint to bracket
  /// the answer, then halves. Near the hint, it reads far fewer run starts than
  /// halving all the runs; far from it, at most about twice as many.
  func lastRun(before position: Int, near hint: Int) -> Int {
    guard !runs.isEmpty else { return -1 }
    // Runs before `lo` start before `position`; runs from `hi` on do not.
    var lo = 0
    var hi = runs.count
    let h = min(max(hint, 0), runs.count - 1)
    var step = 1
    if sourceStart(of: runs[h]) < position {
      lo = h + 1
      while lo + step - 1 < hi {
        let probe = lo + step - 1
        if sourceStart(of: runs[probe]) < position {
          lo = probe + 1
          step *= 2
        } else {
          hi = probe
          break
        }
      }
    } else {
      hi = h
      while hi - step >= lo {
        let probe = hi - step
        if sourceStart(of: runs[probe]) < position {
          lo = probe + 1
          break
        }
        hi = probe
        step *= 2
      }
    }
    while lo < hi {
      let mid = (lo + hi) / 2
      if sourceStart(of: runs[mid]) < position { lo = mid + 1 } else { hi = mid }
    }
    return lo - 1
  }

  /// The entity a pronoun refers to: the most recent compatible named one.
  ///
  /// Pronouns come mostly in reading order: the search for the runs before one
  /// starts where the last pronoun's ended (`pronounRunHint`).
  mutating func resolvePronoun(_ hash: UInt64, position: Int) -> Int? {
    // An unnamed writer speaking of themselves in another language names nobody.
    if Lexicon.foreignFirstPersonPronouns.contains(hash) { return nil }
    var wantsPerson = hash == Self.he || hash == Self.she || hash == Self.i
    var female: Bool? = hash == Self.she ? true : (hash == Self.he ? false : nil)
    if !wantsPerson && !Lexicon.foreignPluralPronouns.contains(hash) {
      // Other languages' pronouns, and verbs standing without a subject: their
      // ending gives the gender ("сказала", "dodał").
      if Lexicon.foreignFemalePronouns.contains(hash) || Lexicon.feminineVerbForms.contains(hash)
        || Lexicon.frenchInvertedFemale.contains(hash)
      {
        wantsPerson = true
        female = true
      } else if Lexicon.foreignMalePronouns.contains(hash) || Lexicon.masculineVerbForms.contains(hash)
        || Lexicon.frenchInvertedMale.contains(hash)
      {
        wantsPerson = true
        female = false
      } else if Lexicon.foreignReportingVerbs.contains(hash) {
        wantsPerson = true
      }
    }
    var r = lastRun(before: position, near: pronounRunHint)
    pronounRunHint = r
    let stop = max(0, r - 40)
    while r >= stop {
      let run = runs[r]
      r -= 1
      // (`run.words` is never empty: a run has at least its last word.)
      if run.isPossessive { continue }
      if wantsPerson {
        if run.isOrganisation { continue }
        if let f = female, let rf = run.isFemale, f != rf { continue }
        // The latest entity with the run's surname, looked up once and only where it
        // decides something: for a one-word run, or to check a gendered pronoun.
        let latest = run.wordCount < 2 || female != nil ? bySurname[run.last]?.last : nil
        if run.wordCount < 2 {
          let known = latest.map { !entities[$0].isOrganisation } ?? false
          if !known && !hasFullName(surname: run.last) { continue }
        }
        if let f = female, let latest, let ef = entities[latest].isFemale, ef != f { continue }
      } else if !run.isOrganisation {
        continue
      }
      let display = text(run.paragraph, run.name)
      let idx = resolveName(
        words: run.words, display: display, roles: Array(roleStore[run.roles]),
        position: sourceStart(of: run),
        isOrganisation: run.isOrganisation)
      if let idx, let f = female, entities[idx].isFemale == nil { entities[idx].isFemale = f }
      return idx
    }
    return nil
  }

  /// The entity a role phrase refers to, or a new entity named by the phrase.
  mutating func resolveRole(head: UInt64, display: String, position: Int) -> Int? {
    // An entity already known with that role.
    if let known = byRole[head] { return known }
    var r = lastRun(before: position)
    let stop = max(0, r - 80)
    while r >= stop {
      let run = runs[r]
      r -= 1
      if roleStore[run.roles].contains(head) {
        let idx = resolveName(
          words: run.words, display: text(run.paragraph, run.name), roles: Array(roleStore[run.roles]),
          position: sourceStart(of: run), isOrganisation: run.isOrganisation)
        if let idx { byRole[head] = idx }
        return idx
      }
    }
    let idx = entities.count
    entities.append(Entity(name: display, words: [head], roles: [head], isOrganisation: false))
    byRole[head] = idx
    return idx
  }
}
