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

  static func parse(_ s: [UInt32], at start: Int, end: Int) -> Match? {
    var i = start
    var first = word(s, at: i, end: end)
    // Optional weekday and comma.
    if let weekday = first, weekdays.contains(weekday.text) {
      var k = weekday.end
      if k < end && s[k] == 0x2C { k += 1 }
      k = skipSpaces(s, k, end)
      i = k
      first = word(s, at: i, end: end)
    }
    if let word = first, let month = months[word.text] {
      // Month first.
      var k = word.end
      if k < end && s[k] == 0x2E { k += 1 }
      let afterMonth = skipSpaces(s, k, end)
      guard afterMonth > k, let day = number(s, at: afterMonth, end: end, maxDigits: 2) else { return nil }
      k = skipOrdinalSuffix(s, day.end, end)
      if k < end && s[k] == 0x2C { k += 1 }
      let afterDay = skipSpaces(s, k, end)
      guard afterDay > day.end, let year = year(s, at: afterDay, end: end) else { return nil }
      return make(year: year.value, month: month, day: day.value, end: year.end)
    }
    // Day first.
    guard let day = number(s, at: i, end: end, maxDigits: 2) else { return nil }
    var k = skipOrdinalSuffix(s, day.end, end)
    if k < end && s[k] == 0x2E { k += 1 }
    k = skipSpaces(s, k, end)
    k = skipWord(s, k, end, "de")
    guard let monthWord = word(s, at: k, end: end), let month = months[monthWord.text] else { return nil }
    k = monthWord.end
    if k < end && (s[k] == 0x2E || s[k] == 0x2C) { k += 1 }
    let afterMonth = skipSpaces(s, k, end)
    guard afterMonth > k else { return nil }
    k = skipWord(s, afterMonth, end, "de")
    guard let year = year(s, at: k, end: end) else { return nil }
    var dateEnd = year.end
    // Russian "г." after the year.
    let afterYear = skipSpaces(s, dateEnd, end)
    if afterYear < end && s[afterYear] == 0x433 && afterYear - dateEnd <= 1 {
      if afterYear + 1 < end && s[afterYear + 1] == 0x2E {
        dateEnd = afterYear + 2
      } else if afterYear + 1 == end || !Scalars.isLetter(s[afterYear + 1]) {
        dateEnd = afterYear + 1
      }
    }
    return make(year: year.value, month: month, day: day.value, end: dateEnd)
  }

  private static func make(year: Int, month: Int, day: Int, end: Int) -> Match? {
    guard (1...31).contains(day), (1...12).contains(month) else { return nil }
    // `String(year)-MM-DD`, written as bytes (the year has at most four digits).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(16)
    bytes.append(contentsOf: String(year).utf8)
    func appendTwoDigits(_ part: Int) {
      bytes.append(0x2D)
      bytes.append(UInt8(0x30 + part / 10))
      bytes.append(UInt8(0x30 + part % 10))
    }
    appendTwoDigits(month)
    appendTwoDigits(day)
    return Match(date: String(decoding: bytes, as: UTF8.self), end: end)
  }

  /// Horizontal white space (at most a few scalars).
  static func skipSpaces(_ s: [UInt32], _ i: Int, _ end: Int) -> Int {
    var k = i
    while k < end && k - i < 4 && Scalars.isSpace(s[k]) && !Scalars.isLineBreak(s[k]) { k += 1 }
    return k
  }

  private static func skipWord(_ s: [UInt32], _ i: Int, _ end: Int, _ text: String) -> Int {
    guard let found = word(s, at: i, end: end), found.text == text else { return i }
    let after = skipSpaces(s, found.end, end)
    return after > found.end ? after : i
  }

  private static func skipOrdinalSuffix(_ s: [UInt32], _ i: Int, _ end: Int) -> Int {
    guard i + 1 < end else { return i }
    let a = s[i] | 0x20
    let b = s[i + 1] | 0x20
    let suffix =
      (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64)
      || (a == 0x74 && b == 0x68)
    guard suffix else { return i }
    if i + 2 < end && Scalars.isLetter(s[i + 2]) { return i }
    return i + 2
  }

  private static func number(_ s: [UInt32], at i: Int, end: Int, maxDigits: Int) -> (value: Int, end: Int)? {
    var k = i
    var value = 0
    while k < end && Scalars.isDigit(s[k]) {
      if k - i == maxDigits { return nil }
      value = value * 10 + Int(s[k] - 0x30)
      k += 1
    }
    return k > i ? (value, k) : nil
  }

  private static func year(_ s: [UInt32], at i: Int, end: Int) -> (value: Int, end: Int)? {
    guard i + 4 <= end else { return nil }
    var value = 0
    for k in i..<(i + 4) {
      guard Scalars.isDigit(s[k]) else { return nil }
      value = value * 10 + Int(s[k] - 0x30)
    }
    if i + 4 < end && Scalars.isDigit(s[i + 4]) { return nil }
    return (value, i + 4)
  }

  /// A run of letters (at most 14) starting at `i`, lower-cased.
  private static func word(_ s: [UInt32], at i: Int, end: Int) -> (text: String, end: Int)? {
    var k = i
    while k < end && k - i <= 14 && Scalars.isLetter(s[k]) { k += 1 }
    guard k > i, k - i <= 14 else { return nil }
    var text = String.UnicodeScalarView()
    for index in i..<k {
      guard let scalar = Unicode.Scalar(lowercased(s[index])) else { return nil }
      text.append(scalar)
    }
    return (String(text), k)
  }

  /// Simple lower-casing for the scripts month names are written in
  /// (Latin with its European accents, Cyrillic).
  static func lowercased(_ c: UInt32) -> UInt32 {
    switch c {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return c + 0x20
    case 0x410...0x42F: return c + 0x20
    case 0x400...0x40F: return c + 0x50
    case 0x100...0x137, 0x14A...0x177: return c & 1 == 0 ? c + 1 : c
    case 0x139...0x148, 0x179...0x17E: return c & 1 == 1 ? c + 1 : c
    default: return c
    }
  }

  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  private static let months: [String: Int] = {
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
    var result: [String: Int] = [:]
    for (index, list) in names.enumerated() {
      for name in list { result[name] = index + 1 }
    }
    return result
  }()
}
