import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct LayoutAheadTests {
  @Test func theNextPageIsLaidOutBeforePagingDownAsksForIt() {
    var state = ReaderState(
      article: ScrollingTests.numbered(), name: "numbered", size: Size(width: 40, height: 12))
    let cache = state.document.cache
    _ = state.viewRows
    let shown = cache.wrappedCount
    state.layOutNextPage()
    let ahead = cache.wrappedCount
    #expect(ahead > shown)
    // Paging down now finds its paragraphs laid out already.
    _ = state.apply(.pageDown)
    _ = state.viewRows
    #expect(cache.wrappedCount == ahead)
  }
}
