import ArticleModel
import Testing

/// Paragraph shapes: blank lines, line endings, BOM, date prefix, one
/// sentence per line, one huge line.
@Suite struct ParagraphSplittingTests {
  @Test func blankLinesSeparateParagraphs() {
    let source = "First one.\n\nSecond one.\n   \t\nThird one."
    let article = Article(parsing: source)
    #expect(article.paragraphs.map(\.text) == ["First one.", "Second one.", "Third one."])
    #expect(article.paragraphs.map { slice(source, $0.range) } == ["First one.", "Second one.", "Third one."])
    #expect(article.paragraphs.map(\.index) == [0, 1, 2])
    #expect(article.paragraphs.allSatisfy { $0.sourceMap == nil })
  }

  @Test func datePrefixStartsTheFirstParagraphAfterIt() {
    let source = " date 1902-01-01 It was cold.\n\nNext."
    let article = Article(parsing: source)
    #expect(article.date == "1902-01-01")
    #expect(article.paragraphs.map(\.text) == ["It was cold.", "Next."])
    #expect(article.paragraphs[0].range == TextRange(start: 17, end: 29))
  }
}
