/// One stretch of a block after embedded posts are found: running text or a post.
struct EmbedSegment: Equatable {
  /// Local range: the text, or for a post its text and signature.
  var range: Range<Int>
  /// For a post, the part before the signature (links kept); for text, `range`.
  var body: Range<Int>
  /// Who posted and when; `nil` for running text.
  var post: PostSignature?
}

/// Splits a stretch of a block into running text and embedded posts.
///
/// Posts are found by their signature (`PostSignature`), by a
/// `pic.twitter.com/...` link without a signature (a Twitter post with no
/// author), or as a paragraph that is nothing but embed addresses
/// (YouTube, Telegram `t.me/`, a tweet, Instagram or Facebook post address).
///
/// Where a post's text begins: a signature's post takes all the text since
/// the previous post (or the start of the stretch) when that is short enough
/// to be one post: 320 scalars for Twitter, 1,000 otherwise, links not
/// counted, and 80 more when the stretch opens its paragraph.
/// Longer text is running article text followed by the post: the post is
/// its last sentence (or line), with the sentences before it that read like
/// a post (`looksPosted`: a hashtag, mention, link or emoji, an exclamation,
/// a first-person opening) while it fits.
/// So in `... December 31, 2017The president said ...` the glued sentence
/// stays in the article, and tweets chained in one line each get their text.
enum EmbedDetector {
  static func segments(
    in scalars: [UInt32], _ range: Range<Int>, opensParagraph: Bool, hints: SourceHints = [.signature, .link]
  ) -> [EmbedSegment] {
    var result: [EmbedSegment] = []
    guard hints.contains(.signature) || hints.contains(.link) else {
      let trimmed = Scalars.trimmed(scalars, range)
      if !trimmed.isEmpty { result.append(EmbedSegment(range: trimmed, body: trimmed, post: nil)) }
      return result
    }
    var cursor = range.lowerBound
    let signatures = hints.contains(.signature) ? PostSignature.find(in: scalars, range) : []
    for signature in signatures {
      var limit = signature.platform == .twitter ? 320 : 1000
      if opensParagraph && cursor == range.lowerBound { limit += 80 }
      let start = bodyStart(scalars, cursor..<signature.start, limit: limit)
      appendText(scalars, cursor..<start, to: &result)
      result.append(
        EmbedSegment(range: start..<signature.end, body: start..<signature.start, post: signature))
      cursor = signature.end
    }
    appendText(scalars, cursor..<range.upperBound, to: &result)
    return result
  }

