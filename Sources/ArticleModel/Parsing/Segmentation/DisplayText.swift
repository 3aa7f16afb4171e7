/// The text the reader shows for a stretch of source, with its way back to the source.
///
/// Built by `DisplayText.init(_:_:base:alwaysMap:)` from one block's scalars:
/// - HTML character references are decoded (see `HTMLEntities`);
/// - HTML tags left by the scraper (`<p>`, `<a href=...>`, `</em>`, `<br/>`,
///   comments) are removed, block-level ones leaving a space;
/// - runs of white space, line breaks included, become one space, and the
///   ends are trimmed;
/// - controls, byte-order marks and non-characters are dropped, and C1
///   controls (text converted from Windows-1252 as if it were Latin-1) are
///   read as the Windows-1252 characters they stand for, and UTF-8 once read
///   as Windows-1252 (`â€™`) is repaired (`Mojibake`).
///
/// `sourceMap` is `nil` when the text is exactly the source slice at `range`;
/// otherwise it holds the source offset of every scalar of `text` plus one
/// past the end, never decreasing. A decoded reference maps to its `&`, a
/// folded space to the first white-space scalar of its run.
struct DisplayText {
  /// A slice of the source when verbatim and read from its bytes, else a string of its own.
  var text: Substring
  /// Absolute source offsets from the first to one past the last scalar used.
  var range: Range<Int>
  var sourceMap: SourceMap?
  /// Number of scalars in `text`.
  var count: Int
  /// Whether `text` is exactly the source at `range` (even when a map was asked for).
  var isVerbatim = false

  var isEmpty: Bool { count == 0 }

  init(text: Substring, range: Range<Int>, sourceMap: SourceMap?, count: Int) {
    self.text = text
    self.range = range
    self.sourceMap = sourceMap
    self.count = count
  }

  /// Builds the display text of `scalars[local]`; `base` is the source offset of `scalars[0]`.
  ///
  /// With `alwaysMap`, `sourceMap` is filled even when it is the identity
  /// (post paragraphs, whose range also covers the signature, need it).
  /// With `source`, verbatim text is a slice of it instead of a string made
  /// from the scalars.
  init(
    _ scalars: [UInt32], _ local: Range<Int>, base: Int, alwaysMap: Bool = false, source: DecodedSource? = nil
  ) {
    let trimmed = Scalars.trimmed(scalars, local)
    if DisplayText.isClean(scalars, trimmed) {
      // The common case: the text is the source slice itself.
      let text = source?.slice(scalars, trimmed) ?? Substring(DisplayText.encode(scalars, trimmed))
      let start = base + trimmed.lowerBound
      let end = base + trimmed.upperBound
      let map: SourceMap? = alwaysMap ? SourceMap(identityFrom: start, count: end - start, end: end) : nil
      self.init(text: text, range: start..<end, sourceMap: map, count: trimmed.count)
      isVerbatim = true
      if trimmed.isEmpty {
        self = DisplayText(
          text: "", range: base..<base, sourceMap: alwaysMap ? SourceMap([base]) : nil, count: 0)
      }
      return
    }
    var builder = Builder(base: base, capacity: local.count)
    var i = local.lowerBound
    let end = local.upperBound
    var spaceAt = -1
    var spaceIsPlain = false
    while i < end {
      let c = scalars[i]
      if Scalars.isSpace(c) {
        if spaceAt < 0 {
          spaceAt = i
          spaceIsPlain = c == UInt32(ascii: " ")
        } else {
          spaceIsPlain = false
        }
        i += 1
        continue
      }
      if c == UInt32(ascii: "&"), let entity = HTMLEntities.decode(scalars, at: i, end: end) {
        if Scalars.isSpace(entity.value) {
          if spaceAt < 0 { spaceAt = i }
          spaceIsPlain = false
        } else if !Scalars.isInvisibleJunk(entity.value) {
          builder.flushSpace(&spaceAt, plain: spaceIsPlain)
          builder.emit(entity.value, at: i, length: entity.length, verbatim: false)
        }
        i += entity.length
        continue
      }
      if c == UInt32(ascii: "<"), let tag = HTMLTag.match(scalars, at: i, end: end) {
        if tag.separatesWords {
          if spaceAt < 0 { spaceAt = i }
          spaceIsPlain = false
        }
        builder.skipped = true
        i += tag.length
        continue
      }
      if c >= 0xC2 && c <= 0xF4, let repaired = Mojibake.decode(scalars, at: i, end: end) {
        builder.flushSpace(&spaceAt, plain: spaceIsPlain)
        builder.emit(repaired.value, at: i, length: repaired.length, verbatim: false)
        i += repaired.length
        continue
      }
      if Scalars.isInvisibleJunk(c) {
        builder.skipped = true
        i += 1
        continue
      }
      if c >= 0x80 && c <= 0x9F {
        let meant = HTMLEntities.windows1252[Int(c - 0x80)]
        if meant <= 0x9F {
          builder.skipped = true
        } else {
          builder.flushSpace(&spaceAt, plain: spaceIsPlain)
          builder.emit(meant, at: i, length: 1, verbatim: false)
        }
        i += 1
        continue
      }
      builder.flushSpace(&spaceAt, plain: spaceIsPlain)
      builder.emit(c, at: i, length: 1, verbatim: true)
      i += 1
    }
    self = builder.finish(alwaysMap: alwaysMap)
  }

