/// Reads the date of a post signature and writes it as `YYYY-MM-DD`.
///
/// Accepted, with an optional weekday in front (`Monday, October 16, 2017`):
/// - month first: `September 26, 2018`, `Nov 25, 2017`, `Sept. 3 2019`,
///   `May 7th, 2018`;
/// - day first: `26 September 2018`, `26. September 2018`,
///   `26 сентября 2018 г.`, `26 września 2018`, `26 de septiembre de 2018`.
/// Month names in English, Russian, French, German, Italian, Polish and
/// Spanish, full or abbreviated. The year is four digits that may be glued to
/// the next word (`2017The`), but not followed by a fifth digit.
enum PostDate {
  struct Match: Equatable {
    var date: String
    /// Local index one past the last scalar of the date.
    var end: Int
  }

  static func parse(_ scalars: [UInt32], at start: Int, end: Int) -> Match? {
    var i = start
    var first = word(scalars, at: i, end: end)
    // Optional weekday and comma.
    if let weekday = first, weekdays.value(of: weekday, in: scalars) != nil {
      var k = weekday.end
      if k < end && scalars[k] == UInt32(ascii: ",") { k += 1 }
      k = skipSpaces(scalars, k, end)
      i = k
      first = word(scalars, at: i, end: end)
    }
    if let word = first, let month = months.value(of: word, in: scalars) {
      // Month first.
      var k = word.end
      if k < end && scalars[k] == UInt32(ascii: ".") { k += 1 }
      let afterMonth = skipSpaces(scalars, k, end)
      guard afterMonth > k, let day = number(scalars, at: afterMonth, end: end, maxDigits: 2) else {
        return nil
      }
      k = skipOrdinalSuffix(scalars, day.end, end)
      if k < end && scalars[k] == UInt32(ascii: ",") { k += 1 }
      let afterDay = skipSpaces(scalars, k, end)
      guard afterDay > day.end, let year = year(scalars, at: afterDay, end: end) else { return nil }
      return make(year: year.value, month: month, day: day.value, end: year.end)
    }
    // Day first.
    guard let day = number(scalars, at: i, end: end, maxDigits: 2) else { return nil }
    var k = skipOrdinalSuffix(scalars, day.end, end)
    if k < end && scalars[k] == UInt32(ascii: ".") { k += 1 }
    k = skipSpaces(scalars, k, end)
    k = skipDe(scalars, k, end)
    guard let monthWord = word(scalars, at: k, end: end), let month = months.value(of: monthWord, in: scalars)
    else {
      return nil
    }
    k = monthWord.end
    if k < end && (scalars[k] == UInt32(ascii: ".") || scalars[k] == UInt32(ascii: ",")) { k += 1 }
    let afterMonth = skipSpaces(scalars, k, end)
    guard afterMonth > k else { return nil }
    k = skipDe(scalars, afterMonth, end)
    guard let year = year(scalars, at: k, end: end) else { return nil }
    var dateEnd = year.end
    // Russian "г." after the year.
    let afterYear = skipSpaces(scalars, dateEnd, end)
    if afterYear < end && scalars[afterYear] == 0x433 && afterYear - dateEnd <= 1 {
      if afterYear + 1 < end && scalars[afterYear + 1] == UInt32(ascii: ".") {
        dateEnd = afterYear + 2
      } else if afterYear + 1 == end || !Scalars.isLetter(scalars[afterYear + 1]) {
        dateEnd = afterYear + 1
      }
    }
    return make(year: year.value, month: month, day: day.value, end: dateEnd)
  }

  private static func make(year: Int, month: Int, day: Int, end: Int) -> Match? {
    guard (1...31).contains(day), (1...12).contains(month) else { return nil }
    // `String(year)-MM-DD` (the year has at most four digits, written without
    // leading zeros), written straight into the string: at most ten bytes.
    let date = String(unsafeUninitializedCapacity: 10) { bytes in
      var n = 0
      var divisor = 1000
      while divisor > 1 && year < divisor { divisor /= 10 }
      while divisor > 0 {
        bytes[n] = UInt8(0x30 + year / divisor % 10)
        n += 1
        divisor /= 10
      }
      func appendTwoDigits(_ part: Int) {
        bytes[n] = 0x2D
        bytes[n + 1] = UInt8(0x30 + part / 10)
        bytes[n + 2] = UInt8(0x30 + part % 10)
        n += 3
      }
      appendTwoDigits(month)
      appendTwoDigits(day)
      return n
    }
    return Match(date: date, end: end)
  }

