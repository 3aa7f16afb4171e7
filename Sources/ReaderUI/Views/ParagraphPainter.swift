import ArticleModel

/// Styles and draws wrapped lines, remembering the last paragraph's spans.
struct ParagraphPainter {
  struct QuoteSpan {
    var range: Range<Int>
    var quotation: Int
    var speaker: Int?
    /// The style of its text (worked out once per paragraph, not per glyph).
    var style: Style
  }

  let state: ReaderState
  let theme: Theme
  var paragraph = -1
  var glyphs: [Glyph] = []
  var tags: [InlineTag] = []
  var quotes: [QuoteSpan] = []
  /// Search matches in this paragraph: (range, index in all matches).
  var matches: ArraySlice<SearchMatch> = []
  var matchBase = 0

  init(state: ReaderState, theme: Theme) {
    self.state = state
    self.theme = theme
  }

  mutating func load(_ index: Int) {
    guard index != paragraph else { return }
    paragraph = index
    let document = state.document
    glyphs = document.glyphs(of: index)
    tags = document.tags(of: index)
    quotes = []
    for quotationIndex in document.quotationsByParagraph[index] ?? []
    where document.article.quotations.indices.contains(quotationIndex) {
      let quotation = document.article.quotations[quotationIndex]
      for piece in quotation.pieces where piece.paragraph == index {
        var style = theme.speech(speaker: quotation.speaker)
        if quotationIndex == state.currentQuotation { style = theme.currentQuotation(style) }
        quotes.append(
          QuoteSpan(range: piece.local, quotation: quotationIndex, speaker: quotation.speaker, style: style))
      }
    }
    matches = []
    if let search = state.search {
      let found = search.matches.matches(inParagraph: index)
      matches = ArraySlice(found.matches)
      matchBase = found.first
    }
  }

  mutating func draw(
    _ line: WrappedLine, of paragraphIndex: Int, into screen: inout Screen, x startX: Int, y: Int, clip: Rect
  ) {
    load(paragraphIndex)
    var x = startX
    let maxX = min(clip.maxX, screen.size.width)
    var match = matches.startIndex
    let currentMatch = state.search?.current
    for segment in line.segments {
      switch segment {
      case .tag(let tagIndex):
        guard tags.indices.contains(tagIndex) else { continue }
        let tag = tags[tagIndex]
        var style = theme.speakerTag(speaker: tag.speaker)
        if tag.quotation == state.currentQuotation { style = theme.currentQuotation(style) }
        // The trailing space of the tag stays unstyled.
        x = screen.put(tag.text.dropLast(), x: x, y: y, style: style, clip: clip)
        x = screen.put(" ", x: x, y: y, clip: clip)
      case .glyphs(let range):
        let rowStart = y * screen.size.width
        screen.withCells { cells in
          for g in range {
            let glyph = glyphs[g]
            if x >= maxX { break }
            var style = Style.plain
            for quote in quotes where quote.range.contains(glyph.offset) { style = quote.style }
            while match < matches.endIndex && matches[match].local.upperBound <= glyph.offset { match += 1 }
            if match < matches.endIndex && matches[match].local.contains(glyph.offset) {
              style =
                (matchBase + (match - matches.startIndex)) == currentMatch
                ? theme.currentSearchMatch : theme.searchMatch
            }
            if x + glyph.width > maxX {
              cells[rowStart + x] = Cell(content: Cell.blank.content, width: 1, style: style)
              x = maxX
              break
            }
            if x >= clip.x {
              cells[rowStart + x] = Cell(content: glyph.content, width: UInt8(glyph.width), style: style)
              if glyph.width == 2 { cells[rowStart + x + 1] = .continuation(style: style) }
            }
            x += glyph.width
          }
        }
      }
    }
  }
}
