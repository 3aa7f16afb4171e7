/// What a post says: its words, links, hashtags and mentions, read from the
/// post's display text (entities already decoded).
///
/// Links are `http://` and `https://` URLs, `pic.twitter.com/...`, `www.`
/// addresses and bare `t.co/`, `youtu.be/`, `youtube.com/`, `t.me/`,
/// `instagram.com/`, `facebook.com/`, `bit.ly/` addresses. A link may be
/// glued to what precedes it (`#Brexitpic.twitter.com/...`) and to the next
/// link (`https://t.co/Abc123pic.twitter.com/...`): a new link starts
/// wherever `pic.twitter.com/` or `http(s)://` follows a letter or digit.
/// A link ends at white space, at a non-ASCII scalar (`pic.twitter.com/X—`)
/// or at a quotation mark, and loses trailing punctuation.
///
/// Hashtags are `#` followed by letters, digits and `_` of any script
/// (`#КНДР`), with at least one letter, not preceded by a letter, digit or
/// `&`. Mentions are `@` followed by ASCII letters, digits and `_`, not
/// preceded by a letter or digit (so e-mail addresses are not mentions).
struct PostContent: Equatable {
  var text: String
  var links: [String]
  var hashtags: [String]
  var mentions: [String]
  /// The links' scalar ranges in the post's display text.
  var linkRanges: [Range<Int>] = []

  init(text: String = "", links: [String] = [], hashtags: [String] = [], mentions: [String] = []) {
    self.text = text
    self.links = links
    self.hashtags = hashtags
    self.mentions = mentions
  }

  /// Reads the parts of a post's display text.
  init(reading display: Substring) {
    let s = UTF8Codec.values(display)
    self.init(s, 0..<s.count)
  }

  /// Reads the parts of a post whose display text is `s[range]` verbatim.
  init(_ s: [UInt32], _ range: Range<Int>) {
    let linkSpans = PostContent.links(in: s, range)
    links = linkSpans.map { UTF8Codec.string(s, $0) }
    linkRanges = linkSpans.map { ($0.lowerBound - range.lowerBound)..<($0.upperBound - range.lowerBound) }
    // The words: everything outside links, folded.
    // Sized at once: grown from empty, the first append took the array's slow path.
    var outside: [Range<Int>] = []
    outside.reserveCapacity(linkSpans.count + 1)
    var cursor = range.lowerBound
    for span in linkSpans {
      outside.append(cursor..<span.lowerBound)
      cursor = span.upperBound
    }
    outside.append(cursor..<range.upperBound)
    text = Scalars.foldedString(s, outside)
    (hashtags, mentions) = PostContent.tags(in: s, outside)
  }

  // MARK: Links

