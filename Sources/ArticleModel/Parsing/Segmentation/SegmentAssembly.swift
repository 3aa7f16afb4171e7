/// Collects the paragraphs and posts of an article group by group, joining
/// a post's text and signature when a paragraph break separates them.
///
/// A signature with no text of its own that opens a paragraph group
/// (`— Jane Roe (@janeroe) May 7, 2018` on its own) belongs to the paragraph
/// just before it when that paragraph
/// - is a `pic.twitter.com` post without a signature: it gets this author; or
/// - is running text of at most 320 scalars (links not counted) that does
///   not end with `:` (which introduces rather than carries the post) and,
///   when a blank line separates the two, reads like a post (a hashtag,
///   mention, link or emoji: `EmbedDetector.looksPosted`): it becomes the
///   post's text. (A line just above, in one-line-per-paragraph text, needs
///   no such look.)
/// Otherwise the signature stands alone as a post with empty text (its text
/// was lost by the scraper).
struct SegmentAssembly {
  /// A paragraph before indices are given out.
  struct PendingParagraph {
    /// Absolute source range: the text, or for a post its text and signature.
    var range: Range<Int>
    var display: DisplayText
    /// The paragraph group (`ParagraphSplitter.Group`) it came from.
    var group: Int
    /// Whether nothing follows it in its group.
    var endsGroup = false
    /// A post's signature and content, in a box of their own: most paragraphs
    /// are running text, and held inline the two would more than double each one.
    private var postParts: PostParts?

    @inline(__always)
    init(
      range: Range<Int>, display: DisplayText, post: PostSignature? = nil, group: Int, endsGroup: Bool = false
    ) {
      self.range = range
      self.display = display
      self.group = group
      self.endsGroup = endsGroup
      // `if let`, not `post != nil`: the comparison (PostSignature is Equatable)
      // copies the signature into a pair of optionals for every paragraph.
      if let post { postParts = PostParts(post: post, content: nil) }
    }

    var post: PostSignature? {
      get { postParts?.post }
      set { postParts = PostParts(post: newValue, content: content) }
    }
    /// The post's words, links and tags when already read from the source.
    var content: PostContent? {
      get { postParts?.content }
      set { postParts = PostParts(post: post, content: newValue) }
    }
  }

  /// `PendingParagraph`'s boxed parts; never changed once made, so a copied paragraph stays a value.
  final class PostParts {
    let post: PostSignature?
    let content: PostContent?
    init(post: PostSignature?, content: PostContent?) {
      self.post = post
      self.content = content
    }
  }

  private(set) var pending = ChunkedArray<PendingParagraph>()
  private var group = 0
  /// Whether the group being added follows a blank line (or the start).
  private var groupOpensBlock = true