  /// The display text of `scalars[local]` as a string of its own (a post author's
  /// name): `String(DisplayText(s, local, base: 0).text)`, made straight from
  /// the scalars when they are clean.
  static func string(_ scalars: [UInt32], _ local: Range<Int>) -> String {
    let trimmed = Scalars.trimmed(scalars, local)
    if isClean(scalars, trimmed) { return encode(scalars, trimmed) }
    return String(DisplayText(scalars, local, base: 0).text)
  }

  /// Whether `scalars[range]` needs no decoding or folding: no references, tags,
  /// controls or unusual spaces, and no two spaces in a row.
  private static func isClean(_ scalars: [UInt32], _ range: Range<Int>) -> Bool {
    scalars.withUnsafeBufferPointer { b in
      var previousWasSpace = false
      var k = range.lowerBound
      while k < range.upperBound {
        // Eight at once where they are printable ASCII, with no `&` or `<` and no two
        // spaces in a row (the first is checked against the scalar before).
        if range.upperBound &- k >= 8, let packed = Scalars.packedASCII(b.baseAddress! + k),
          Scalars.isPrintable(packed),
          Scalars.bytes(packed, equalTo: UInt8(ascii: "&"))
            | Scalars.bytes(packed, equalTo: UInt8(ascii: "<")) == 0
        {
          let spaces = Scalars.bytes(packed, equalTo: UInt8(ascii: " "))
          if spaces & (spaces << 8) == 0 && !(previousWasSpace && spaces & 0x80 != 0) {
            previousWasSpace = spaces >> 56 != 0
            k &+= 8
            continue
          }
        }
        let c = b[k]
        if c == UInt32(ascii: " ") {
          if previousWasSpace { return false }
          previousWasSpace = true
          k += 1
          continue
        }
        previousWasSpace = false
        // Printable ASCII other than `&` and `<`: the common case, settled at once,
        // the rest of its run in a loop of its own.
        if c > UInt32(ascii: " ") && c < 0x7F {
          if c == UInt32(ascii: "&") || c == UInt32(ascii: "<") { return false }
          k += 1
          while k < range.upperBound {
            let d = b[k]
            guard d > UInt32(ascii: " ") && d < 0x7F else { break }
            if d == UInt32(ascii: "&") || d == UInt32(ascii: "<") { return false }
            k &+= 1
          }
          continue
        }
        if c < UInt32(ascii: " ") || (c >= 0x7F && c <= 0xA0) || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF {
          return false
        }
        if c >= 0xC2 && c <= 0xF4 && Mojibake.decode(scalars, at: k, end: range.upperBound) != nil {
          return false
        }
        if c >= 0x1680 && Scalars.isSpace(c) { return false }
        k += 1
      }
      return true
    }
  }

  /// `scalars[range]` as a string.
  private static func encode(_ scalars: [UInt32], _ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return scalars.withUnsafeBufferPointer { scalars in
      let length = UTF8Codec.width(scalars, range)
      return String(unsafeUninitializedCapacity: length) { buffer in
        guard let output = buffer.baseAddress, let input = scalars.baseAddress else { return 0 }
        var n = 0
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
          // Eight ASCII scalars written at once; they count one byte each in `length`,
          // so there is room.
          if end &- k >= 8, let packed = Scalars.packedASCII(input + k) {
            UnsafeMutableRawPointer(output + n).storeBytes(of: packed, as: UInt64.self)
            n &+= 8
            k &+= 8
            continue
          }
          n = UTF8Codec.encode(scalars[k], into: buffer, at: n)
          k += 1
        }
        return n
      }
    }
  }

  /// Assembles UTF-8 output and the source map, materialising the map only
  /// once the text stops being a plain copy of the source.
  private struct Builder {
    let base: Int
    /// Output bytes (four per source scalar is always enough: a reference
    /// yields one scalar for three or more, a folded space one for one or more).
    let bytes: UnsafeMutablePointer<UInt8>
    var byteCount = 0
    var map: [Int] = []
    let capacity: Int
    var identity = true
    /// Something was skipped since the last emitted scalar (breaks identity
    /// if more is emitted after it).
    var skipped = false
    var count = 0
    var first = 0
    var lastEnd = 0

    init(base: Int, capacity: Int) {
      self.base = base
      self.capacity = capacity
      bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(4, capacity * 4))
    }

    mutating func flushSpace(_ spaceAt: inout Int, plain: Bool) {
      guard spaceAt >= 0 else { return }
      if count > 0 { emit(UInt32(ascii: " "), at: spaceAt, length: 1, verbatim: plain) }
      spaceAt = -1
    }

    mutating func emit(_ c: UInt32, at local: Int, length: Int, verbatim: Bool) {
      let source = base + local
      if count == 0 {
        first = source
        skipped = false
      }
      if identity && (!verbatim || length != 1 || source != first + count || skipped) {
        identity = false
        map.reserveCapacity(capacity + 1)
        for k in 0..<count { map.append(first + k) }
      }
      skipped = false
      if !identity { map.append(source) }
      byteCount = UTF8Codec.encode(c, into: bytes, at: byteCount)
      count += 1
      lastEnd = source + length
    }

    func finish(alwaysMap: Bool) -> DisplayText {
      let text = String(decoding: UnsafeBufferPointer(start: bytes, count: byteCount), as: UTF8.self)
      bytes.deallocate()
      guard count > 0 else {
        return DisplayText(
          text: "", range: base..<base, sourceMap: alwaysMap ? SourceMap([base]) : nil, count: 0)
      }
      var sourceMap: SourceMap? = nil
      if !identity {
        var map = map
        map.append(lastEnd)
        sourceMap = SourceMap(map)
      } else if alwaysMap {
        sourceMap = SourceMap(identityFrom: first, count: count, end: lastEnd)
      }
      var result = DisplayText(
        text: Substring(text), range: first..<lastEnd, sourceMap: sourceMap, count: count)
      result.isVerbatim = identity
      return result
    }
  }
}

