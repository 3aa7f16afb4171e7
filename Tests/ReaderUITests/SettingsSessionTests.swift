import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct SettingsSessionTests {
  func longArticle() -> Article {
    var builder = ArticleBuilder(date: "2018-09-27")
    _ = builder.paragraphs((0..<40).map { "Paragraph number \($0) says something about the talks." })
    return builder.build()
  }

  @Test func aSessionRestoredToAPlaceStartsThereAndReportsWhereItEnded() {
    let backend = RecordingBackend(size: Size(width: 60, height: 12), events: InputEvent.keys("jq"))
    let session = ReaderSession(documents: [Document(name: "a", article: longArticle())], backend: backend)
    session.restore(PositionStore.Place(paragraph: 20, offset: 0))
    #expect(session.place == PositionStore.Place(paragraph: 20, offset: 0))
    #expect(session.run() == 0)
    // One line down from the top of paragraph 20: still there or at the blank line above 21.
    let end = ReadingPosition(paragraph: session.place.paragraph, offset: session.place.offset)
    #expect(end > ReadingPosition(paragraph: 20, offset: 0))
    #expect(end <= ReadingPosition(paragraph: 21, offset: 0))
    #expect(backend.screens.first?.lines.contains { $0.contains("Paragraph number 20 ") } == true)
  }

  @Test func aPlaceBeyondTheArticleIsIgnoredAndOneNearTheEndIsClamped() {
    var state = ReaderState(article: longArticle(), size: Size(width: 60, height: 12))
    let start = state.position
    state.restore(.init(paragraph: 400, offset: 0))
    #expect(state.position == start)
    state.restore(.init(paragraph: 39, offset: 10_000))
    let end = state.position
    state.apply(.toBottom)
    #expect(state.position == end)
  }

  @Test func settingsChooseTheSidePaneAndColours() {
    let backend = RecordingBackend(size: Size(width: 100, height: 20), events: [])
    let session = ReaderSession(documents: [Document(name: "a", article: longArticle())], backend: backend)
    var settings = Settings()
    settings.sidePane = false
    settings.color = .never
    session.use(settings)
    #expect(session.state.sidePaneChoice == false)
    #expect(session.theme == Theme(depth: .none))
  }
}
