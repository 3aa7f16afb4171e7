/// Case endings of names, so that the forms of one name meet as one speaker.
///
/// Russian and Polish inflect names for case (Лавров, Лаврова, Лаврову, Лавровым;
/// Tusk, Tuska, Tuskowi, Tuskiem). The resolver compares names by the hash of
/// their stem: the word without its ending. Stripping is the same for every form
/// of a word, so two forms of one name meet and a name given in one form only is
/// unchanged in effect. A stem keeps at least three letters.
enum Inflection {
  /// Russian endings, folded to lower case, longest first, each packed (`pack`).
  private static let cyrillicEndings: [(packed: UInt64, count: Int)] = packAll([
    "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая", "яя", "ую", "юю", "ым", "им",
    "ом", "ем", "ах", "ях", "ы", "и", "а", "я", "у", "ю", "е", "о", "й",
  ])

  /// A vowel or soft sign left at the end of a Russian stem (`Сергея` → `Серге` → `Серг`).
  @inline(__always)
  static func isCyrillicVowel(_ v: UInt32) -> Bool {
    v == 0x430 || v == 0x435 || v == 0x438 || v == 0x43E || v == 0x443 || v == 0x44B || v == 0x44D
      || v == 0x44E || v == 0x44F || v == 0x439 || v == 0x44C
  }

  /// Polish endings (Latin script), folded, longest first, each packed (`pack`).
  private static let latinEndings: [(packed: UInt64, count: Int)] = packAll([
    "iego", "iemu", "owie", "owi", "iej", "iem", "ego", "emu", "ej", "em", "im", "ą", "ę", "a", "y", "u",
    "i",
  ])

  /// Up to four scalar values (below U+10000) in one word, the last in the low bits.
  private static func packAll(_ endings: [String]) -> [(packed: UInt64, count: Int)] {
    endings.map { e in
      var p: UInt64 = 0
      for scalar in e.unicodeScalars { p = p << 16 | UInt64(scalar.value & 0xFFFF) }
      return (p, e.unicodeScalars.count)
    }
  }

  static let minimumStem = 3

  /// Whether a folded letter ends one of the endings (`cyrillicEndings`, `latinEndings`).
  @inline(__always)
  static func mayEndInEnding(_ v: UInt32) -> Bool {
    if v < 0x80 {
      // a e i j m o u y
      return v == 0x61 || v == 0x65 || v == 0x69 || v == 0x6A || v == 0x6D || v == 0x6F || v == 0x75
        || v == 0x79
    }
    if v == 0x105 || v == 0x119 { return true }  // ą ę
    // о у и й м х ы а я ю е
    return v == 0x43E || v == 0x443 || v == 0x438 || v == 0x439 || v == 0x43C || v == 0x445 || v == 0x44B
      || v == 0x430 || v == 0x44F || v == 0x44E || v == 0x435
  }

  /// The hash of the stem of the word `s[from..<to]` (see `Lexicon.hash`).
  static func stemHash(_ s: [UInt32], from: Int, to: Int) -> UInt64 {
    var end = to
    while end > from && !Scalars.isWordCharacter(s[end - 1]) { end -= 1 }
    guard end - from > minimumStem else { return Lexicon.hash(s, from: from, to: end) }
    let firstValue = s[from]
    // Most words end in a letter no ending ends in: nothing to strip (one compare).
    guard mayEndInEnding(Scalars.fold(s[end - 1])) else { return Lexicon.hash(s, from: from, to: end) }
    if firstValue >= 0x400 && firstValue <= 0x4FF {
      end = strip(s, from: from, end: end, endings: cyrillicEndings)
      if end - from > minimumStem && isCyrillicVowel(Scalars.fold(s[end - 1])) { end -= 1 }
    } else if firstValue < 0x250 {
      end = strip(s, from: from, end: end, endings: latinEndings)
    }
    return Lexicon.hash(s, from: from, to: end)
  }

