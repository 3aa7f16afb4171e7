import ArticleModel
import Testing

@Suite struct SmokeTests {
  @Test func emptyTextGivesEmptyArticle() {
    let article = Article(parsing: "")
    #expect(article.paragraphs.isEmpty)
  }
}
