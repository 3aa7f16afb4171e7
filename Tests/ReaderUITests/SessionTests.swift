import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// Whole sessions in memory, through `RecordingBackend`.
@Suite struct SessionTests {
  func session(_ events: [InputEvent], size: Size = Size(width: 60, height: 20)) -> (
    ReaderSession, RecordingBackend
  ) {
    let backend = RecordingBackend(size: size, events: events)
    let session = ReaderSession(
      documents: [Document(name: "summit.txt", article: SampleArticles.summit())], backend: backend)
    return (session, backend)
  }

  @Test func qQuitsWithStatusZeroAfterDrawingOnce() {
    let (session, backend) = session(InputEvent.keys("q"))
    #expect(session.run() == 0)
    #expect(backend.screens.count == 1)
    #expect(backend.screens[0].lines[0] == "2024-05-14")
  }

  @Test func aTerminationSignalGivesOneHundredTwentyEightPlusIt() {
    let (session, _) = session([.terminate(signal: 15)])
    #expect(session.run() == 143)
  }

  @Test func endOfInputEndsTheSession() {
    let (session, backend) = session(InputEvent.keys("jj"))
    #expect(session.run() == 0)
    #expect(backend.screens.count == 3)
  }

  @Test func everyEventIsFollowedByAFreshScreen() {
    let (session, backend) = session(
      InputEvent.keys("]]") + [.resize(Size(width: 100, height: 30))] + InputEvent.keys("q"))
    #expect(session.run() == 0)
    #expect(backend.screens.map(\.size.width) == [60, 60, 60, 100])
    #expect(backend.screens[2].lines[18].contains("quote 2/4 Olaf Berg"))
    #expect(backend.screens[3].lines[28].contains("quote 2/4 Olaf Berg"))
  }

  @Test func resumeAndControlLRepaintEverything() {
    let (session, backend) = session([.resumed, .key(.control("l"))])
    _ = session.run()
    #expect(backend.invalidateCount == 2)
  }

  @Test func anEmptyArticleStillOpens() {
    let backend = RecordingBackend(size: Size(width: 40, height: 10), events: InputEvent.keys("jG]p/x\n"))
    let empty = Article(source: "", scalarCount: 0, date: nil, paragraphs: [])
    let session = ReaderSession(documents: [Document(name: "empty.txt", article: empty)], backend: backend)
    #expect(session.run() == 0)
    #expect(backend.lastScreen?.lines[0] == "(this article has no text)")
  }

  @Test func noDocumentsAtAllStillOpens() {
    let backend = RecordingBackend(size: Size(width: 40, height: 10), events: InputEvent.keys("j]q"))
    #expect(ReaderSession(documents: [], backend: backend).run() == 0)
  }
}
