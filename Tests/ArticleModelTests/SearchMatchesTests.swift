import ArticleModel
import Testing

@Suite struct SearchMatchesTests {
  @Test func matchesComeBackInOrderWithTheirParagraphs() {
    let given = [
      SearchMatch(paragraph: 0, local: 3..<6), SearchMatch(paragraph: 0, local: 10..<13),
      SearchMatch(paragraph: 4, local: 0..<3), SearchMatch(paragraph: 70_000, local: 2_000_000..<2_000_003),
    ]
    let matches = SearchMatches(given)
    #expect(Array(matches) == given)
    #expect(matches.count == 4)
    #expect(matches[2] == given[2])
    #expect(SearchMatches().isEmpty)
  }

  @Test func anArticleIsSearchedParagraphByParagraph() {
    let article = Article(parsing: "The cat sat.\n\nNo match here.\n\nthe end, THE end")
    let found = Array(article.search("the"))
    #expect(found.map(\.paragraph) == [0, 2, 2])
    #expect(found.map(\.local) == [0..<3, 0..<3, 9..<12])
    // An upper-case letter makes the search match case.
    #expect(Array(article.search("THE")).map(\.local) == [9..<12])
    #expect(article.search("").isEmpty)
    #expect(Array(article.search("the", in: [2])).count == 2)
  }

  @Test func aCommonLetterMatchesEverywhereAndEachMatchComesBackWhole() {
    let text = String(repeating: "e e e e e e e e e e\n\n", count: 1000)
    let matches = Article(parsing: text).search("e")
    #expect(matches.count == 10_000)
    // Every match is still a whole value when asked for.
    #expect(matches.allSatisfy { $0.local.count == 1 })
  }
}
