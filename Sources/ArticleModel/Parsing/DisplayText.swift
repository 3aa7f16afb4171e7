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
///   read as the Windows-1252 characters they stand for.
///
/// `sourceMap` is `nil` when the text is exactly the source slice at `range`;
/// otherwise it holds the source offset of every scalar of `text` plus one
/// past the end, never decreasing. A decoded reference maps to its `&`, a
/// folded space to the first white-space scalar of its run.
struct DisplayText {
  var text: String
  /// Absolute source offsets from the first to one past the last scalar used.
  var range: Range<Int>
  var sourceMap: [Int]?
  /// Number of scalars in `text`.
  var count: Int

  var isEmpty: Bool { count == 0 }

  init(text: String, range: Range<Int>, sourceMap: [Int]?, count: Int) {
    self.text = text
    self.range = range
    self.sourceMap = sourceMap
    self.count = count
  }

  /// Builds the display text of `s[local]`; `base` is the source offset of `s[0]`.
  ///
  /// With `alwaysMap`, `sourceMap` is filled even when it is the identity
  /// (post paragraphs, whose range also covers the signature, need it).
  init(_ s: [UInt32], _ local: Range<Int>, base: Int, alwaysMap: Bool = false) {
    var builder = Builder(base: base, capacity: local.count)
    var i = local.lowerBound
    let end = local.upperBound
    var spaceAt = -1
    var spaceIsPlain = false
    while i < end {
      let c = s[i]
      if Scalars.isSpace(c) {
        if spaceAt < 0 {
          spaceAt = i
          spaceIsPlain = c == 0x20
        } else {
          spaceIsPlain = false
        }
        i += 1
        continue
      }
      if c == 0x26, let entity = HTMLEntities.decode(s, at: i, end: end) {
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
      if c == 0x3C, let tag = HTMLTag.match(s, at: i, end: end) {
        if tag.separatesWords {
          if spaceAt < 0 { spaceAt = i }
          spaceIsPlain = false
        }
        builder.skipped = true
        i += tag.length
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

  /// Assembles UTF-8 output and the source map, materialising the map only
  /// once the text stops being a plain copy of the source.
  private struct Builder {
    let base: Int
    var bytes: [UInt8] = []
    var map: [Int] = []
    var identity = true
    /// Something was skipped since the last emitted scalar (breaks identity
    /// if more is emitted after it).
    var skipped = false
    var count = 0
    var first = 0
    var lastEnd = 0

    init(base: Int, capacity: Int) {
      self.base = base
      bytes.reserveCapacity(capacity)
    }

    mutating func flushSpace(_ spaceAt: inout Int, plain: Bool) {
      guard spaceAt >= 0 else { return }
      if count > 0 { emit(0x20, at: spaceAt, length: 1, verbatim: plain) }
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
        map.reserveCapacity(bytes.capacity + 1)
        for k in 0..<count { map.append(first + k) }
      }
      skipped = false
      if !identity { map.append(source) }
      Scalars.appendUTF8(c, to: &bytes)
      count += 1
      lastEnd = source + length
    }

    func finish(alwaysMap: Bool) -> DisplayText {
      let text = String(decoding: bytes, as: UTF8.self)
      guard count > 0 else {
        return DisplayText(text: "", range: base..<base, sourceMap: alwaysMap ? [base] : nil, count: 0)
      }
      var sourceMap: [Int]? = nil
      if !identity {
        sourceMap = map + [lastEnd]
      } else if alwaysMap {
        var identityMap = Array(first..<(first + count))
        identityMap.append(lastEnd)
        sourceMap = identityMap
      }
      return DisplayText(text: text, range: first..<lastEnd, sourceMap: sourceMap, count: count)
    }
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

  static func match(_ s: [UInt32], at i: Int, end: Int) -> Match? {
    guard i + 2 < end, s[i] == 0x3C else { return nil }
    if Scalars.matches(s, at: i, end: end, commentOpen) {
      var k = i + 4
      let limit = min(end, i + 4000)
      while k + 2 < limit {
        if s[k] == 0x2D && s[k + 1] == 0x2D && s[k + 2] == 0x3E { return Match(length: k + 3 - i, separatesWords: true) }
        k += 1
      }
      return nil
    }
    var k = i + 1
    if s[k] == 0x2F { k += 1 }
    let nameStart = k
    while k < end && k - nameStart <= 12 && Scalars.isASCIIAlphanumeric(s[k]) { k += 1 }
    guard k > nameStart, k < end, Scalars.isASCIILetter(s[nameStart]) else { return nil }
    let next = s[k]
    guard next == 0x3E || next == 0x2F || Scalars.isSpace(next) else { return nil }
    let name = Scalars.string(s, nameStart..<k).lowercased()
    guard let block = elements[name] else { return nil }
    let limit = min(end, i + 2000)
    while k < limit {
      let c = s[k]
      if c == 0x3E { return Match(length: k + 1 - i, separatesWords: block) }
      if c == 0x3C { return nil }
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