  /// Link spans in `s`, in order.
  static func links(in s: [UInt32], _ range: Range<Int>? = nil) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let bounds = range ?? 0..<s.count
    var i = bounds.lowerBound
    // The next `.` or `/` at or after `i` (-1: not looked for yet). Every link
    // opening has one among its first ten scalars (`instagram.com/` the
    // latest), so no link starts more than nine scalars before it: the
    // positions in between are skipped, and the search ends where none is left.
    var mark = -1
    while i < bounds.upperBound {
      if mark < i {
        mark = Scalars.firstIndex(s, from: i, end: bounds.upperBound, where: 1, equals: 0x2F)
        if mark == bounds.upperBound { break }
        if mark - i > 9 { i = mark - 9 }
      }
      let c = s[i]
      if c >= 0x40 && c < 0x80 && (firstLetters >> UInt64(c - 0x40)) & 1 != 0,
        c | 0x20 == 0x68 || c | 0x20 == 0x70 || i == bounds.lowerBound
          || !Scalars.isASCIIAlphanumeric(s[i - 1]),
        let length = linkStart(s, at: i, end: bounds.upperBound)
      {
        let end = linkEnd(s, from: i + length, end: bounds.upperBound)
        if end > i + length {
          result.append(i..<end)
          i = end
          continue
        }
      }
      i += 1
    }
    return result
  }

  /// The letters a link can start with (bit `c - 0x40` for scalar `c`): b f h i m p t w y, either case.
  private static let firstLetters: UInt64 = 0x291_2344_0291_2344

  /// The length of a link's fixed opening at `i` (`https://`, `pic.twitter.com/`...).
  static func linkStart(_ s: [UInt32], at i: Int, end: Int) -> Int? {
    guard i + 4 < end else { return nil }
    let c = s[i] | 0x20
    let next = s[i + 1] | 0x20
    // Openings that may be glued to what precedes them.
    if c == 0x68 && next == 0x74 {  // ht
      if Scalars.matches(s, at: i, end: end, "https://", ignoringCase: true) { return 8 }
      if Scalars.matches(s, at: i, end: end, "http://", ignoringCase: true) { return 7 }
      return nil
    }
    if c == 0x70 && next == 0x69 {  // pi
      return Scalars.matches(s, at: i, end: end, "pic.twitter.com/", ignoringCase: true) ? 16 : nil
    }
    if i > 0 && (Scalars.isASCIIAlphanumeric(s[i - 1]) || s[i - 1] == 0x2E || s[i - 1] == 0x2F) { return nil }
    // The second character of every opening below, tested before any is matched
    // (most words starting with one of these letters are no link).
    switch c {
    case 0x77: guard next == 0x77 else { return nil }  // ww
    case 0x74: guard next == 0x2E || next == 0x77 else { return nil }  // t. tw
    case 0x79: guard next == 0x6F else { return nil }  // yo
    case 0x6D: guard next == 0x2E || next == 0x6F else { return nil }  // m. mo
    case 0x69: guard next == 0x6E else { return nil }  // in
    case 0x66: guard next == 0x61 || next == 0x62 else { return nil }  // fa fb
    case 0x62: guard next == 0x69 else { return nil }  // bi
    default: return nil
    }
    func opening(_ word: StaticString) -> Int? {
      Scalars.matches(s, at: i, end: end, word, ignoringCase: true) ? word.utf8CodeUnitCount : nil
    }
    switch c {
    case 0x77: return opening("www.")
    case 0x74: return opening("t.co/") ?? opening("t.me/") ?? opening("twitter.com/")
    case 0x79: return opening("youtu.be/") ?? opening("youtube.com/")
    case 0x6D: return opening("m.youtube.com/") ?? opening("mobile.twitter.com/")
    case 0x69: return opening("instagram.com/")
    case 0x66: return opening("facebook.com/") ?? opening("fb.me/")
    case 0x62: return opening("bit.ly/")
    default: return nil
    }
  }

  /// Where a link whose body starts at `k` ends.
  static func linkEnd(_ s: [UInt32], from k: Int, end: Int) -> Int {
    var j = k
    while j < end {
      let c = s[j]
      if c <= 0x20 || c >= 0x7F || c == 0x22 || c == 0x3C || c == 0x3E || c == 0x60 || c == 0x7B || c == 0x7D
        || c == 0x7C || c == 0x5C || c == 0x5E
      {
        break
      }
      // A second link glued on.
      if j > k && Scalars.isASCIIAlphanumeric(s[j - 1]) && (c == 0x70 || c == 0x68),
        Scalars.matches(s, at: j, end: end, "pic.twitter.com/")
          || Scalars.matches(s, at: j, end: end, "https://")
          || Scalars.matches(s, at: j, end: end, "http://")
      {
        break
      }
      j += 1
    }
    // Trailing punctuation belongs to the sentence.
    while j > k {
      let last = s[j - 1]
      if last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F
        || last == 0x27
      {
        j -= 1
      } else if last == 0x29 && !s[k..<j].contains(0x28) {
        j -= 1
      } else {
        break
      }
    }
    return j
  }

  static let picTwitter: StaticString = "pic.twitter.com/"

  // MARK: Hashtags and mentions

  /// `#tag` and `@name` words in the `parts` of `s` (the text between
  /// links), without the sign, read in one pass.
  ///
  /// A tag's letters are never a sign, so skipping over a tag passes over no
  /// other tag's sign: one pass finds what a pass for each sign would.
  static func tags(in s: [UInt32], _ parts: [Range<Int>]) -> (hashtags: [String], mentions: [String]) {
    var hashtags: [String] = []
    var mentions: [String] = []
    for part in parts {
      var i = part.lowerBound
      while i < part.upperBound {
        // The next sign, passed over to eight scalars at a time (`@` given twice: two signs).
        i = Scalars.firstIndex(s, from: i, end: part.upperBound, of: 0x23, 0x40, 0x40)
        guard i < part.upperBound else { break }
        let sign = s[i]
        if i > part.lowerBound {
          let before = s[i - 1]
          if before == 0x26 || before == sign || Scalars.isWordCharacter(before) {
            i += 1
            continue
          }
        }
        var k = i + 1
        var hasLetter = false
        while k < part.upperBound {
          let c = s[k]
          if sign == 0x40 {
            guard Scalars.isASCIIAlphanumeric(c) || c == 0x5F, k - i <= 50 else { break }
          } else {
            guard Scalars.isWordCharacter(c) || c == 0x200C || c == 0x200D else { break }
          }
          if !hasLetter && Scalars.isLetter(c) { hasLetter = true }
          k += 1
        }
        if k > i + 1 && (hasLetter || sign == 0x40) {
          if sign == 0x40 {
            mentions.append(UTF8Codec.string(s, (i + 1)..<k))
          } else {
            hashtags.append(UTF8Codec.string(s, (i + 1)..<k))
          }
        }
        i = max(k, i + 1)
      }
    }
    return (hashtags, mentions)
  }
}
