/// One block of the article as the reader shows it.
///
/// A paragraph's `range` points into the source text; its `text` is what is
/// displayed: HTML entities decoded, runs of white space folded, line breaks
/// inside the block turned into spaces. When that is the source itself (most
/// paragraphs), `text` is a slice of `Article.source` and costs no copy.
/// Positions inside `text` are *local* offsets (Unicode scalars of `text`);
/// `sourceOffset(ofLocal:)` maps them back.
///
/// A big article has hundreds of thousands of paragraphs, so the two indices are
/// stored in 32 bits (88 bytes a paragraph instead of 112).
public struct Paragraph: Hashable, Sendable {
  public enum Kind: String, Sendable, Codable {
    /// Running text of the article.
    case text
    /// An embedded social-media post (see `Article.posts`).
    case post
  }

  /// Display text: a slice of the source when verbatim, else a string of its own.
  public var text: Substring
  /// Where the paragraph stands in the source text.
  public var range: TextRange
  /// `sourceMap` as stored: compact (see `SourceMap`).
  var map: SourceMap?
  private var storedIndex: Int32
  /// `post`, or -1 for none.
  private var storedPost: Int32
  public var kind: Kind

  /// Position in `Article.paragraphs`.
  public var index: Int {
    get { Int(storedIndex) }
    set { storedIndex = Int32(truncatingIfNeeded: newValue) }
  }
  /// Index into `Article.posts` when `kind == .post`.
  public var post: Int? {
    get { storedPost < 0 ? nil : Int(storedPost) }
    set { storedPost = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }
  /// Source offset of every scalar of `text`, plus one past the end; `nil`
  /// when `text` is the source slice itself (local offset + `range.start`).
  public var sourceMap: [Int]? {
    get { map?.offsets }
    set { map = newValue.map(SourceMap.init) }
  }

  public init(
    index: Int, range: TextRange, text: some StringProtocol, kind: Kind = .text, post: Int? = nil,
    sourceMap: [Int]? = nil
  ) {
    self.init(
      index: index, range: range, text: Substring(text), kind: kind, post: post,
      map: sourceMap.map(SourceMap.init))
  }

  init(index: Int, range: TextRange, text: Substring, kind: Kind = .text, post: Int? = nil, map: SourceMap?) {
    self.text = text
    self.range = range
    self.map = map
    storedIndex = Int32(truncatingIfNeeded: index)
    storedPost = post.map { Int32(truncatingIfNeeded: $0) } ?? -1
    self.kind = kind
  }

  /// The source offset of a local offset into `text` (clamped to the text).
  public func sourceOffset(ofLocal local: Int) -> Int {
    guard let map, map.count > 0 else {
      return range.start + max(0, min(local, range.count))
    }
    return map[max(0, min(local, map.count - 1))]
  }

  /// The local offset into `text` of a source offset (the first scalar at or
  /// after it), clamped to the text.
  public func localOffset(ofSource source: Int) -> Int {
    guard let map, map.count > 0 else {
      return max(0, min(source - range.start, range.count))
    }
    var lo = 0
    var hi = map.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if map[mid] < source { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