  /// Adds a paragraph group that needs no work: clean text, short, nothing
  /// embedded (`SourceHints` empty). Its text is its bytes, spaces trimmed:
  /// a slice of `source` (whose UTF-8 is `bytes`), not a copy.
  mutating func addPlain(
    _ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: ParagraphSplitter.Group, source: String
  ) {
    defer { group += 1 }
    var lo = paragraph.bytes.lowerBound
    var hi = paragraph.bytes.upperBound
    while lo < hi && bytes[lo] == 0x20 { lo += 1 }
    while hi > lo && bytes[hi - 1] == 0x20 { hi -= 1 }
    guard lo < hi else { return }
    let start = paragraph.scalarStart + (lo - paragraph.bytes.lowerBound)
    let end = paragraph.scalarStart + paragraph.scalarCount - (paragraph.bytes.upperBound - hi)
    // The group ends at a line break or the end and trimming stops at a space: both
    // ends fall between characters, so these are scalar-aligned indices.
    let utf8 = source.utf8
    let text = source[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)]
    let display = DisplayText(text: text, range: start..<end, sourceMap: nil, count: end - start)
    pending.append(PendingParagraph(range: start..<end, display: display, group: group, endsGroup: true))
  }

  /// Adds one paragraph group, decoded into `scalars`; `base` is the source offset
  /// of `scalars[0]`; stages whose `hints` are absent are skipped. With `source`
  /// (where `scalars` was decoded from), verbatim text is a slice of it.
  mutating func add(
    _ scalars: [UInt32], base: Int, hints: SourceHints = [.unclean, .script, .advert, .signature, .link],
    opensBlock: Bool = true, source: DecodedSource? = nil
  ) {
    defer { group += 1 }
    groupOpensBlock = opensBlock
    let whole = 0..<scalars.count
    var pieces: [Range<Int>] = []
    var cursor = 0
    if !hints.isDisjoint(with: [.script, .advert]) {
      let spans = LeakedScript.spans(
        in: scalars, whole, scripts: hints.contains(.script), adverts: hints.contains(.advert))
      for span in spans {
        if span.lowerBound > cursor { pieces.append(cursor..<span.lowerBound) }
        cursor = max(cursor, span.upperBound)
      }
    }
    if cursor < scalars.count { pieces.append(cursor..<scalars.count) }
    let firstPending = pending.count
    var first = true
    for (n, piece) in pieces.enumerated() {
      for segment in EmbedDetector.segments(in: scalars, piece, opensParagraph: n == 0, hints: hints) {
        if let signature = segment.post {
          addPost(scalars, segment, signature, base: base, opensGroup: first, source: source)
        } else {
          for part in LongParagraphSplitter.split(scalars, segment.range) {
            let display = DisplayText(scalars, part, base: base, source: source)
            if !display.isEmpty {
              pending.append(PendingParagraph(range: display.range, display: display, group: group))
            }
          }
        }
        first = false
      }
    }
    if pending.count > firstPending { pending[pending.count - 1].endsGroup = true }
  }

  private mutating func addPost(
    _ scalars: [UInt32], _ segment: EmbedSegment, _ signature: PostSignature, base: Int, opensGroup: Bool,
    source: DecodedSource?
  ) {
    var display = DisplayText(scalars, segment.body, base: base, alwaysMap: true, source: source)
    let end = base + signature.end
    var start = base + Scalars.trimmed(scalars, segment.range).lowerBound
    if !display.isEmpty { start = min(start, display.range.lowerBound) }
    if display.isEmpty {
      display.sourceMap = SourceMap([start])
      display.range = start..<start
    }
    if signature.platform == .twitter && display.isEmpty && opensGroup && !signature.handle.isEmpty,
      let last = pending.last, last.group == group - 1, last.endsGroup
    {
      let index = pending.count - 1
      if let previous = last.post {
        if previous.platform == .twitter && previous.handle.isEmpty && previous.author.isEmpty
          && previous.date == nil
        {
          pending[index].post = signature
          pending[index].range = last.range.lowerBound..<end
          return
        }
      } else if Self.canCarryPost(last.display.text, requiringPostLook: groupOpensBlock) {
        var carried = last.display
        if carried.sourceMap == nil {
          carried.sourceMap = SourceMap(
            identityFrom: carried.range.lowerBound, count: carried.range.count, end: carried.range.upperBound)
        }
        pending[index].display = carried
        pending[index].content = nil
        pending[index].post = signature
        pending[index].range = last.range.lowerBound..<end
        return
      }
    }
    var paragraph = PendingParagraph(range: start..<end, display: display, post: signature, group: group)
    if display.isVerbatim {
      // The text is the source itself: read it from the scalars at hand.
      paragraph.content = PostContent(
        scalars, (display.range.lowerBound - base)..<(display.range.upperBound - base))
    }
    pending.append(paragraph)
  }

  /// Whether a paragraph of running text can be the text of the post signed after it.
  static func canCarryPost(_ text: Substring, requiringPostLook: Bool) -> Bool {
    guard let last = text.unicodeScalars.last, last != ":" else { return false }
    let scalars = UTF8Codec.values(text)
    if requiringPostLook && !EmbedDetector.looksPosted(scalars, 0..<scalars.count) { return false }
    var weight = scalars.count
    for link in PostContent.links(in: scalars) { weight -= link.count }
    return weight <= 320
  }

  /// Whether two texts have the same UTF-8 bytes, compared eight at a time in their storage.
  static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a
    var b = b
    return a.withUTF8 { firstBytes in
      b.withUTF8 { secondBytes in
        guard let firstBase = firstBytes.baseAddress, let secondBase = secondBytes.baseAddress else {
          return true
        }
        let n = firstBytes.count
        var i = 0
        while i + 8 <= n {
          let word = UnsafeRawPointer(firstBase + i).loadUnaligned(as: UInt64.self)
          if word != UnsafeRawPointer(secondBase + i).loadUnaligned(as: UInt64.self) { return false }
          i &+= 8
        }
        while i < n {
          if firstBase[i] != secondBase[i] { return false }
          i &+= 1
        }
        return true
      }
    }
  }

  /// The finished segmentation, with paragraph and post indices given out in reading order.
  func finish(date: String?, scalarCount: Int) -> Segmentation {
    var paragraphs: [Paragraph] = []
    var posts: [SocialPost] = []
    var postLinks: [[Range<Int>]] = []
    paragraphs.reserveCapacity(pending.count)
    // Sized once for every paragraph: growing it would rehash every key at each doubling.
    var seen = ParagraphKeyTable(capacity: pending.count)
    // The pending paragraphs are read in place (`pending[d]`): a copy of each costs more.
    for d in pending.indices {
      let index = paragraphs.count
      let range = TextRange(start: pending[d].range.lowerBound, end: pending[d].range.upperBound)
      let text = pending[d].display.text
      guard let signature = pending[d].post else {
        // Asides and a body printed twice stay out (see `Boilerplate`).
        if Boilerplate.isAside(text) { continue }
        if pending[d].display.count >= 80 {
          // One look-up for a new key (nearly every one): the index is stored at once.
          let key = ParagraphKey(text)
          if let earlier = seen.insert(key, index: index, keyOf: { ParagraphKey(paragraphs[$0].text) }) {
            if Self.sameBytes(paragraphs[earlier].text, text) { continue }
          }
        }
        paragraphs.append(
          Paragraph(index: index, range: range, text: text, map: pending[d].display.sourceMap))
        continue
      }
      let content = pending[d].content ?? PostContent(reading: text)
      posts.append(
        SocialPost(
          index: posts.count, platform: signature.platform, author: signature.author,
          handle: signature.handle,
          date: signature.date, text: content.text, links: content.links, hashtags: content.hashtags,
          mentions: content.mentions, paragraph: index, range: range))
      postLinks.append(content.linkRanges)
      paragraphs.append(
        Paragraph(
          index: index, range: range, text: text, kind: .post, post: posts.count - 1,
          map: pending[d].display.sourceMap))
    }
    return Segmentation(
      date: date, scalarCount: scalarCount, paragraphs: paragraphs, posts: posts, postLinks: postLinks)
  }
}

