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
    let theme = Theme(depth: .none)
    let ready = state.drawEndAhead(theme: theme, keyMap: .default)
    let ahead = cache.wrappedCount
    #expect(ahead > shown)
    _ = state.apply(.toBottom)
    _ = state.viewRows
    #expect(cache.wrappedCount == ahead)
    // The frame drawn ahead is the one G shows, for the state G gives.
    #expect(ready.state == state)
    #expect(ready.screen == ReaderView.render(state, theme: theme))
    // Moving about leaves the end where it was; a new size moves it.
    _ = state.apply(.toTop)
    _ = state.apply(.lineDown)
    #expect(state.atEnd == ready.state)
    _ = state.apply(.resize(Size(width: 50, height: 12)))
    #expect(state.atEnd != ready.state)
  }
}

@Suite struct EndDrawnAheadTests {
  /// The screens of a session over `events`, with or without the end drawn ahead.
  private func screens(_ events: [InputEvent], ahead: Bool) -> (screens: [Screen], ready: Int) {
    let backend = RecordingBackend(size: Size(width: 70, height: 16), events: events)
    let session = ReaderSession(
      documents: [Document(name: "summit.txt", article: SampleArticles.summit())], backend: backend)
    session.drawsEndAhead = ahead
    _ = session.run()
    return (backend.screens, session.readyFramesShown)
  }

  @Test func theFramesShownAreTheSameWithTheEndDrawnAhead() {
    // G from many places and states: after moving, with a search, a message, the side
    // pane hidden and focused, a new size, the help, a filter.
    let events =
      InputEvent.keys("jjG") + InputEvent.keys("gG]G[[") + InputEvent.keys("/the\nGnNG")
      + InputEvent.keys("sGsg\tG\tG") + [.resize(Size(width: 90, height: 20))] + InputEvent.keys("G?G")
      + [.key(.escape)] + InputEvent.keys("gJGjG")
    let with = screens(events, ahead: true)
    let without = screens(events, ahead: false)
    #expect(with.screens.count == without.screens.count)
    #expect(with.screens.map(\.lines) == without.screens.map(\.lines))
    let sameStyles = with.screens == without.screens  // (a failure would print every cell)
    #expect(sameStyles)
    #expect(with.ready >= 4)
    #expect(without.ready == 0)
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

  @Test func pagingThroughALongArticleKeepsTheEndDrawnAhead() {
    // 300 pages, then G: the reader shows the frame it drew for G while it waited,
    // and draws nothing for it then. Every paragraph has a quotation, listed in the side pane.
    let text = (0..<2_000).map { "Paragraph \($0) has words. \"We keep building,\" said Mayor Ana Ruiz." }
      .joined(separator: "\n\n")
    let backend = RecordingBackend(
      size: Size(width: 100, height: 12),
      events: Array(repeating: .key(.pageDown), count: 300) + InputEvent.keys("G"))
    let document = Document(name: "quoted", article: Article(parsing: text))
    let session = ReaderSession(documents: [document], backend: backend)
    session.state.sideTab = .quotations
    _ = session.run()
    let cache = session.state.document.cache
    #expect(cache.turns > 3)
    #expect(session.readyFramesShown == 1)
    #expect(session.state.position == session.state.atEnd.position)
    #expect(backend.lastScreen == ReaderView.render(session.state, theme: Theme(depth: .many)))
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
