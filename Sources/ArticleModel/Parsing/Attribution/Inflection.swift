/// Case endings of names, so that the forms of one name meet as one speaker.
///
/// Russian and Polish inflect names for case (Лавров, Лаврова, Лаврову, Лавровым;
/// Tusk, Tuska, Tuskowi, Tuskiem). The resolver compares names by the hash of
/// their stem: the word without its ending. Stripping is the same for every form
/// of a word, so two forms of one name meet and a name given in one form only is
/// unchanged in effect. A stem keeps at least three letters.
enum Inflection {
  /// Russian endings, folded to lower case, longest first.
  private static let cyrillicEndings: [[UInt32]] = [
    "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая", "яя", "ую", "юю", "ым", "им",
    "ом", "ем", "ах", "ях", "ы", "и", "а", "я", "у", "ю", "е", "о", "й",
  ].map { $0.unicodeScalars.map(\.value) }

  /// A vowel or soft sign left at the end of a Russian stem (`Сергея` → `Серге` → `Серг`).
  @inline(__always)
  static func isCyrillicVowel(_ v: UInt32) -> Bool {
    v == 0x430 || v == 0x435 || v == 0x438 || v == 0x43E || v == 0x443 || v == 0x44B || v == 0x44D
      || v == 0x44E || v == 0x44F || v == 0x439 || v == 0x44C
  }

  /// Polish endings (Latin script), folded, longest first.
  private static let latinEndings: [[UInt32]] = [
    "iego", "iemu", "owie", "owi", "iej", "iem", "ego", "emu", "ej", "em", "im", "ą", "ę", "a", "y", "u",
    "i",
  ].map { $0.unicodeScalars.map(\.value) }

  static let minimumStem = 3

  /// The hash of the stem of the word `s[from..<to]` (see `Lexicon.hash`).
  static func stemHash(_ s: [Unicode.Scalar], from: Int, to: Int) -> UInt64 {
    var end = to
    while end > from && !Lexicon.isWordScalar(s[end - 1]) { end -= 1 }
    guard end - from > minimumStem else { return Lexicon.hash(s, from: from, to: end) }
    let firstValue = s[from].value
    if firstValue >= 0x400 && firstValue <= 0x4FF {
      end = strip(s, from: from, end: end, endings: cyrillicEndings)
      if end - from > minimumStem && isCyrillicVowel(Lexicon.fold(s[end - 1].value)) { end -= 1 }
    } else if firstValue < 0x250 {
      end = strip(s, from: from, end: end, endings: latinEndings)
    }
    return Lexicon.hash(s, from: from, to: end)
  }

  /// The stem hash of a word token: its scalars without a `#`/`@` or a possessive `'s`.
  static func stemHash(_ s: [Unicode.Scalar], _ tok: ParagraphTokens.Token) -> UInt64 {
    var from = max(0, tok.start)
    var to = min(s.count, tok.end)
    guard from < to else { return tok.hash }
    if tok.isHashtag && (s[from] == "#" || s[from] == "@") { from += 1 }
    if tok.isPossessive {
      if to - from > 2 && (s[to - 1] == "s" || s[to - 1] == "S")
        && (s[to - 2] == "'" || s[to - 2] == "\u{2019}")
      {
        to -= 2
      } else if to - from > 1 && (s[to - 1] == "'" || s[to - 1] == "\u{2019}") {
        to -= 1
      }
    }
    return stemHash(s, from: from, to: to)
  }

  /// The stem hashes of the words of a name given as text (a post's author).
  static func stemHashes(of name: String) -> [UInt64] {
    let s = Array(name.unicodeScalars)
    var out: [UInt64] = []
    var i = 0
    while i < s.count {
      while i < s.count && !Lexicon.isWordScalar(s[i]) { i += 1 }
      let start = i
      while i < s.count && (Lexicon.isWordScalar(s[i]) || s[i] == "-" || s[i] == "'" || s[i] == "\u{2019}") {
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
    for scalar in name.unicodeScalars where Lexicon.isWordScalar(scalar) {
      h = (h ^ UInt64(Lexicon.fold(scalar.value))) &* 0x100_0000_01b3
    }
    return h
  }

  private static func strip(_ s: [Unicode.Scalar], from: Int, end: Int, endings: [[UInt32]]) -> Int {
    for ending in endings where end - from - ending.count >= minimumStem {
      var matches = true
      var j = 0
      while j < ending.count {
        if Lexicon.fold(s[end - ending.count + j].value) != ending[j] {
          matches = false
          break
        }
        j += 1
      }
      if matches { return end - ending.count }
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
    let a = Array(last.unicodeScalars)
    let b = Array(surname.unicodeScalars)
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
  static func isMasculineGivenName(_ s: [Unicode.Scalar], _ tok: ParagraphTokens.Token) -> Bool {
    let from = tok.start
    let to = min(tok.end, s.count)
    guard to - from >= 3, s[from].value >= 0x400 && s[from].value <= 0x42F else { return false }
    let last = Lexicon.fold(s[to - 1].value)
    let before = Lexicon.fold(s[to - 2].value)
    if last == 0x439 && (before == 0x43E || before == 0x435) { return false }  // -ой, -ей
    return !isCyrillicVowel(last) || last == 0x439 || last == 0x44C
  }
}
