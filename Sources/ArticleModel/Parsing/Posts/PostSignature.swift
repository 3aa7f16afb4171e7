/// The signature that closes an embedded post once it is flattened to text:
/// who posted, on which platform, and when.
///
/// Shapes recognised (see `twitter`, `instagram`, `facebook`):
///
///     Text #tag pic.twitter.com/AbCd — Jane Roe (@janeroe) March 3, 2019
///     Text pic.twitter.com/AbCd  Jane Roe (@janeroe) December 31, 2017The next sentence
///     caption #tagsA post shared by Jane Roe (@janeroe) on Nov 25, 2017 at 12:51pm PST
///     post text Posted by Page Name on Monday, October 16, 2017
///
/// A dash alone never makes a signature: a Twitter signature needs
/// `(@handle)` followed by a date, the others their fixed phrases.
struct PostSignature: Equatable {
  var platform: SocialPost.Platform
  var author: String
  var handle: String
  var date: String?
  /// Local index where the signature begins: its dash, the author's name, or the fixed phrase.
  var start: Int
  /// Local index one past its last scalar.
  var end: Int

  /// Every signature in `scalars[range]`, in order, not overlapping.
  static func find(in scalars: [UInt32], _ range: Range<Int>) -> [PostSignature] {
    var result: [PostSignature] = []
    var floor = range.lowerBound
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      // Only `(`, `A` and `P` can begin a signature's test: passed over eight at a time.
      i = Scalars.firstIndex(
        scalars, from: i, end: end, of: UInt32(ascii: "("), UInt32(ascii: "A"), UInt32(ascii: "P"))
      guard i < end else { break }
      let c = scalars[i]
      var found: PostSignature? = nil
      if c == UInt32(ascii: "(") {
        if i + 1 < end && scalars[i + 1] == UInt32(ascii: "@") {
          found = twitter(scalars, parenAt: i, floor: floor, end: end)
        }
      } else if c == UInt32(ascii: "A") {
        if i + 2 < end && scalars[i + 1] == 0x20
          && (scalars[i + 2] == UInt32(ascii: "p") || scalars[i + 2] == UInt32(ascii: "v"))
        {
          found = instagram(scalars, at: i, end: end)
        }
      } else if c == UInt32(ascii: "P") {
        if i + 1 < end && scalars[i + 1] == UInt32(ascii: "o") { found = facebook(scalars, at: i, end: end) }
      }
      if let signature = found {
        result.append(signature)
        floor = signature.end
        i = signature.end
      } else {
        i += 1
      }
    }
    return result
  }

  // MARK: Twitter

  /// `— Name (@handle) Month D, YYYY` with the `(` of `(@` at `i`.
  ///
  /// The name runs back from `(@` to the nearest dash (`—`, `–`, or a
  /// free-standing `-`), which may be glued to a link before it. Without a
  /// dash the name starts after the last link or sentence end before it, and
  /// keeps only the capitalised (or emoji) words next to the handle.
  static func twitter(_ scalars: [UInt32], parenAt i: Int, floor: Int, end: Int) -> PostSignature? {
    var k = i + 2
    while k < end && k - i - 2 <= 50
      && (Scalars.isASCIIAlphanumeric(scalars[k]) || scalars[k] == UInt32(ascii: "_"))
    {
      k += 1
    }
    guard k > i + 2, k < end, scalars[k] == UInt32(ascii: ")") else { return nil }
    let handle = UTF8Codec.string(scalars, (i + 2)..<k)
    let dateStart = PostDate.skipSpaces(scalars, k + 1, end)
    guard let date = PostDate.parse(scalars, at: dateStart, end: end) else { return nil }
    let name = twitterName(scalars, before: i, floor: floor)
    return PostSignature(
      platform: .twitter, author: name.author, handle: handle, date: date.date, start: name.start,
      end: date.end)
  }

  /// The author's name before `(@` at `i`, and where the signature starts.
  static func twitterName(_ scalars: [UInt32], before i: Int, floor: Int) -> (author: String, start: Int) {
    let limit = max(floor, i - 90)
    var tokenEnd = i
    while tokenEnd > limit && Scalars.isSpace(scalars[tokenEnd - 1]) {
      if Scalars.isLineBreak(scalars[tokenEnd - 1]) { return ("", i) }
      tokenEnd -= 1
    }
    // Without a dash, the name is the name-like words nearest the handle (at
    // most five, up to the first that is not): counted as the words are met,
    // with no list of them to allocate.
    var nameStart = i
    var kept = 0
    var keeping = true
    var dash = -1
    scan: while tokenEnd > limit {
      var tokenStart = tokenEnd
      while tokenStart > limit && !Scalars.isSpace(scalars[tokenStart - 1]) { tokenStart -= 1 }
      if tokenStart == limit && limit > floor && !Scalars.isSpace(scalars[tokenStart - 1]) { break }
      let token = tokenStart..<tokenEnd
      if let d = lastDash(scalars, token) {
        dash = d
        break scan
      }
      if isLink(scalars, token) || endsSentence(scalars, token) || scalars[tokenStart] == UInt32(ascii: "#")
        || scalars[tokenStart] == UInt32(ascii: "@")
      {
        break scan
      }
      if keeping && kept < 5 && isNameLike(scalars, token) {
        kept += 1
        nameStart = tokenStart
      } else {
        keeping = false
      }
      var previous = tokenStart
      while previous > limit && Scalars.isSpace(scalars[previous - 1]) {
        if Scalars.isLineBreak(scalars[previous - 1]) { break scan }
        previous -= 1
      }
      tokenEnd = previous
    }
    if dash >= 0 {
      var from = dash + 1
      if scalars[dash] == UInt32(ascii: "&"), let entity = HTMLEntities.decode(scalars, at: dash, end: i) {
        from = dash + entity.length
      }
      while from < i && (Scalars.isDash(scalars[from]) || scalars[from] == UInt32(ascii: "-")) { from += 1 }
      let author = DisplayText.string(scalars, from..<i)
      return (author, dash)
    }
    if kept == 0 { return ("", i) }
    return (DisplayText.string(scalars, nameStart..<i), nameStart)
  }

  /// The position of a signature dash in a token: a token that is only
  /// dashes or hyphens (`—`, `-`, `--`), or that begins or ends with a dash.
  private static func lastDash(_ scalars: [UInt32], _ token: Range<Int>) -> Int? {
    // `&mdash;` and friends, left undecoded by the scraper.
    if scalars[token.lowerBound] == UInt32(ascii: "&"),
      let entity = HTMLEntities.decode(scalars, at: token.lowerBound, end: token.upperBound),
      entity.length == token.count, Scalars.isDash(entity.value)
    {
      return token.lowerBound
    }
    if token.allSatisfy({ Scalars.isDash(scalars[$0]) || scalars[$0] == UInt32(ascii: "-") }) {
      return token.lowerBound
    }
    if Scalars.isDash(scalars[token.upperBound - 1]) { return token.upperBound - 1 }
    if Scalars.isDash(scalars[token.lowerBound]) { return token.lowerBound }
    return nil
  }

  /// Whether a token is (or ends with) a link.
  static func isLink(_ scalars: [UInt32], _ token: Range<Int>) -> Bool {
    var k = token.lowerBound
    while k < token.upperBound {
      if scalars[k] == UInt32(ascii: "/") && k + 1 < token.upperBound && scalars[k + 1] == UInt32(ascii: "/")
      {
        return true
      }  // "//"
      if scalars[k] == UInt32(ascii: "."), k + 4 < token.upperBound,
        Scalars.matches(scalars, at: k, end: token.upperBound, ".com/")
      {
        return true
      }
      if scalars[k] == UInt32(ascii: "t") && Scalars.matches(scalars, at: k, end: token.upperBound, "t.co/") {
        return true
      }
      k += 1
    }
    return false
  }

  private static func endsSentence(_ scalars: [UInt32], _ token: Range<Int>) -> Bool {
    let last = scalars[token.upperBound - 1]
    switch last {
    case 0x21, 0x3F, 0x3A, 0x2026, 0x3B: return true
    case UInt32(ascii: "."):
      // "J." is an initial, not a sentence end.
      return token.count > 2
    default: return false
    }
  }

  /// A word that can be part of a display name: capitalised, or not a word at all (emoji, flags).
  private static func isNameLike(_ scalars: [UInt32], _ token: Range<Int>) -> Bool {
    let first = scalars[token.lowerBound]
    if Scalars.isUppercase(first) || Scalars.isDigit(first) { return true }
    if Scalars.isLetter(first) {
      guard let key = Scalars.asciiKey(scalars, from: token.lowerBound, to: token.upperBound) else {
        return false
      }
      return nameParticles.contains(key)
    }
    return first > 0x7F || first == UInt32(ascii: "\"") || first == UInt32(ascii: "'")
  }

  private static let nameParticles: Set<UInt64> = Set(
    ["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn", "dos", "del"]
      .map(Scalars.asciiKey))

  // MARK: Instagram

  /// `A post shared by Name (@handle) on Nov 25, 2017 at 12:51pm PST` at `i`,
  /// or any shorter form down to the bare `A post shared by Name (@handle) on`.
  static func instagram(_ scalars: [UInt32], at i: Int, end: Int) -> PostSignature? {
    var phraseEnd = -1
    if Scalars.matches(scalars, at: i, end: end, "A post shared by") {
      phraseEnd = i + 16
    } else if Scalars.matches(scalars, at: i, end: end, "A photo posted by")
      || Scalars.matches(scalars, at: i, end: end, "A video posted by")
      || Scalars.matches(scalars, at: i, end: end, "A photo shared by")
      || Scalars.matches(scalars, at: i, end: end, "A video shared by")
    {
      phraseEnd = i + 17
    }
    guard phraseEnd > i else { return nil }
    let afterPhrase = PostDate.skipSpaces(scalars, phraseEnd, end)
    guard afterPhrase > phraseEnd else { return nil }
    var author = ""
    var handle = ""
    var k = afterPhrase
    let window = min(end, afterPhrase + 90)
    var at = afterPhrase
    while at < window && scalars[at] != UInt32(ascii: "@") && !Scalars.isLineBreak(scalars[at]) { at += 1 }
    if at < window && scalars[at] == UInt32(ascii: "@")
      && (at == afterPhrase || scalars[at - 1] == UInt32(ascii: "("))
    {
      // Instagram handles may hold full stops (`@lucia.ferraris`), but not end with one.
      var handleEnd = at + 1
      while handleEnd < end && handleEnd - at <= 50
        && (Scalars.isASCIIAlphanumeric(scalars[handleEnd]) || scalars[handleEnd] == UInt32(ascii: "_")
          || scalars[handleEnd] == UInt32(ascii: "."))
      {
        handleEnd += 1
      }
      while handleEnd > at + 1 && scalars[handleEnd - 1] == UInt32(ascii: ".") { handleEnd -= 1 }
      guard handleEnd > at + 1 else { return nil }
      handle = UTF8Codec.string(scalars, (at + 1)..<handleEnd)
      if at > afterPhrase {
        author = DisplayText.string(scalars, afterPhrase..<(at - 1))
        guard handleEnd < end && scalars[handleEnd] == UInt32(ascii: ")") else { return nil }
        k = handleEnd + 1
      } else {
        k = handleEnd
      }
    } else {
      // Name without a handle: it must be followed by "on <date>".
      guard let on = findOnDate(scalars, from: afterPhrase, end: end, limit: 90) else { return nil }
      author = DisplayText.string(scalars, afterPhrase..<on)
      k = on
    }
    var signatureEnd = k
    var date: String? = nil
    let beforeOn = PostDate.skipSpaces(scalars, k, end)
    if beforeOn < end, Scalars.matches(scalars, at: beforeOn, end: end, "on"),
      beforeOn + 2 == end || !Scalars.isLetter(scalars[beforeOn + 2])
    {
      signatureEnd = beforeOn + 2
      let dateStart = PostDate.skipSpaces(scalars, signatureEnd, end)
      if let found = PostDate.parse(scalars, at: dateStart, end: end) {
        date = found.date
        signatureEnd = time(scalars, after: found.end, end: end)
      }
    }
    return PostSignature(
      platform: .instagram, author: author, handle: handle, date: date, start: i, end: signatureEnd)
  }

  /// The position of ` on ` followed by a date, within `limit` scalars of `from`.
  private static func findOnDate(_ scalars: [UInt32], from: Int, end: Int, limit: Int) -> Int? {
    var j = from
    let stop = min(end, from + limit)
    while j < stop {
      if Scalars.isLineBreak(scalars[j]) { return nil }
      if Scalars.isSpace(scalars[j]), Scalars.matches(scalars, at: j + 1, end: end, "on"), j + 3 < end,
        Scalars.isSpace(scalars[j + 3])
      {
        if PostDate.parse(scalars, at: PostDate.skipSpaces(scalars, j + 3, end), end: end) != nil { return j }
      }
      j += 1
    }
    return nil
  }

  /// Skips ` at 12:51pm PST` after an Instagram date; returns the new end.
  private static func time(_ scalars: [UInt32], after dateEnd: Int, end: Int) -> Int {
    var k = PostDate.skipSpaces(scalars, dateEnd, end)
    guard Scalars.matches(scalars, at: k, end: end, "at") else { return dateEnd }
    k = PostDate.skipSpaces(scalars, k + 2, end)
    let hourStart = k
    while k < end && k - hourStart < 2 && Scalars.isDigit(scalars[k]) { k += 1 }
    guard k > hourStart, k + 2 < end, scalars[k] == UInt32(ascii: ":"), Scalars.isDigit(scalars[k + 1]),
      Scalars.isDigit(scalars[k + 2])
    else {
      return dateEnd
    }
    k += 3
    var timeEnd = k
    let meridiem = PostDate.skipSpaces(scalars, k, end)
    if meridiem + 1 < end,
      (scalars[meridiem] | 0x20) == UInt32(ascii: "a") || (scalars[meridiem] | 0x20) == UInt32(ascii: "p"),
      (scalars[meridiem + 1] | 0x20) == UInt32(ascii: "m")
    {
      timeEnd = meridiem + 2
    }
    let zoneStart = PostDate.skipSpaces(scalars, timeEnd, end)
    if zoneStart > timeEnd || zoneStart == timeEnd {
      for zone in timeZones where Scalars.matches(scalars, at: zoneStart, end: end, zone) {
        return zoneStart + zone.count
      }
    }
    return timeEnd
  }

  /// Longer names first, so `CEST` wins over `CET`.
  private static let timeZones: [[UInt8]] = [
    "AKST", "AKDT", "AEST", "AEDT", "CEST", "EEST", "PST", "PDT", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "UTC", "GMT", "BST", "CET", "EET", "MSK", "HST", "IST", "JST",
  ].map { Array($0.utf8) }

  // MARK: Facebook

  /// `Posted by Page Name on Monday, October 16, 2017` at `i`.
  static func facebook(_ scalars: [UInt32], at i: Int, end: Int) -> PostSignature? {
    guard Scalars.matches(scalars, at: i, end: end, "Posted by") else { return nil }
    let nameStart = PostDate.skipSpaces(scalars, i + 9, end)
    guard nameStart > i + 9, let on = findOnDate(scalars, from: nameStart, end: end, limit: 120) else {
      return nil
    }
    let author = DisplayText.string(scalars, nameStart..<on)
    guard !author.isEmpty else { return nil }
    let dateStart = PostDate.skipSpaces(scalars, on + 3, end)
    guard let date = PostDate.parse(scalars, at: dateStart, end: end) else { return nil }
    return PostSignature(
      platform: .facebook, author: author, handle: "", date: date.date, start: i, end: date.end)
  }
}