/// A cheap fingerprint of a paragraph's text (its length and its first and
/// last sixteen bytes), to find a body printed twice without hashing every
/// byte; equal fingerprints are confirmed byte by byte.
struct ParagraphKey: Hashable {
  var length: Int
  var head: (UInt64, UInt64)
  var tail: (UInt64, UInt64)

  init(_ text: Substring) {
    var text = text
    (length, head, tail) = text.withUTF8 { bytes in
      func pack(_ from: Int) -> (UInt64, UInt64) {
        if from >= 0 && from + 16 <= bytes.count, let base = bytes.baseAddress {
          // Sixteen bytes at hand: two big-endian loads give the same words as the loop below.
          let raw = UnsafeRawPointer(base + from)
          return (
            UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self)),
            UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
          )
        }
        var a: UInt64 = 0
        var b: UInt64 = 0
        for n in 0..<16 where from + n >= 0 && from + n < bytes.count {
          if n < 8 { a = a << 8 | UInt64(bytes[from + n]) } else { b = b << 8 | UInt64(bytes[from + n]) }
        }
        return (a, b)
      }
      return (bytes.count, pack(0), pack(bytes.count - 16))
    }
  }

  static func == (lhs: ParagraphKey, rhs: ParagraphKey) -> Bool {
    lhs.length == rhs.length && lhs.head == rhs.head && lhs.tail == rhs.tail
  }

  /// The five parts folded into one word.
  var folded: UInt64 {
    @inline(__always) func mix(_ folded: UInt64, _ part: UInt64) -> UInt64 {
      let mixed = (folded ^ part) &* 0x9E37_79B9_7F4A_7C15
      return mixed ^ (mixed >> 29)
    }
    return mix(mix(mix(mix(UInt64(truncatingIfNeeded: length), head.0), head.1), tail.0), tail.1)
  }

  /// One round of the hasher instead of five (`folded`).
  func hash(into hasher: inout Hasher) {
    hasher.combine(folded)
  }
}

/// The first paragraph index of each `ParagraphKey`, for `SegmentAssembly.finish`.
///
/// An open-addressing table of folded keys (`ParagraphKey.folded`) and
/// indices, sized once: no `Hasher` round a look-up (a `Dictionary` cost
/// about 330 instructions a paragraph), and sixteen bytes a slot, the keys
/// themselves made again from the paragraphs on the rare equal fold.
struct ParagraphKeyTable {
  private var folds: [UInt64]
  /// Paragraph index plus one; 0 for an empty slot.
  private var indices: [Int]
  private let mask: Int

  /// A table for up to `capacity` keys (at most three quarters full).
  init(capacity: Int) {
    var size = 8
    while size * 3 < capacity * 4 { size *= 2 }
    folds = [UInt64](repeating: 0, count: size)
    indices = [Int](repeating: 0, count: size)
    mask = size - 1
  }

  /// The index stored for `key`, or `nil` after storing `index` for it;
  /// `keyOf` gives the key of a stored index.
  mutating func insert(_ key: ParagraphKey, index: Int, keyOf: (Int) -> ParagraphKey) -> Int? {
    let fold = key.folded
    var slot = Int(truncatingIfNeeded: fold ^ (fold >> 32)) & mask
    while indices[slot] != 0 {
      if folds[slot] == fold && keyOf(indices[slot] - 1) == key { return indices[slot] - 1 }
      slot = (slot + 1) & mask
    }
    folds[slot] = fold
    indices[slot] = index + 1
    return nil
  }
}
