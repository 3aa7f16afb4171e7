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

  init(text: String = "", links: [String] = [], hashtags: [String] = [], mentions: [String] = []) {
    self.text = text
    self.links = links
    self.hashtags = hashtags
    self.mentions = mentions
  }

  /// Reads the parts of a post's display text.
  init(reading display: String) {
    let s = Scalars.values(display)
    let linkSpans = PostContent.links(in: s)
    links = linkSpans.map { Scalars.string(s, $0) }
    // The words: everything outside links, folded.
    var words: [UInt32] = []
    words.reserveCapacity(s.count)
    var cursor = 0
    for span in linkSpans {
      words.append(contentsOf: s[cursor..<span.lowerBound])
      words.append(0x20)
      cursor = span.upperBound
    }
    words.append(contentsOf: s[cursor..<s.count])
    text = Scalars.foldedString(words, 0..<words.count)
    let w = Scalars.values(text)
    hashtags = PostContent.tags(in: w, sign: 0x23)
    mentions = PostContent.tags(in: w, sign: 0x40)
  }

  // MARK: Links

  /// Link spans in `s`, in order.
  static func links(in s: [UInt32], _ range: Range<Int>? = nil) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let bounds = range ?? 0..<s.count
    var i = bounds.lowerBound
    while i < bounds.upperBound {
      if let length = linkStart(s, at: i, end: bounds.upperBound) {
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

  /// The length of a link's fixed opening at `i` (`https://`, `pic.twitter.com/`...).
  static func linkStart(_ s: [UInt32], at i: Int, end: Int) -> Int? {
    let c = s[i]
    guard c == 0x68 || c == 0x70 || c == 0x77 || c == 0x74 || c == 0x79 || c == 0x69 || c == 0x66 || c == 0x62
      || c == 0x48 || c == 0x6D
    else { return nil }
    let glued = i > 0 && !Scalars.isSpace(s[i - 1]) && !isOpener(s[i - 1])
    for opening in gluableOpenings where Scalars.matches(s, at: i, end: end, opening, ignoringCase: true) {
      return opening.count
    }
    if glued { return nil }
    for opening in boundOpenings where Scalars.matches(s, at: i, end: end, opening, ignoringCase: true) {
      return opening.count
    }
    return nil
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
        Scalars.matches(s, at: j, end: end, picTwitter) || Scalars.matches(s, at: j, end: end, https)
          || Scalars.matches(s, at: j, end: end, http)
      {
        break
      }
      j += 1
    }
    // Trailing punctuation belongs to the sentence.
    while j > k {
      let last = s[j - 1]
      if last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F || last == 0x27 {
        j -= 1
      } else if last == 0x29 && !s[k..<j].contains(0x28) {
        j -= 1
      } else {
        break
      }
    }
    return j
  }

  @inline(__always)
  private static func isOpener(_ c: UInt32) -> Bool {
    c == 0x28 || c == 0x5B || c == 0x22 || c == 0x27 || c == 0x201C || c == 0xAB || c == 0x3C
  }

  static let picTwitter: [UInt8] = Array("pic.twitter.com/".utf8)
  private static let https: [UInt8] = Array("https://".utf8)
  private static let http: [UInt8] = Array("http://".utf8)
  private static let gluableOpenings: [[UInt8]] = ["https://", "http://", "pic.twitter.com/"].map { Array($0.utf8) }
  private static let boundOpenings: [[UInt8]] = [
    "www.", "t.co/", "youtu.be/", "youtube.com/", "m.youtube.com/", "t.me/", "instagram.com/",
    "facebook.com/", "fb.me/", "bit.ly/", "twitter.com/", "mobile.twitter.com/",
  ].map { Array($0.utf8) }

  // MARK: Hashtags and mentions

  /// `#tag` (sign `#`) or `@name` (sign `@`) words in `s`, without the sign.
  static func tags(in s: [UInt32], sign: UInt32) -> [String] {
    var result: [String] = []
    var i = 0
    while i < s.count {
      guard s[i] == sign else {
        i += 1
        continue
      }
      if i > 0 {
        let before = s[i - 1]
        if Scalars.isWordCharacter(before) || before == 0x26 || before == sign {
          i += 1
          continue
        }
      }
      var k = i + 1
      var hasLetter = false
      while k < s.count {
        let c = s[k]
        if sign == 0x40 {
          guard Scalars.isASCIIAlphanumeric(c) || c == 0x5F, k - i <= 50 else { break }
        } else {
          guard Scalars.isWordCharacter(c) || c == 0x200C || c == 0x200D else { break }
        }
        if Scalars.isLetter(c) { hasLetter = true }
        k += 1
      }
      if k > i + 1 && (hasLetter || sign == 0x40) {
        result.append(Scalars.string(s, (i + 1)..<k))
      }
      i = max(k, i + 1)
    }
    return result
  }
}
