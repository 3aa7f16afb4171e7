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
    let scalars = UTF8Codec.values(display)
    self.init(scalars, 0..<scalars.count)
  }

  /// Reads the parts of a post whose display text is `scalars[range]` verbatim.
  init(_ scalars: [UInt32], _ range: Range<Int>) {
    let linkSpans = PostContent.links(in: scalars, range)
    links = linkSpans.map { UTF8Codec.string(scalars, $0) }
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
    text = Scalars.foldedString(scalars, outside)
    (hashtags, mentions) = PostContent.tags(in: scalars, outside)
  }

  // MARK: Links

  /// Link spans in `scalars`, in order.
  static func links(in scalars: [UInt32], _ range: Range<Int>? = nil) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let bounds = range ?? 0..<scalars.count
    var i = bounds.lowerBound
    // The next `.` or `/` at or after `i` (-1: not looked for yet). Every link
    // opening has one among its first ten scalars (`instagram.com/` the
    // latest), so no link starts more than nine scalars before it: the
    // positions in between are skipped, and the search ends where none is left.
    var mark = -1
    while i < bounds.upperBound {
      if mark < i {
        mark = Scalars.firstIndex(
          scalars, from: i, end: bounds.upperBound, where: 1, equals: UInt32(ascii: "/"))
        if mark == bounds.upperBound { break }
        if mark - i > 9 { i = mark - 9 }
      }
      let c = scalars[i]
      if c >= 0x40 && c < 0x80 && (firstLetters >> UInt64(c - 0x40)) & 1 != 0,
        c | 0x20 == UInt32(ascii: "h") || c | 0x20 == UInt32(ascii: "p") || i == bounds.lowerBound
          || !Scalars.isASCIIAlphanumeric(scalars[i - 1]),
        let length = linkStart(scalars, at: i, end: bounds.upperBound)
      {
        let end = linkEnd(scalars, from: i + length, end: bounds.upperBound)
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
  static func linkStart(_ scalars: [UInt32], at i: Int, end: Int) -> Int? {
    guard i + 4 < end else { return nil }
    let c = scalars[i] | 0x20
    let next = scalars[i + 1] | 0x20
    // Openings that may be glued to what precedes them.
    if c == UInt32(ascii: "h") && next == UInt32(ascii: "t") {
      if Scalars.matches(scalars, at: i, end: end, "https://", ignoringCase: true) { return 8 }
      if Scalars.matches(scalars, at: i, end: end, "http://", ignoringCase: true) { return 7 }
      return nil
    }
    if c == UInt32(ascii: "p") && next == UInt32(ascii: "i") {
      return Scalars.matches(scalars, at: i, end: end, "pic.twitter.com/", ignoringCase: true) ? 16 : nil
    }
    if i > 0
      && (Scalars.isASCIIAlphanumeric(scalars[i - 1]) || scalars[i - 1] == UInt32(ascii: ".")
        || scalars[i - 1] == UInt32(ascii: "/"))
    {
      return nil
    }
    // The second character of every opening below, tested before any is matched
    // (most words starting with one of these letters are no link).
    switch c {
    case UInt32(ascii: "w"): guard next == UInt32(ascii: "w") else { return nil }
    case UInt32(ascii: "t"):
      guard next == UInt32(ascii: ".") || next == UInt32(ascii: "w") else { return nil }
    case UInt32(ascii: "y"): guard next == UInt32(ascii: "o") else { return nil }
    case UInt32(ascii: "m"):
      guard next == UInt32(ascii: ".") || next == UInt32(ascii: "o") else { return nil }
    case UInt32(ascii: "i"): guard next == UInt32(ascii: "n") else { return nil }
    case UInt32(ascii: "f"):
      guard next == UInt32(ascii: "a") || next == UInt32(ascii: "b") else { return nil }
    case UInt32(ascii: "b"): guard next == UInt32(ascii: "i") else { return nil }
    default: return nil
    }
    func opening(_ word: StaticString) -> Int? {
      Scalars.matches(scalars, at: i, end: end, word, ignoringCase: true) ? word.utf8CodeUnitCount : nil
    }
    switch c {
    case UInt32(ascii: "w"): return opening("www.")
    case UInt32(ascii: "t"): return opening("t.co/") ?? opening("t.me/") ?? opening("twitter.com/")
    case UInt32(ascii: "y"): return opening("youtu.be/") ?? opening("youtube.com/")
    case UInt32(ascii: "m"): return opening("m.youtube.com/") ?? opening("mobile.twitter.com/")
    case UInt32(ascii: "i"): return opening("instagram.com/")
    case UInt32(ascii: "f"): return opening("facebook.com/") ?? opening("fb.me/")
    case UInt32(ascii: "b"): return opening("bit.ly/")
    default: return nil
    }
  }

  /// Where a link whose body starts at `k` ends.
  static func linkEnd(_ scalars: [UInt32], from k: Int, end: Int) -> Int {
    var j = k
    while j < end {
      let c = scalars[j]
      if c <= 0x20 || c >= 0x7F || c == UInt32(ascii: "\"") || c == UInt32(ascii: "<")
        || c == UInt32(ascii: ">") || c == UInt32(ascii: "`") || c == UInt32(ascii: "{")
        || c == UInt32(ascii: "}")
        || c == UInt32(ascii: "|") || c == UInt32(ascii: "\\") || c == UInt32(ascii: "^")
      {
        break
      }
      // A second link glued on.
      if j > k && Scalars.isASCIIAlphanumeric(scalars[j - 1])
        && (c == UInt32(ascii: "p") || c == UInt32(ascii: "h")),
        Scalars.matches(scalars, at: j, end: end, "pic.twitter.com/")
          || Scalars.matches(scalars, at: j, end: end, "https://")
          || Scalars.matches(scalars, at: j, end: end, "http://")
      {
        break
      }
      j += 1
    }
    // Trailing punctuation belongs to the sentence.
    while j > k {
      let last = scalars[j - 1]
      if last == UInt32(ascii: ".") || last == UInt32(ascii: ",") || last == UInt32(ascii: ";")
        || last == UInt32(ascii: ":") || last == UInt32(ascii: "!") || last == UInt32(ascii: "?")
        || last == UInt32(ascii: "'")
      {
        j -= 1
      } else if last == UInt32(ascii: ")") && !scalars[k..<j].contains(UInt32(ascii: "(")) {
        j -= 1
      } else {
        break
      }
    }
    return j
  }

  static let picTwitter: StaticString = "pic.twitter.com/"

  // MARK: Hashtags and mentions

  /// `#tag` and `@name` words in the `parts` of `scalars` (the text between
  /// links), without the sign, read in one pass.
  ///
  /// A tag's letters are never a sign, so skipping over a tag passes over no
  /// other tag's sign: one pass finds what a pass for each sign would.
  static func tags(in scalars: [UInt32], _ parts: [Range<Int>]) -> (hashtags: [String], mentions: [String]) {
    var hashtags: [String] = []
    var mentions: [String] = []
    for part in parts {
      var i = part.lowerBound
      while i < part.upperBound {
        // The next sign, passed over to eight scalars at a time (`@` given twice: two signs).
        i = Scalars.firstIndex(
          scalars, from: i, end: part.upperBound, of: UInt32(ascii: "#"), UInt32(ascii: "@"),
          UInt32(ascii: "@"))
        guard i < part.upperBound else { break }
        let sign = scalars[i]
        if i > part.lowerBound {
          let before = scalars[i - 1]
          if before == UInt32(ascii: "&") || before == sign || Scalars.isWordCharacter(before)
            || before == UInt32(ascii: "_")
          {
            i += 1
            continue
          }
        }
        var k = i + 1
        var hasLetter = false
        while k < part.upperBound {
          let c = scalars[k]
          if sign == UInt32(ascii: "@") {
            guard Scalars.isASCIIAlphanumeric(c) || c == UInt32(ascii: "_"), k - i <= 50 else { break }
          } else {
            // Zero-width joiner and non-joiner hold the words of some scripts together.
            guard Scalars.isWordCharacter(c) || c == UInt32(ascii: "_") || c == 0x200C || c == 0x200D else {
              break
            }
          }
          if !hasLetter && Scalars.isLetter(c) { hasLetter = true }
          k += 1
        }
        if k > i + 1 && (hasLetter || sign == UInt32(ascii: "@")) {
          if sign == UInt32(ascii: "@") {
            mentions.append(UTF8Codec.string(scalars, (i + 1)..<k))
          } else {
            hashtags.append(UTF8Codec.string(scalars, (i + 1)..<k))
          }
        }
        i = max(k, i + 1)
      }
    }
    return (hashtags, mentions)
  }
}
