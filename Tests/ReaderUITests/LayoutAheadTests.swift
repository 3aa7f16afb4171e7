import ArticleModel
import TestSupport
import Testing

@testable import ReaderUI

@Suite struct LayoutAheadTests {
  /// The numbered article at 40x12, its first page laid out as a frame would.
  private func firstPageShown() -> ReaderState {
    let state = ReaderState(
      article: ScrollingTests.numbered(), name: "numbered", size: Size(width: 40, height: 12))
    _ = state.viewRows
    return state
  }

  @Test func theNextPageIsLaidOutBeforePagingDownAsksForIt() {
    var state = firstPageShown()
    let cache = state.document.cache
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
    var state = firstPageShown()
    let cache = state.document.cache
    let shown = cache.wrappedCount
    let key = state.lastPageKey
    state.drawEndAhead(theme: Theme(depth: .none))
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

@Suite struct LayoutCacheGenerationTests {
  @Test func entriesUsedSinceTheLastTurnSurviveIt() {
    var memo = Generations<Int, String>(limit: 4)
    memo.insert("a", for: 1)
    memo.insert("b", for: 2)
    // Full half: 1 and 2 become the older generation.
    memo.insert("c", for: 3)
    #expect(memo.value(for: 1) == "a")  // used again: back in the newer one
    memo.insert("d", for: 4)  // turn: 3 and 1 older, 2 forgotten
    #expect(memo.value(for: 2) == nil)
    #expect(memo.value(for: 1) == "a")
    #expect(memo.value(for: 3) == "c")
    #expect(memo.count <= 4)
  }

  @Test func pagingThroughALongArticleKeepsTheLastPageLaidOutAhead() {
    // The reader's idle step after every frame: the next page, and the end (drawn and
    // thrown away) when the cache may have forgotten it. 300 pages later G finds it ready.
    // Every paragraph has a quotation, listed in the side pane.
    let text = (0..<2_000).map { "Paragraph \($0) has words. \"We keep building,\" said Mayor Ana Ruiz." }
      .joined(separator: "\n\n")
    var state = ReaderState(
      article: Article(parsing: text), name: "quoted", size: Size(width: 100, height: 12))
    state.sideTab = .quotations
    let cache = state.document.cache
    var laidOut: LastPageKey?
    let theme = Theme(depth: .none)
    func frameAndIdle() {
      _ = ReaderView.render(state, theme: theme)
      state.layOutNextPage()
      if laidOut != state.lastPageKey {
        state.drawEndAhead(theme: theme)
        laidOut = state.lastPageKey
      }
    }
    frameAndIdle()
    // Enough pages for the cache to forget its oldest entries several times over.
    for _ in 0..<300 {
      _ = state.apply(.pageDown)
      frameAndIdle()
    }
    #expect(cache.turns > 3)
    let made = cache.madeCount
    let drawn = state.document.sideListCache.drawnCount
    _ = state.apply(.toBottom)
    _ = ReaderView.render(state, theme: theme)
    #expect(cache.madeCount == made)
    // ... and the side list's page at the end, drawn then too.
    #expect(state.document.sideListCache.drawnCount == drawn)
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
