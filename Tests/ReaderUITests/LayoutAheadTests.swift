import ArticleModel
import TestSupport
import Testing

@testable import ReaderUI

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

  @Test func theLastPageIsLaidOutBeforeGoingToTheEndAsksForIt() {
    var state = ReaderState(
      article: ScrollingTests.numbered(), name: "numbered", size: Size(width: 40, height: 12))
    let cache = state.document.cache
    _ = state.viewRows
    let shown = cache.wrappedCount
    let key = state.lastPageKey
    state.layOutLastPage()
    let ahead = cache.wrappedCount
    #expect(ahead > shown)
    _ = state.apply(.toBottom)
    _ = state.viewRows
    #expect(cache.wrappedCount == ahead)
    // Moving does not change what the last page depends on; a new size does.
    #expect(state.lastPageKey == key)
    _ = state.apply(.resize(Size(width: 50, height: 12)))
    #expect(state.lastPageKey != key)
  }
}

@Suite struct TagCacheTests {
  @Test func aParagraphsTagsAreMadeOnceAndStayTheSame() {
    let article = Article(
      parsing: """
        "We are ready," said Jane Roe. "Come in," she added.

        Nothing quoted here.
        """)
    let document = OpenDocument(name: "tags", article: article)
    let first = document.tags(of: 0)
    #expect(first.map(\.text) == ["[Jane Roe] "])
    #expect(document.cache.taggedCount == 1)
    #expect(document.tags(of: 0) == first)
    #expect(document.cache.taggedCount == 1)
    // A paragraph without quotations has no tags, and nothing is kept for it.
    #expect(document.tags(of: 1).isEmpty)
    #expect(document.cache.taggedCount == 1)
  }
}
