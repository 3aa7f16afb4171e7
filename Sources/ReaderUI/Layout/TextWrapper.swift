/// Word wrap of one paragraph at one width.
///
/// Greedy, like `fmt` and every pager: words go on the line while they fit;
/// the spaces where a line breaks are not drawn. A word longer than the whole
/// line is broken between graphemes, filling the line it starts on. A wide
/// glyph (CJK, most emoji) never straddles the edge, so text without spaces
/// (Chinese, Japanese) simply wraps grapheme by grapheme. A tag stays on the
/// same line as the word after it when both fit on a line.
///
///     width 10, "a verylongword b"      tags: none
///     |a verylon|
///     |gword b   |
///
///     width 6, "中文中文"               wide glyphs never split
///     |中文中|
///     |文    |
public enum TextWrapper {
  /// Wraps `glyphs` (with `tags` placed before the glyphs at their offsets) to `width` columns.
  ///
  /// - Parameters:
  ///   - glyphs: The paragraph as `Glyph.glyphs(of:)` gives it.
  ///   - tags: Labels to insert, sorted by offset.
  ///   - width: Columns available; anything below 1 counts as 1.
  /// - Returns: At least one line, each with its starting offset.
  public static func wrap(_ glyphs: [Glyph], tags: [InlineTag] = [], width: Int) -> [WrappedLine] {
    let width = max(1, width)
    var wrapper = Wrapper(glyphs: glyphs, tags: tags, width: width)
    wrapper.run()
    return wrapper.lines
  }
}

private struct Wrapper {
  let glyphs: [Glyph]
  let tags: [InlineTag]
  let width: Int
  var lines: [WrappedLine] = []
  var segments: [WrappedLine.Segment] = []
  var lineWidth = 0
  var lineOffset: Int?
  var pendingSpaces: Range<Int>?
  var pendingWidth = 0

  init(glyphs: [Glyph], tags: [InlineTag], width: Int) {
    self.glyphs = glyphs
    self.tags = tags
    self.width = width
  }

  mutating func run() {
    var glyph = 0
    var tag = 0
    let glyphCount = glyphs.count
    while glyph < glyphCount || tag < tags.count {
      if tag < tags.count && (glyph >= glyphCount || tags[tag].offset <= glyphs[glyph].offset) {
        // Keep the tag with the word that follows it.
        var wordWidth = 0
        var end = glyph
        while end < glyphCount && !glyphs[end].isSpace {
          if end > glyph && tag + 1 < tags.count && tags[tag + 1].offset <= glyphs[end].offset { break }
          wordWidth += glyphs[end].width
          end += 1
        }
        placeTag(tag, keepWidth: tags[tag].width + wordWidth)
        tag += 1
        continue
      }
      if glyphs[glyph].isSpace {
        var end = glyph
        var runWidth = 0
        while end < glyphCount && glyphs[end].isSpace {
          if tag < tags.count && tags[tag].offset <= glyphs[end].offset && end > glyph { break }
          runWidth += glyphs[end].width
          end += 1
        }
        if let pending = pendingSpaces {
          pendingSpaces = pending.lowerBound..<end
        } else {
          pendingSpaces = glyph..<end
        }
        pendingWidth += runWidth
        glyph = end
        continue
      }
      var end = glyph
      var runWidth = 0
      while end < glyphCount && !glyphs[end].isSpace {
        if end > glyph && tag < tags.count && tags[tag].offset <= glyphs[end].offset { break }
        runWidth += glyphs[end].width
        end += 1
      }
      placeWord(glyph..<end, width: runWidth)
      glyph = end
    }
    if !segments.isEmpty || lines.isEmpty { flush() }
  }

  mutating func flush() {
    lines.append(WrappedLine(offset: lineOffset ?? 0, segments: segments, width: lineWidth))
    segments = []
    lineWidth = 0
    lineOffset = nil
  }

  mutating func appendGlyphs(_ range: Range<Int>, width w: Int) {
    guard !range.isEmpty else { return }
    if lineOffset == nil { lineOffset = glyphs[range.lowerBound].offset }
    if case .glyphs(let last)? = segments.last, last.upperBound == range.lowerBound {
      segments[segments.count - 1] = .glyphs(last.lowerBound..<range.upperBound)
    } else {
      segments.append(.glyphs(range))
    }
    lineWidth += w
  }

  /// Puts the pending spaces on the line (when the line already has something) and forgets them.
  mutating func takeSpaces() {
    if let spaces = pendingSpaces, !segments.isEmpty {
      appendGlyphs(spaces, width: pendingWidth)
    }
    pendingSpaces = nil
    pendingWidth = 0
  }

  mutating func placeTag(_ t: Int, keepWidth: Int) {
    let spaceWidth = segments.isEmpty ? 0 : pendingWidth
    let needed = min(keepWidth, width)
    if !segments.isEmpty && lineWidth + spaceWidth + max(needed, tags[t].width) > width {
      flush()
    }
    takeSpaces()
    if lineOffset == nil { lineOffset = tags[t].offset }
    segments.append(.tag(t))
    lineWidth += tags[t].width
  }

  mutating func placeWord(_ range: Range<Int>, width wordWidth: Int) {
    let spaceWidth = segments.isEmpty ? 0 : pendingWidth
    if lineWidth + spaceWidth + wordWidth <= width {
      takeSpaces()
      appendGlyphs(range, width: wordWidth)
      return
    }
    if wordWidth <= width {
      flush()
      takeSpaces()
      appendGlyphs(range, width: wordWidth)
      return
    }
    // Longer than a line: fill this line (after its space) and break between graphemes.
    if !segments.isEmpty && lineWidth + spaceWidth + 2 > width { flush() }
    takeSpaces()
    var start = range.lowerBound
    while start < range.upperBound {
      var end = start + 1
      var graphemeWidth = glyphs[start].width
      while end < range.upperBound && !glyphs[end].startsGrapheme {
        graphemeWidth += glyphs[end].width
        end += 1
      }
      if graphemeWidth <= width {
        if lineWidth + graphemeWidth > width { flush() }
        appendGlyphs(start..<end, width: graphemeWidth)
      } else {
        // A grapheme wider than the line (a long emoji sequence): split between its units.
        for unit in start..<end {
          if lineWidth + glyphs[unit].width > width && !segments.isEmpty { flush() }
          appendGlyphs(unit..<(unit + 1), width: glyphs[unit].width)
        }
      }
      start = end
    }
  }
}
