import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct PlainTextRendererTests {
  /// An article whose paragraphs are exactly `texts` (no parsing involved).
  private func article(date: String? = nil, _ texts: [String]) -> Article {
    var offset = 0
    var paragraphs: [Paragraph] = []
    for (index, text) in texts.enumerated() {
      let count = text.unicodeScalars.count
      paragraphs.append(
        Paragraph(index: index, range: TextRange(start: offset, end: offset + count), text: text))
      offset += count + 2
    }
    return Article(
      source: texts.joined(separator: "\n\n"), scalarCount: max(0, offset - 2), date: date,
      paragraphs: paragraphs)
  }

  @Test func dateThenParagraphsWithABlankLineBetween() {
    let text = PlainTextRenderer.render(
      article(date: "2018-09-27", ["The talks resumed.", "Nobody said a word."]), width: 40)
    #expect(
      text == """
        2018-09-27

        The talks resumed.

        Nobody said a word.

        """)
  }

  @Test func wrapsAtWordsToTheWidth() {
    // width 16:  |The minister    |
    //            |said the talks  |
    //            |would resume.   |
    let text = PlainTextRenderer.render(
      article(["The minister said the talks would resume."]), width: 16)
    #expect(text == "The minister\nsaid the talks\nwould resume.\n")
  }

  @Test func aWordLongerThanTheLineIsCut() {
    #expect(PlainTextRenderer.wrap("ab abcdefghij", width: 4) == ["ab", "abcd", "efgh", "ij"])
  }

  @Test func wideCharactersCountTwoColumns() {
    // 中文 takes four columns, so two of them fill a line of 4.
    #expect(PlainTextRenderer.wrap("中文 中文字", width: 4) == ["中文", "中文", "字"])
  }

  @Test func spacesFoldAndNeverEndALine() {
    #expect(PlainTextRenderer.wrap("  one   two  ", width: 20) == ["one two"])
    #expect(PlainTextRenderer.wrap("   ", width: 20).isEmpty)
  }

  @Test(arguments: [
    "esc \u{1B}[31m red \u{1B}]52;c;AAAA\u{07} clip",
    "osc8 \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\",
    "c1 \u{9B}2J and del \u{7F} and nul \u{0} and bell \u{07}",
    "cr\rlf\ntab\tform\u{0C}feed",
  ])
  func noControlByteOtherThanNewlineReachesTheOutput(hostile: String) {
    let text = PlainTextRenderer.render(article(date: "2020-\u{1B}01", [hostile, hostile]), width: 30)
    let bad = ControlCharacters.controlBytes(in: text.utf8)
    #expect(bad.isEmpty, "control bytes \(bad) in \(text.debugDescription)")
    #expect(!ControlCharacters.hasC1Control(text))
    if hostile.contains("\u{1B}") {
      #expect(text.contains("\u{241B}"))  // ESC shown as ␛
    }
  }

  @Test func emptyArticleGivesNothing() {
    #expect(PlainTextRenderer.render(article([]), width: 80) == "")
  }

  @Test func widthBelowOneIsTreatedAsOne() {
    #expect(PlainTextRenderer.wrap("ab", width: 0) == ["a", "b"])
  }
}
