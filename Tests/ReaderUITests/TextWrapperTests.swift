import ReaderUI
import Testing

/// The rows of a wrapped text as a person reads them, tags included.
private func wrapped(_ text: String, width: Int, tags: [InlineTag] = []) -> [String] {
  let glyphs = Glyph.glyphs(of: text)
  return TextWrapper.wrap(glyphs, tags: tags, width: width).map { line in
    var row = ""
    for segment in line.segments {
      switch segment {
      case .glyphs(let range): row += range.map { glyphs[$0].text }.joined()
      case .tag(let t): row += tags[t].text
      }
    }
    return row
  }
}

@Suite struct TextWrapperTests {
  @Test func wrapsAtSpacesAndDropsTheBreakingSpace() {
    // width 12
    #expect(wrapped("The pier stays public for now.", width: 12) == ["The pier", "stays public", "for now."])
  }

  @Test func keepsTheTextWhenItFits() {
    #expect(wrapped("short line", width: 40) == ["short line"])
  }

  @Test func emptyTextIsOneEmptyRow() {
    #expect(wrapped("", width: 10) == [""])
  }

  @Test func breaksAWordLongerThanTheLine() {
    // width 8: the long word fills the line it starts on, then goes on.
    #expect(wrapped("a harbourmasterships b", width: 8) == ["a harbou", "rmasters", "hips b"])
  }

  @Test func wideCharactersAreNeverSplit() {
    // width 5: two CJK characters take 4 columns, the third goes down.
    #expect(wrapped("中文中文中", width: 5) == ["中文", "中文", "中"])
  }

  @Test func emojiTakeTwoColumns() {
    #expect(wrapped("ab🎣cd", width: 3) == ["ab", "🎣c", "d"])
  }

  @Test func flagsStayTogetherWhenTheyFit() {
    // glibc gives each regional indicator one column: a flag takes two.
    #expect(wrapped("abc🇷🇺", width: 4) == ["abc", "🇷🇺"])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    let text = "cafe\u{301} cafe\u{301}"
    #expect(wrapped(text, width: 5) == ["cafe\u{301}", "cafe\u{301}"])
  }

  @Test func controlsBecomeVisibleMarks() {
    // ESC, BEL and a right-to-left override must never reach the terminal.
    #expect(wrapped("a\u{1B}[31mb\u{7}c\u{202E}d", width: 20) == ["a␛[31mb␇c⸮d"])
  }

  @Test func aTagStaysWithTheWordAfterIt() {
    let text = #"He said "yes" twice."#
    let tag = InlineTag(offset: 8, text: "[Olaf] ", quotation: 0, speaker: 0)
    // width 14: "He said [Olaf]" would fit, but "[Olaf] "yes"" does not: both go down.
    #expect(wrapped(text, width: 14, tags: [tag]) == ["He said", #"[Olaf] "yes""#, "twice."])
  }

  @Test func aLineStartingWithATagStartsAtTheTaggedOffset() {
    let text = #"Intro words "quoted speech" end"#
    let tag = InlineTag(offset: 12, text: "[Ann] ", quotation: 0, speaker: 0)
    let lines = TextWrapper.wrap(Glyph.glyphs(of: text), tags: [tag], width: 16)
    #expect(lines.map(\.offset) == [0, 12, 20])
  }

  @Test(arguments: [1, 2, 3, 7, 40])
  func everyGlyphIsPlacedExactlyOnceAtAnyWidth(width: Int) {
    let text = "Ab 中文 🇷🇺 e\u{301}\u{1B} longerwordhere 🎣 end"
    let glyphs = Glyph.glyphs(of: text)
    let lines = TextWrapper.wrap(glyphs, width: width)
    var placed: [Int] = []
    for line in lines {
      var columns = 0
      for case .glyphs(let range) in line.segments {
        placed += Array(range)
        columns += range.reduce(0) { $0 + glyphs[$1].width }
      }
      #expect(columns == line.width)
      #expect(columns <= max(width, 2))
    }
    let nonSpace = glyphs.indices.filter { !glyphs[$0].isSpace }
    #expect(placed.filter { !glyphs[$0].isSpace } == nonSpace)
  }
}