/// The text a block's scalars were decoded from: `scalars[0]` begins at byte
/// `utf8Offset` of `text`, and every scalar takes its UTF-8 length there
/// (the text is well-formed UTF-8), so a stretch of `scalars` is a slice of `text`.
struct DecodedSource {
  let text: String
  let utf8Offset: Int

  /// `scalars[range]` as a slice of `text` (no copy).
  func slice(_ scalars: [UInt32], _ range: Range<Int>) -> Substring {
    let lower = utf8Offset + UTF8Codec.width(scalars, 0..<range.lowerBound)
    let upper = lower + UTF8Codec.width(scalars, range)
    let utf8 = text.utf8
    return text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
  }
}

/// An HTML tag or comment left in scraped text.
///
/// Only tags with a known HTML element name (`<p>`, `</a>`, `<br/>`,
/// `<img src=...>`, `<blockquote class="twitter-tweet">`) and comments
/// `<!-- ... -->` count, so that `a < b` or `<3` in running text stay.
enum HTMLTag {
  struct Match {
    var length: Int
    /// Block-level elements and line breaks separate the words around them.
    var separatesWords: Bool
  }

  static func match(_ scalars: [UInt32], at i: Int, end: Int) -> Match? {
    guard i + 2 < end, scalars[i] == UInt32(ascii: "<") else { return nil }
    if Scalars.matches(scalars, at: i, end: end, commentOpen) {
      var k = i + 4
      let limit = min(end, i + 4000)
      while k + 2 < limit {
        if scalars[k] == UInt32(ascii: "-") && scalars[k + 1] == UInt32(ascii: "-")
          && scalars[k + 2] == UInt32(ascii: ">")
        {
          return Match(length: k + 3 - i, separatesWords: true)
        }
        k += 1
      }
      return nil
    }
    var k = i + 1
    if scalars[k] == UInt32(ascii: "/") { k += 1 }
    let nameStart = k
    while k < end && k - nameStart <= 12 && Scalars.isASCIIAlphanumeric(scalars[k]) { k += 1 }
    guard k > nameStart, k < end, Scalars.isASCIILetter(scalars[nameStart]) else { return nil }
    let next = scalars[k]
    guard next == UInt32(ascii: ">") || next == UInt32(ascii: "/") || Scalars.isSpace(next) else {
      return nil
    }
    let name = UTF8Codec.string(scalars, nameStart..<k).lowercased()
    guard let block = elements[name] else { return nil }
    let limit = min(end, i + 2000)
    while k < limit {
      let c = scalars[k]
      if c == UInt32(ascii: ">") { return Match(length: k + 1 - i, separatesWords: block) }
      if c == UInt32(ascii: "<") { return nil }
      k += 1
    }
    return nil
  }

  private static let commentOpen: [UInt8] = Array("<!--".utf8)

  /// Element names, and whether each one separates words.
  private static let elements: [String: Bool] = {
    let inline = [
      "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "img", "q", "s", "small", "span",
      "strong", "sub", "sup", "time", "u", "mark", "ins", "del", "label", "wbr",
    ]
    let block = [
      "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
      "h1", "h2", "h3", "h4", "h5", "h6", "hr", "iframe", "li", "meta", "nav", "noscript", "ol",
      "p", "picture", "pre", "section", "source", "table", "tbody", "td", "th", "thead", "tr",
      "ul", "video", "audio", "embed", "object", "param", "link", "html", "body", "head",
      "article", "aside", "footer", "header", "main", "button", "form", "svg", "path", "script",
      "style", "input", "title",
    ]
    var result: [String: Bool] = [:]
    for name in inline { result[name] = false }
    for name in block { result[name] = true }
    return result
  }()
}
