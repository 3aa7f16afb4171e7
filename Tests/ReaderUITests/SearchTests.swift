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
  func current(_ s: ReaderState) -> [Int]? {
    guard let search = s.search, let i = search.current else { return nil }
    return [search.matches[i].paragraph, search.matches[i].local.lowerBound]
  }

  @Test func slashSearchesForwardAndNGoesOn() {
    var s = state()
    s.type("/pier")
    #expect(s.footerLine == "/pier")
    s.press(.enter)
    // "pier" is in paragraphs 0, 1, 2, 3, 4 and 8.
    #expect(s.search?.matches.map(\.paragraph) == [0, 1, 2, 3, 4, 8])
    #expect(current(s) == [0, ArticleBuilder.offset(of: "pier.", in: s.article.paragraphs[0].text)!])
    s.type("nnn")
    #expect(s.search?.current == 3)
    #expect(current(s)?.first == 3)
    #expect(s.statusLine.contains("│ /pier 4/6"))
    s.type("nnn")
    #expect(s.search?.current == 0)
    #expect(s.footerLine == "search hit BOTTOM, continuing at TOP")
    s.type("N")
    #expect(s.search?.current == 5)
    #expect(s.footerLine == "search hit TOP, continuing at BOTTOM")
  }

  @Test func questionMarkSearchesBackward() {
    var s = state()
    s.type("G?council\n")
    // Backward from the bottom: the last "council" above the top row.
    #expect(s.search?.backward == true)
    let last = s.search?.current
    s.type("n")
    #expect(s.search?.current == last.map { $0 - 1 })
    s.type("N")
    #expect(s.search?.current == last)
  }

  @Test func smartcaseIgnoresCaseUnlessThePatternHasCapitals() {
    var s = state()
    s.type("/quint\n")
    let lower = s.search?.matches.count ?? 0
    s.type("/Quint\n")
    let upper = s.search?.matches.count ?? 0
    s.type("/QUINT\n")
    #expect(lower == 2)
    #expect(upper == 2)
    #expect(s.search?.matches.isEmpty == true)
    #expect(s.footerLine == "Pattern not found: QUINT")
  }

  @Test func matchesAreHighlightedAndTheCurrentOneStandsOut() throws {
    var s = state(60, 20)
    s.type("/pier\n")
    let screen = render(s, depth: .many)
    let theme = Theme(depth: .many)
    let first = screen.find("pier.")
    let second = screen.find("pier to")
    try #require(first != nil && second != nil)
    #expect(screen[first!.x, first!.y].style == theme.currentSearchMatch)
    #expect(screen[second!.x, second!.y].style.background == theme.searchMatch.background)
    s.press(.escape)
    let cleared = render(s, depth: .many)
    #expect(cleared[first!.x, first!.y].style.background == .default)
  }

  @Test func withAFilterOnlyTheShownParagraphsAreSearched() {
    var s = state()
    s.type("fberg\n/pier\n")
    // Paragraph 8 is Berg's own post.
    #expect(s.search?.matches.map(\.paragraph) == [4, 8])
  }

  @Test func enterOnAnEmptyPromptRepeatsTheLastSearch() {
    var s = state()
    s.type("/pier\n")
    s.type("/\n")
    #expect(s.search?.pattern == "pier")
    #expect(s.search?.current == 1)
  }

  @Test func nWithoutASearchSaysSo() {
    var s = state()
    s.type("n")
    #expect(s.footerLine == "No previous search pattern")
  }
}
