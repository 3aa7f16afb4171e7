import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// What keys do while a big article loads, decided by the state alone: the loop only
/// notes what the load says (`note`) and hands over the whole article (`finishLoading`).
@Suite struct WhileLoadingTests {
  /// The beginning of `LoadingSessionTests.text` shown, the whole of it (2 MB, say) loading.
  func loadingReader() -> ReaderState {
    let load = ArticleLoad(byteCount: 2_000_000, expectedSeconds: 1, wake: WakePipe()) {
      ArticleLoad.Outcome(article: Article(parsing: LoadingSessionTests.text))
    }
    let beginning = Article(parsing: LoadingSessionTests.beginning)
    return ReaderState(
      documents: [Document(name: "long.txt", article: beginning, loading: load)],
      size: Size(width: 100, height: 12))
  }

  @Test func aKeyThatNeedsTheWholeArticleIsHeldAndSaysSo() {
    var reader = loadingReader()
    #expect(reader.isLoading)
    reader.type("]")
    #expect(reader.currentQuotation == nil)
    #expect(reader.footerLine.hasPrefix("Loading the whole article (2.0 MB) for that key…"))
  }

  @Test func theHeldKeyActsOnceTheWholeArticleIsIn() {
    var reader = loadingReader()
    reader.type("]")
    let whole = ArticleLoad.Outcome(article: Article(parsing: LoadingSessionTests.text))
    #expect(reader.finishLoading(document: 0, with: whole, keyMap: .default) == nil)
    #expect(!reader.isLoading)
    #expect(reader.article.paragraphs.count == 400)
    #expect(reader.currentQuotation == 0)
    #expect(!reader.footerLine.contains("Loading"))
  }

  @Test func anotherKeyCancelsTheHeldOne() {
    var reader = loadingReader()
    reader.type("]j")
    let whole = ArticleLoad.Outcome(article: Article(parsing: LoadingSessionTests.text))
    _ = reader.finishLoading(document: 0, with: whole, keyMap: .default)
    #expect(reader.currentQuotation == nil)
  }

  @Test func aHeldGShowsTheEndingOnceTheLoadHasFoundItAndGGoesBack() {
    var reader = loadingReader()
    reader.type("G")
    #expect(reader.footerLine.hasPrefix("Loading the whole article (2.0 MB) for that key…"))
    reader.note(LoadNews(document: 0, progress: 0.5, ending: LoadingSessionTests.ending))
    reader.showLoadingProgress(keyMap: .default)
    #expect(reader.footerLine.hasPrefix("The end, while the whole article loads (2.0 MB)… about 50%"))
    #expect(render(reader).lines.contains { $0.contains("Closing words of the long article.") })
    reader.type("g")
    #expect(reader.article.paragraphs.count == 30)
    #expect(reader.position.paragraph == 0)
  }
}
