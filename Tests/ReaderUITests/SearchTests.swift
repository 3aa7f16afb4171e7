import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct SearchTests {
  func state(_ width: Int = 60, _ height: Int = 12) -> ReaderState {
    ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: width, height: height))
  }

  /// (paragraph, local offset) of the current match.
  func current(_ reader: ReaderState) -> [Int]? {
    guard let search = reader.search, let i = search.current else { return nil }
    return [search.matches[i].paragraph, search.matches[i].local.lowerBound]
  }

  @Test func slashSearchesForwardAndNGoesOn() {
    var reader = state()
    reader.type("/pier")
    #expect(reader.footerLine == "/pier")
    reader.press(.enter)
    // "pier" is in paragraphs 0, 1, 2, 3, 4 and 8.
    #expect(reader.search?.matches.map(\.paragraph) == [0, 1, 2, 3, 4, 8])
    #expect(
      current(reader) == [0, ArticleBuilder.offset(of: "pier.", in: reader.article.paragraphs[0].text)!])
    reader.type("nnn")
    #expect(reader.search?.current == 3)
    #expect(current(reader)?.first == 3)
    #expect(reader.statusLine.contains("│ /pier 4/6"))
    reader.type("nnn")
    #expect(reader.search?.current == 0)
    #expect(reader.footerLine == "search hit BOTTOM, continuing at TOP")
    reader.type("N")
    #expect(reader.search?.current == 5)
    #expect(reader.footerLine == "search hit TOP, continuing at BOTTOM")
  }

  @Test func questionMarkSearchesBackward() {
    var reader = state()
    reader.type("G?council\n")
    // Backward from the bottom: the last "council" above the top row.
    #expect(reader.search?.backward == true)
    let last = reader.search?.current
    reader.type("n")
    #expect(reader.search?.current == last.map { $0 - 1 })
    reader.type("N")
    #expect(reader.search?.current == last)
  }

  @Test func smartcaseIgnoresCaseUnlessThePatternHasCapitals() {
    var reader = state()
    reader.type("/quint\n")
    let lower = reader.search?.matches.count ?? 0
    reader.type("/Quint\n")
    let upper = reader.search?.matches.count ?? 0
    reader.type("/QUINT\n")
    #expect(lower == 2)
    #expect(upper == 2)
    #expect(reader.search?.matches.isEmpty == true)
    #expect(reader.footerLine == "Pattern not found: QUINT")
  }

  @Test func matchesAreHighlightedAndTheCurrentOneStandsOut() throws {
    var reader = state(60, 20)
    reader.type("/pier\n")
    let screen = render(reader, depth: .many)
    let theme = Theme(depth: .many)
    let first = screen.find("pier.")
    let second = screen.find("pier to")
    try #require(first != nil && second != nil)
    #expect(screen[first!.x, first!.y].style == theme.currentSearchMatch)
    #expect(screen[second!.x, second!.y].style.background == theme.searchMatch.background)
    reader.press(.escape)
    let cleared = render(reader, depth: .many)
    #expect(cleared[first!.x, first!.y].style.background == .default)
  }

  @Test func withAFilterOnlyTheShownParagraphsAreSearched() {
    var reader = state()
    reader.type("fberg\n/pier\n")
    // Paragraph 8 is Berg's own post.
    #expect(reader.search?.matches.map(\.paragraph) == [4, 8])
  }

  @Test func enterOnAnEmptyPromptRepeatsTheLastSearch() {
    var reader = state()
    reader.type("/pier\n")
    reader.type("/\n")
    #expect(reader.search?.pattern == "pier")
    #expect(reader.search?.current == 1)
  }

  @Test func nWithoutASearchSaysSo() {
    var reader = state()
    reader.type("n")
    #expect(reader.footerLine == "No previous search pattern")
  }
}