  /// Running text, with signature-less `pic.twitter.com` posts and bare embed addresses taken out.
  private static func appendText(_ scalars: [UInt32], _ range: Range<Int>, to result: inout [EmbedSegment]) {
    var cursor = range.lowerBound
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      if scalars[i] == UInt32(ascii: "p"), Scalars.matches(scalars, at: i, end: end, PostContent.picTwitter) {
        let linkEnd = PostContent.linkEnd(scalars, from: i + 16, end: end)
        if linkEnd > i + 16 {
          let start = bodyStart(scalars, cursor..<i, limit: 320)
          appendPlainText(scalars, cursor..<start, to: &result)
          let signature = PostSignature(
            platform: .twitter, author: "", handle: "", date: nil, start: linkEnd, end: linkEnd)
          result.append(EmbedSegment(range: start..<linkEnd, body: start..<linkEnd, post: signature))
          cursor = linkEnd
          i = linkEnd
          continue
        }
      }
      i += 1
    }
    appendPlainText(scalars, cursor..<end, to: &result)
  }

  /// Running text, or posts when the text is nothing but embed addresses.
  private static func appendPlainText(
    _ scalars: [UInt32], _ range: Range<Int>, to result: inout [EmbedSegment]
  ) {
    let trimmed = Scalars.trimmed(scalars, range)
    guard !trimmed.isEmpty else { return }
    if let posts = bareAddresses(scalars, trimmed) {
      result.append(contentsOf: posts)
    } else {
      result.append(EmbedSegment(range: trimmed, body: trimmed, post: nil))
    }
  }

  /// Posts for a stretch made only of embed addresses, one post per address.
  static func bareAddresses(_ scalars: [UInt32], _ range: Range<Int>) -> [EmbedSegment]? {
    var posts: [EmbedSegment] = []
    var k = range.lowerBound
    while k < range.upperBound {
      while k < range.upperBound && Scalars.isSpace(scalars[k]) { k += 1 }
      guard k < range.upperBound else { break }
      var tokenEnd = k
      while tokenEnd < range.upperBound && !Scalars.isSpace(scalars[tokenEnd]) { tokenEnd += 1 }
      guard let (platform, handle) = embedAddress(scalars, k..<tokenEnd) else { return nil }
      let signature = PostSignature(
        platform: platform, author: "", handle: handle, date: nil, start: tokenEnd, end: tokenEnd)
      posts.append(EmbedSegment(range: k..<tokenEnd, body: k..<tokenEnd, post: signature))
      k = tokenEnd
    }
    return posts.isEmpty ? nil : posts
  }

  /// The platform (and handle, when the address names one) of an embed address.
  static func embedAddress(_ scalars: [UInt32], _ token: Range<Int>) -> (SocialPost.Platform, String)? {
    guard token.count >= 6, token.count < 400 else { return nil }
    // Cheap test first: an address is ASCII and has a slash after a dot.
    var dot = false
    var slash = false
    for k in token {
      let c = scalars[k]
      if c >= 0x80 || c <= 0x20 { return nil }
      if c == UInt32(ascii: ".") { dot = true } else if c == UInt32(ascii: "/") && dot { slash = true }
    }
    guard slash else { return nil }
    var lower = UTF8Codec.string(scalars, token).lowercased()
    var original = UTF8Codec.string(scalars, token)
    for prefix in ["https://", "http://"] where lower.hasPrefix(prefix) {
      lower.removeFirst(prefix.count)
      original.removeFirst(prefix.count)
    }
    for prefix in ["www.", "m.", "mobile."] where lower.hasPrefix(prefix) {
      lower.removeFirst(prefix.count)
      original.removeFirst(prefix.count)
    }
    let path = original.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    func component(_ n: Int) -> String { path.count > n ? path[n] : "" }
    if lower.hasPrefix("youtu.be/") || lower.hasPrefix("youtube.com/watch")
      || lower.hasPrefix("youtube.com/embed/")
      || lower.hasPrefix("youtube.com/shorts/") || lower.hasPrefix("youtube.com/live/")
    {
      return (.youtube, "")
    }
    if lower.hasPrefix("t.me/") || lower.hasPrefix("telegram.me/") {
      let first = component(1)
      let channel = first == "s" ? component(2) : first
      let isHandle =
        !channel.isEmpty
        && channel.unicodeScalars.allSatisfy {
          $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
        }
      return (.telegram, isHandle ? channel : "")
    }
    if (lower.hasPrefix("twitter.com/") || lower.hasPrefix("x.com/")) && lower.contains("/status") {
      return (.twitter, component(1))
    }
    if lower.hasPrefix("t.co/") || lower.hasPrefix("pic.twitter.com/") { return (.twitter, "") }
    if lower.hasPrefix("instagram.com/p/") || lower.hasPrefix("instagram.com/reel/")
      || lower.hasPrefix("instagram.com/tv/")
    {
      return (.instagram, "")
    }
    if lower.hasPrefix("fb.watch/")
      || (lower.hasPrefix("facebook.com/")
        && (lower.contains("/posts/") || lower.contains("/videos/") || lower.contains("permalink")
          || lower.contains("story_fbid")))
    {
      return (.facebook, "")
    }
    return nil
  }

  /// Where a post's text starts in `scalars[range]` (the text between the previous
  /// post and a signature): see the type's discussion.
  static func bodyStart(_ scalars: [UInt32], _ range: Range<Int>, limit: Int) -> Int {
    let trimmed = Scalars.trimmed(scalars, range)
    guard !trimmed.isEmpty else { return range.upperBound }
    if trimmed.count <= limit { return trimmed.lowerBound }
    let links = PostContent.links(in: scalars, trimmed)
    func weight(from p: Int) -> Int {
      var total = trimmed.upperBound - p
      for link in links where link.upperBound > p { total -= link.upperBound - max(link.lowerBound, p) }
      return total
    }
    if weight(from: trimmed.lowerBound) <= limit { return trimmed.lowerBound }
    var starts: [Int] = [trimmed.lowerBound]
    var k = trimmed.lowerBound + 1
    while k < trimmed.upperBound {
      if SentenceBoundary.isSentenceStart(scalars, at: k, lowerBound: trimmed.lowerBound)
        || (Scalars.isLineBreak(scalars[k - 1]) && !Scalars.isSpace(scalars[k]))
      {
        starts.append(k)
      }
      k += 1
    }
    // The last sentence, and the ones before it that read like a post.
    var n = starts.count - 1
    while n > 0 && looksPosted(scalars, starts[n - 1]..<starts[n], byVoice: true)
      && weight(from: starts[n - 1]) <= limit
    {
      n -= 1
    }
    return starts[n]
  }

  private static func isQuotationMark(_ c: UInt32) -> Bool {
    c == UInt32(ascii: "\"") || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x201E
  }

  /// Whether a sentence carries what posts carry and articles rarely do: a
  /// hashtag, a mention, a link, an emoji or a flag; or, with `byVoice` and
  /// outside quotation marks, an exclamation at its end or a first-person or
  /// thankful opening (`I `, `We `, `Our `, `My `, `Thank`).
  static func looksPosted(_ scalars: [UInt32], _ range: Range<Int>, byVoice: Bool = false) -> Bool {
    let sentence = Scalars.trimmed(scalars, range)
    if byVoice && !sentence.isEmpty && !sentence.contains(where: { isQuotationMark(scalars[$0]) }) {
      if scalars[sentence.upperBound - 1] == UInt32(ascii: "!") { return true }
      for opening: StaticString in ["I ", "We ", "Our ", "My ", "Thank"]
      where Scalars.matches(scalars, at: sentence.lowerBound, end: sentence.upperBound, opening) {
        return true
      }
    }
    for k in range {
      let c = scalars[k]
      if c == UInt32(ascii: "#") || c == UInt32(ascii: "@") {
        if k + 1 < range.upperBound
          && (Scalars.isWordCharacter(scalars[k + 1]) || scalars[k + 1] == UInt32(ascii: "_"))
        {
          return true
        }
      } else if c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) {
        return true
      } else if c == UInt32(ascii: "/") && k + 1 < range.upperBound && scalars[k + 1] == UInt32(ascii: "/") {
        return true
      } else if c == UInt32(ascii: "p")
        && Scalars.matches(scalars, at: k, end: range.upperBound, "pic.twitter.com/")
      {
        return true
      }
    }
    return false
  }
}
