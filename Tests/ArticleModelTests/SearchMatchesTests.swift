import ArticleModel
import Testing

@Suite struct SearchMatchesTests {
  @Test func aParagraphsMatchesComeBackTogetherWithTheIndexOfTheFirst() {
    let article = Article(parsing: "aXa aXa\n\nnone\n\nxax")
    let matches = article.search("xa")
    #expect(matches.count == 3)
    #expect(matches.matches(inParagraph: 0).first == 0)
    #expect(matches.matches(inParagraph: 0).matches.map(\.local) == [1..<3, 5..<7])
    #expect(matches.matches(inParagraph: 1).matches.isEmpty)
    #expect(matches.matches(inParagraph: 2).first == 2)
    #expect(matches.matches(inParagraph: 2).matches.map(\.local) == [0..<2])
    #expect(matches[2] == SearchMatch(paragraph: 2, local: 0..<2))
  }

  @Test func occurrencesDoNotOverlap() {
    let article = Article(parsing: "aaaaa")
    #expect(Array(article.search("aa")).map(\.local) == [0..<2, 2..<4])
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