  /// Horizontal white space (at most a few scalars).
  static func skipSpaces(_ scalars: [UInt32], _ i: Int, _ end: Int) -> Int {
    var k = i
    while k < end && k - i < 4 && Scalars.isSpace(scalars[k]) && !Scalars.isLineBreak(scalars[k]) { k += 1 }
    return k
  }

  /// Skips the word `de` (any case) and the spaces after it, if there are any.
  private static func skipDe(_ scalars: [UInt32], _ i: Int, _ end: Int) -> Int {
    guard i + 2 <= end, Scalars.fold(scalars[i]) == UInt32(ascii: "d"),
      Scalars.fold(scalars[i + 1]) == UInt32(ascii: "e"),
      i + 2 == end || !Scalars.isLetter(scalars[i + 2])
    else { return i }
    let after = skipSpaces(scalars, i + 2, end)
    return after > i + 2 ? after : i
  }

  private static func skipOrdinalSuffix(_ scalars: [UInt32], _ i: Int, _ end: Int) -> Int {
    guard i + 1 < end else { return i }
    let a = scalars[i] | 0x20
    let b = scalars[i + 1] | 0x20
    let suffix =
      (a == UInt32(ascii: "s") && b == UInt32(ascii: "t"))
      || (a == UInt32(ascii: "n") && b == UInt32(ascii: "d"))
      || (a == UInt32(ascii: "r") && b == UInt32(ascii: "d"))
      || (a == UInt32(ascii: "t") && b == UInt32(ascii: "h"))
    guard suffix else { return i }
    if i + 2 < end && Scalars.isLetter(scalars[i + 2]) { return i }
    return i + 2
  }

  private static func number(
    _ scalars: [UInt32], at i: Int, end: Int, maxDigits: Int
  ) -> (value: Int, end: Int)? {
    var k = i
    var value = 0
    while k < end && Scalars.isDigit(scalars[k]) {
      if k - i == maxDigits { return nil }
      value = value * 10 + Int(scalars[k] - 0x30)
      k += 1
    }
    return k > i ? (value, k) : nil
  }

  private static func year(_ scalars: [UInt32], at i: Int, end: Int) -> (value: Int, end: Int)? {
    guard i + 4 <= end else { return nil }
    var value = 0
    for k in i..<(i + 4) {
      guard Scalars.isDigit(scalars[k]) else { return nil }
      value = value * 10 + Int(scalars[k] - 0x30)
    }
    if i + 4 < end && Scalars.isDigit(scalars[i + 4]) { return nil }
    return (value, i + 4)
  }

  /// A run of letters (at most 14) at `start..<end`, with the hash of its
  /// lower-cased scalars, read without building a string (see `WordTable`).
  struct Word {
    var start: Int
    var end: Int
    var hash: UInt64
    /// Whether every scalar is one whose string comparison is plain scalar
    /// comparison (see `WordTable.value(of:in:)`).
    var isPlain: Bool
  }

  /// The run of letters (at most 14) starting at `i`.
  private static func word(_ scalars: [UInt32], at i: Int, end: Int) -> Word? {
    var k = i
    var hash = WordTable.emptyHash
    var isPlain = true
    while k < end && k - i <= 14 {
      let c = scalars[k]
      guard Scalars.isLetter(c) else { break }
      hash = WordTable.hash(hash, Scalars.fold(c))
      if !WordTable.isPlain(c) { isPlain = false }
      k += 1
    }
    guard k > i, k - i <= 14 else { return nil }
    return Word(start: i, end: k, hash: hash, isPlain: isPlain)
  }

  /// Lower-case words and their values, looked up by the hash of a word's
  /// lower-cased scalars and checked scalar by scalar.
  struct WordTable {
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ c: UInt32) -> UInt64 { (hash ^ UInt64(c)) &* 0x100_0000_01b3 }

    /// Scalars that no other sequence of scalars equals as a string (canonical
    /// equivalence): those below the combining marks (U+0300) and Cyrillic letters.
    /// A word of them equals a name exactly when their scalars are the same.
    @inline(__always)
    static func isPlain(_ c: UInt32) -> Bool {
      c < 0x300 || (c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x4FF)
    }

