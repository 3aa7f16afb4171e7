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
  struct NameRun {
    var paragraph: Int
    /// Local scalar range of the name part (titles stripped).
    var name: Range<Int>
    /// Hashes of the name words.
    var words: [UInt64]
    /// Hashes of role and title words said of the name ("minister", "foreign").
    var roles: [UInt64]
    var sourceStart: Int
    var isOrganisation: Bool
    var isFemale: Bool?
    var isPossessive: Bool = false
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

  var runs: [NameRun] = []
  var entities: [Entity] = []
  /// Entity index by surname hash (most recent last).
  private var bySurname: [UInt64: [Int]] = [:]

  /// Text of a local range in a paragraph, words joined by single spaces.
  let text: (Int, Range<Int>) -> String

  init(text: @escaping (Int, Range<Int>) -> String) {
    self.text = text
  }

  // MARK: - Harvesting names

  /// Records the capitalised runs of a paragraph's tokens.
  mutating func harvest(_ t: ParagraphTokens, paragraph: Int, sourceStart: (Int) -> Int) {
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
      record(t, i, e, paragraph: paragraph, sourceStart: sourceStart)
      i = e + 1
    }
  }

  private mutating func record(
    _ t: ParagraphTokens, _ s: Int, _ e: Int, paragraph: Int, sourceStart: (Int) -> Int
  ) {
    let tokens = t.tokens
    var roles: [UInt64] = []
    var female: Bool?
    // Lowercase role words right before: "foreign minister Sergey Lavrov".
    var b = s - 1
    while b >= 0 && s - b <= 2 && tokens[b].kind == .word && !tokens[b].isCapitalised
      && Lexicon.roles.contains(tokens[b].hash)
    {
      roles.append(tokens[b].hash)
      b -= 1
    }
    // Strip titles and non-name words from the front.
    var k = s
    var lastTitle = -1
    var j = s
    while j <= e {
      let h = tokens[j].hash
      if Lexicon.titles.contains(h) || Lexicon.notNames.contains(h) || Lexicon.roles.contains(h) {
        lastTitle = j
      }
      j += 1
    }
    if lastTitle >= s && lastTitle < e {
      j = s
      while j <= lastTitle {
        let h = tokens[j].hash
        roles.append(h)
        if h == Self.mrs || h == Self.ms || h == Self.miss { female = true }
        if h == Self.mr { female = false }
        j += 1
      }
      k = lastTitle + 1
    } else if lastTitle == e {
      return
    }
    while k <= e && Lexicon.notNames.contains(tokens[k].hash) { k += 1 }
    guard k <= e else { return }
    // Appositive role after: "Jane Roe, a spokeswoman for …".
    if e + 2 < tokens.count && tokens[e + 1].kind == .punctuation && tokens[e + 1].scalar == ","
      && tokens[e + 2].kind == .word
      && (Lexicon.determiners.contains(tokens[e + 2].hash) || Lexicon.roles.contains(tokens[e + 2].hash))
    {
      var a = e + 2
      while a < tokens.count && a - e < 9 && tokens[a].kind == .word {
        if Lexicon.roles.contains(tokens[a].hash) { roles.append(tokens[a].hash) }
        if tokens[a].hash == Lexicon.of || tokens[a].hash == Self.for_ { break }
        a += 1
      }
    }
    var words: [UInt64] = []
    words.reserveCapacity(e - k + 1)
    for w in k...e where !Attribution.particles.contains(tokens[w].hash) {
      words.append(tokens[w].hash)
    }
    let org =
      Lexicon.organisationHeads.contains(tokens[e].hash)
      || (k < e && (tokens[k].hash == Lexicon.the))
    runs.append(
      NameRun(
        paragraph: paragraph, name: tokens[k].start..<tokens[e].end, words: words, roles: roles,
        sourceStart: sourceStart(tokens[k].start), isOrganisation: org, isFemale: female,
        isPossessive: tokens[e].isPossessive))
  }

  static let mr = Lexicon.hash("mr")
  static let mrs = Lexicon.hash("mrs")
  static let ms = Lexicon.hash("ms")
  static let miss = Lexicon.hash("miss")
  static let for_ = Lexicon.hash("for")
  static let he = Lexicon.hash("he")
  static let she = Lexicon.hash("she")

  // MARK: - Resolving

  /// The entity for a name given as words (hashes) and its display text.
  mutating func resolveName(
    words: [UInt64], display: String, roles: [UInt64], position: Int, isOrganisation: Bool,
    lookUpRuns: Bool = true
  ) -> Int? {
    guard let last = words.last else { return nil }
    if let list = bySurname[last] {
      for idx in list.reversed() {
        let e = entities[idx]
        if words.count == 1 || e.words.count == 1 || e.words.first == words.first {
          if words.count > e.words.count {
            if !entities[idx].aliases.contains(entities[idx].name) {
              entities[idx].aliases.append(entities[idx].name)
            }
            entities[idx].name = display
            entities[idx].words = words
          } else if display != e.name && !e.aliases.contains(display) {
            entities[idx].aliases.append(display)
          }
          entities[idx].roles.formUnion(roles)
          return idx
        }
      }
    }
    var name = display
    var full = words
    var aliases: [String] = []
    var allRoles = Set(roles)
    var female: Bool?
    if words.count == 1 && lookUpRuns, let run = fullerRun(surname: last, position: position) {
      name = text(run.paragraph, run.name)
      full = run.words
      aliases.append(display)
      allRoles.formUnion(run.roles)
      female = run.isFemale
    }
    // A single word that the article never gives as a fuller name may still be a name.
    let idx = entities.count
    entities.append(
      Entity(
        name: name, words: full, aliases: aliases, roles: allRoles,
        isOrganisation: isOrganisation, isFemale: female))
    bySurname[full.last!, default: []].append(idx)
    return idx
  }

  /// The nearest run before `position` (or else the first after it) giving a fuller name.
  func fullerRun(surname: UInt64, position: Int) -> NameRun? {
    var best: NameRun?
    for run in runs where run.words.count >= 2 && run.words.last == surname && !run.isOrganisation {
      if run.sourceStart <= position {
        best = run
      } else {
        return best ?? run
      }
    }
    return best
  }

  /// The index of the last run starting before `position`.
  func lastRun(before position: Int) -> Int {
    var lo = 0
    var hi = runs.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if runs[mid].sourceStart < position { lo = mid + 1 } else { hi = mid }
    }
    return lo - 1
  }

  /// The entity a pronoun refers to: the most recent compatible named one.
  mutating func resolvePronoun(_ hash: UInt64, position: Int) -> Int? {
    let wantsPerson = hash == Self.he || hash == Self.she || hash == Lexicon.hash("i")
    let female: Bool? = hash == Self.she ? true : (hash == Self.he ? false : nil)
    var r = lastRun(before: position)
    let stop = max(0, r - 40)
    while r >= stop {
      let run = runs[r]
      r -= 1
      if run.isPossessive { continue }
      if wantsPerson {
        if run.isOrganisation { continue }
        if let f = female, let rf = run.isFemale, f != rf { continue }
        let known = bySurname[run.words.last!]?.contains { !entities[$0].isOrganisation } ?? false
        if run.words.count < 2 && !known && fullerRun(surname: run.words[0], position: position) == nil {
          continue
        }
        if let f = female, let list = bySurname[run.words.last!],
          let ef = entities[list.last!].isFemale, ef != f
        {
          continue
        }
      } else if !run.isOrganisation {
        continue
      }
      let display = text(run.paragraph, run.name)
      let idx = resolveName(
        words: run.words, display: display, roles: run.roles, position: run.sourceStart,
        isOrganisation: run.isOrganisation)
      if let idx, let f = female, entities[idx].isFemale == nil { entities[idx].isFemale = f }
      return idx
    }
    return nil
  }

  /// The entity a role phrase refers to, or a new entity named by the phrase.
  mutating func resolveRole(head: UInt64, display: String, position: Int) -> Int? {
    // An entity already known with that role.
    var best: Int?
    for (i, e) in entities.enumerated() where e.roles.contains(head) { best = i }
    if let best { return best }
    var r = lastRun(before: position)
    let stop = max(0, r - 80)
    while r >= stop {
      let run = runs[r]
      r -= 1
      if run.roles.contains(head) {
        let idx = resolveName(
          words: run.words, display: text(run.paragraph, run.name), roles: run.roles,
          position: run.sourceStart, isOrganisation: run.isOrganisation)
        return idx
      }
    }
    let idx = entities.count
    entities.append(Entity(name: display, words: [head], roles: [head], isOrganisation: false))
    return idx
  }
}