  /// The stem hash of a word token: its scalars without a `#`/`@` or a possessive `'s`.
  static func stemHash(_ s: [UInt32], _ tok: ParagraphTokens.Token) -> UInt64 {
    var from = max(0, tok.start)
    var to = min(s.count, tok.end)
    guard from < to else { return tok.hash }
    // No ending to strip (most words): the token's own hash, already at hand.
    if !tok.isHashtag && !tok.isPossessive && !mayEndInEnding(Scalars.fold(s[to - 1])) {
      return tok.hash
    }
    if tok.isHashtag && (s[from] == UInt32(ascii: "#") || s[from] == UInt32(ascii: "@")) { from += 1 }
    if tok.isPossessive {
      if to - from > 2 && (s[to - 1] == UInt32(ascii: "s") || s[to - 1] == UInt32(ascii: "S"))
        && (s[to - 2] == UInt32(ascii: "'") || s[to - 2] == 0x2019)
      {
        to -= 2
      } else if to - from > 1 && (s[to - 1] == UInt32(ascii: "'") || s[to - 1] == 0x2019) {
        to -= 1
      }
    }
    return stemHash(s, from: from, to: to)
  }

  /// The stem hashes of the words of a name given as text (a post's author).
  static func stemHashes(of name: String) -> [UInt64] {
    let s = UTF8Codec.values(name)
    var out: [UInt64] = []
    var i = 0
    while i < s.count {
      while i < s.count && !Scalars.isWordCharacter(s[i]) { i += 1 }
      let start = i
      while i < s.count
        && (Scalars.isWordCharacter(s[i]) || s[i] == UInt32(ascii: "-") || s[i] == UInt32(ascii: "'")
          || s[i] == 0x2019)
      {
        i += 1
      }
      if i > start {
        let h = Lexicon.hash(s, from: start, to: i)
        if !Attribution.particles.contains(h) { out.append(stemHash(s, from: start, to: i)) }
      }
    }
    return out
  }

  /// The hash of a name's words run together, lower-cased (`Jane Roe` → `janeroe`),
  /// as handles spell them.
  static func joinedHash(of name: String) -> UInt64 {
    var h = Lexicon.emptyHash
    for scalar in name.unicodeScalars where Scalars.isWordCharacter(scalar.value) {
      h = (h ^ UInt64(Scalars.fold(scalar.value))) &* 0x100_0000_01b3
    }
    return h
  }

  private static func strip(
    _ s: [UInt32], from: Int, end: Int, endings: [(packed: UInt64, count: Int)]
  ) -> Int {
    // The word's last one to four scalars, folded and packed as the endings are.
    var tail: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var p: UInt64 = 0
    var shift: UInt64 = 0
    for n in 1...4 where end - n >= from {
      p |= UInt64(Scalars.fold(s[end - n]) & 0xFFFF) << shift
      shift += 16
      switch n {
      case 1: tail.0 = p
      case 2: tail.1 = p
      case 3: tail.2 = p
      default: tail.3 = p
      }
    }
    for ending in endings where end - from - ending.count >= minimumStem {
      let t: UInt64
      switch ending.count {
      case 1: t = tail.0
      case 2: t = tail.1
      case 3: t = tail.2
      default: t = tail.3
      }
      if t == ending.packed { return end - ending.count }
    }
    return end
  }
}