    /// Open addressing by word hash: `1 +` the word's number, 0 for an empty
    /// slot. (A `Dictionary` of the words cost a `Hasher` round a look-up, and
    /// a post signature looks up two words or more.)
    private var slots: [Int]
    private let mask: Int
    /// Each word's hash, value, and scalars: `scalars[starts[n]..<starts[n + 1]]`.
    private var hashes: [UInt64] = []
    private var values: [Int] = []
    private var scalars: [UInt32] = []
    private var starts: [Int] = [0]
    /// The words as strings, for words that are not plain (`isPlain`).
    private let groups: [[String]]

    /// Each word of `groups[i]` has the value `i + 1`.
    init(_ groups: [[String]]) {
      self.groups = groups
      let count = groups.reduce(0) { $0 + $1.count }
      var size = 8
      while size < count * 2 { size *= 2 }
      slots = [Int](repeating: 0, count: size)
      mask = size - 1
      for (index, list) in groups.enumerated() {
        for name in list {
          var hash = Self.emptyHash
          for scalar in name.unicodeScalars {
            assert(Self.isPlain(scalar.value))
            hash = Self.hash(hash, scalar.value)
            scalars.append(scalar.value)
          }
          var slot = Int(truncatingIfNeeded: hash) & mask
          while slots[slot] != 0 {
            assert(hashes[slots[slot] - 1] != hash)
            slot = (slot + 1) & mask
          }
          slots[slot] = hashes.count + 1
          hashes.append(hash)
          values.append(index + 1)
          starts.append(scalars.count)
        }
      }
    }

    /// The value of `word` (read from `source`), folded as `Scalars.fold`.
    func value(of word: Word, in source: [UInt32]) -> Int? {
      guard word.isPlain else {
        // Combining marks and the like: compared as strings, as Swift does.
        var text = String.UnicodeScalarView()
        for index in word.start..<word.end {
          guard let scalar = Unicode.Scalar(Scalars.fold(source[index])) else { return nil }
          text.append(scalar)
        }
        let string = String(text)
        for (index, list) in groups.enumerated() where list.contains(string) { return index + 1 }
        return nil
      }
      var slot = Int(truncatingIfNeeded: word.hash) & mask
      while slots[slot] != 0 {
        let n = slots[slot] - 1
        if hashes[n] == word.hash {
          // Word hashes are distinct (the initialiser checks): this is the only candidate.
          guard starts[n + 1] - starts[n] == word.end - word.start else { return nil }
          for (offset, k) in (starts[n]..<starts[n + 1]).enumerated()
          where Scalars.fold(source[word.start + offset]) != scalars[k] {
            return nil
          }
          return values[n]
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  private static let weekdays = WordTable([
    [
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
  ])

  private static let months: WordTable = {
    let names: [[String]] = [
      [
        "january", "jan", "января", "январь", "janvier", "janv", "januar", "jänner", "gennaio", "gen",
        "stycznia", "styczeń", "enero", "ene",
      ],
      [
        "february", "feb", "февраля", "февраль", "février", "févr", "fevrier", "februar", "febbraio",
        "lutego", "luty", "febrero",
      ],
      ["march", "mar", "марта", "март", "mars", "märz", "marzo", "marca", "marzec"],
      ["april", "apr", "апреля", "апрель", "avril", "avr", "aprile", "kwietnia", "kwiecień", "abril", "abr"],
      ["may", "мая", "май", "mai", "maggio", "maja", "maj", "mayo"],
      ["june", "jun", "июня", "июнь", "juin", "juni", "giugno", "giu", "czerwca", "czerwiec", "junio"],
      [
        "july", "jul", "июля", "июль", "juillet", "juil", "juli", "luglio", "lug", "lipca", "lipiec", "julio",
      ],
      ["august", "aug", "августа", "август", "août", "aout", "agosto", "ago", "sierpnia", "sierpień"],
      [
        "september", "sep", "sept", "сентября", "сентябрь", "septembre", "settembre", "set", "września",
        "wrzesień", "septiembre",
      ],
      [
        "october", "oct", "октября", "октябрь", "octobre", "oktober", "okt", "ottobre", "ott", "października",
        "październik", "octubre",
      ],
      ["november", "nov", "ноября", "ноябрь", "novembre", "listopada", "listopad", "noviembre"],
      [
        "december", "dec", "декабря", "декабрь", "décembre", "déc", "decembre", "dezember", "dez", "dicembre",
        "dic", "grudnia", "grudzień", "diciembre",
      ],
    ]
    return WordTable(names)
  }()
}