extension Inflection {
  /// `name` with its last word in the form `surname` gives, when `surname` is a
  /// shorter form of it ("Михаила Подоляка" and "Подоляк" → "Михаил Подоляк"):
  /// a name first met in an oblique case, shown in the nominative. A Russian
  /// masculine genitive (`-а` after the surname) also gives the first name's
  /// nominative (`Михаила` → `Михаил`, `Сергея` → `Сергей`). `nil` when nothing changes.
  static func nominative(of name: String, surname: String) -> String? {
    var words = name.split(separator: " ").map(String.init)
    guard let last = words.last, words.count >= 2, surname.count < last.count,
      !surname.contains(" "), surname.count >= minimumStem
    else { return nil }
    let a = UTF8Codec.values(last)
    let b = UTF8Codec.values(surname)
    guard stemHash(a, from: 0, to: a.count) == stemHash(b, from: 0, to: b.count) else { return nil }
    words[words.count - 1] = surname
    let genitive = last.lowercased() == surname.lowercased() + "а"
    if genitive || last.lowercased() == surname.lowercased() + "a", words.count == 2, let first = words.first,
      first.unicodeScalars.count > 3, let firstScalar = first.unicodeScalars.first
    {
      if firstScalar.value >= 0x400 && firstScalar.value <= 0x4FF {
        if first.hasSuffix("ея") || first.hasSuffix("ия") || first.hasSuffix("ая") {
          words[0] = String(first.dropLast()) + "й"
        } else if first.hasSuffix("а") {
          words[0] = String(first.dropLast())
        }
      } else if first.hasSuffix("a") {
        // Polish: "Tomasza Kruka" → "Tomasz Kruk".
        words[0] = String(first.dropLast())
      }
    }
    let result = words.joined(separator: " ")
    return result == name ? nil : result
  }
}

extension Inflection {
  /// A Russian given name that can only be a man's: it ends in a consonant, `й`
  /// or `ь` (Антон, Сергей, Игорь), not in `-ой`/`-ей` (a woman's name in the
  /// instrumental, Мариной). Women's names and oblique cases end in vowels.
  static func isMasculineGivenName(_ s: [UInt32], _ tok: ParagraphTokens.Token) -> Bool {
    let from = tok.start
    let to = min(tok.end, s.count)
    guard to - from >= 3, s[from] >= 0x400 && s[from] <= 0x42F else { return false }
    let last = Scalars.fold(s[to - 1])
    let before = Scalars.fold(s[to - 2])
    if last == 0x439 && (before == 0x43E || before == 0x435) { return false }  // -ой, -ей
    return !isCyrillicVowel(last) || last == 0x439 || last == 0x44C
  }
}

extension Inflection {
  /// The hash of the first three letters of a name of two words or more (its given
  /// name's start), or 0: a cheap first test of `SpeakerResolver.firstNamesAgree`.
  static func givenNamePrefix(_ name: String) -> UInt64 {
    var h = Lexicon.emptyHash
    var letters = 0
    var sawSpace = false
    for scalar in name.unicodeScalars {
      if scalar == " " {
        sawSpace = true
        break
      }
      if letters < 3 {
        h = (h ^ UInt64(Scalars.fold(scalar.value))) &* 0x100_0000_01b3
        letters += 1
      }
    }
    if !sawSpace {
      // One word: no given name. (The loop stops at the first space.)
      return 0
    }
    return letters == 3 ? h : 0
  }

  /// Whether `name` ends with `word`, compared byte by byte.
  static func ends(_ name: String, with word: String) -> Bool {
    let a = name.utf8
    let b = word.utf8
    guard b.count <= a.count else { return false }
    return a.reversed().starts(with: b.reversed())
  }
}

/// A growing set of 64-bit word hashes with open addressing: the hashes are
/// already well mixed, so an insert is a mask and a compare or two (a `Set`
/// hashes each of them again).
struct HashSet64 {
  private var table = [UInt64](repeating: 0, count: 64)
  private var count = 0

  mutating func insert(_ h: UInt64) {
    guard h != 0 else { return }
    if (count + 1) * 2 > table.count { grow() }
    let mask = table.count - 1
    var i = Int(truncatingIfNeeded: h >> 7) & mask
    while table[i] != 0 {
      if table[i] == h { return }
      i = (i + 1) & mask
    }
    table[i] = h
    count += 1
  }

  func contains(_ h: UInt64) -> Bool {
    guard h != 0 else { return false }
    let mask = table.count - 1
    var i = Int(truncatingIfNeeded: h >> 7) & mask
    while table[i] != 0 {
      if table[i] == h { return true }
      i = (i + 1) & mask
    }
    return false
  }

  private mutating func grow() {
    let old = table
    table = [UInt64](repeating: 0, count: old.count * 2)
    count = 0
    for h in old where h != 0 { insert(h) }
  }
}
