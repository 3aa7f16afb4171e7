import ArticleModel
import ReaderUI
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Big articles open with their beginning while the whole is parsed on a thread (`ArticleLoad`).
@Suite struct LoadingSessionTests {
  /// A long article: numbered paragraphs, each with a quotation, the last one marked.
  static let text: String = (0..<400).map { index in
    index == 399
      ? "Closing words of the long article."
      : "Paragraph \(index) of the long article. \"We keep building,\" said Mayor Ana Ruiz."
  }.joined(separator: "\n\n")

  /// The first paragraphs only, as the reader parses them before the first frame.
  static let beginning: String =
    text.components(separatedBy: "\n\n").prefix(30).joined(separator: "\n\n") + "\n\n"

  /// Holds the background parse until the test lets it go.
  final class Gate: Sendable {
    let ends: (read: Int32, write: Int32)
    init() {
      var fds: [Int32] = [-1, -1]
      _ = pipe(&fds)
      ends = (fds[0], fds[1])
    }
    func wait() {
      var byte: UInt8 = 0
      _ = read(ends.read, &byte, 1)
    }
    func open() {
      var byte: UInt8 = 1
      _ = write(ends.write, &byte, 1)
    }
    deinit {
      close(ends.read)
      close(ends.write)
    }
  }

  /// A terminal in memory whose script can also let the background parse finish.
  final class LoadingBackend: TerminalBackend {
    enum Step {
      case event(InputEvent)
      /// Opens the gate and waits until the article is parsed; the wait then ends as woken.
      case finishLoading
    }
    let size = Size(width: 60, height: 12)
    let colorDepth = ColorDepth.none
    var steps: [Step]
    let gate: Gate
    let load: ArticleLoad
    private(set) var screens: [Screen] = []
    init(steps: [Step], gate: Gate, load: ArticleLoad) {
      self.steps = steps
      self.gate = gate
      self.load = load
    }
    func present(_ screen: Screen) { screens.append(screen) }
    func nextEvent() -> InputEvent? {
      if case .event(let event) = steps.first {
        steps.removeFirst()
        return event
      }
      return nil
    }
    func nextEvent(wakingOn wake: Int32?, timeout: Int32) -> BackendWait {
      guard let step = steps.first else { return .ended }
      steps.removeFirst()
      switch step {
      case .event(let event): return .event(event)
      case .finishLoading:
        gate.open()
        _ = load.wait()
        return .woken
      }
    }
    func suspend() {}
    func resume() {}
  }

  /// A session on the beginning of `text`, the whole held at the gate until the script says.
  /// The last 20 paragraphs, as the load finds them before parsing the whole.
  static let ending: ArticleLoad.Ending = {
    let paragraphs = text.components(separatedBy: "\n\n")
    let before = paragraphs.dropLast(20).joined(separator: "\n\n") + "\n\n"
    return ArticleLoad.Ending(
      text: paragraphs.suffix(20).joined(separator: "\n\n"), sourceStart: before.unicodeScalars.count)
  }()

  func session(
    _ steps: [LoadingBackend.Step], warning: String? = nil, withEnding: Bool = false
  ) -> (ReaderSession, LoadingBackend) {
    let gate = Gate()
    let text = Self.text
    let ending: (@Sendable () -> ArticleLoad.Ending?)? = withEnding ? { @Sendable in Self.ending } : nil
    let load = ArticleLoad(byteCount: text.utf8.count, expectedSeconds: 1, wake: WakePipe(), ending: ending) {
      gate.wait()
      return ArticleLoad.Outcome(article: Article(parsing: text), warning: warning)
    }
    let backend = LoadingBackend(steps: steps, gate: gate, load: load)
    let document = Document(name: "long.txt", article: Article(parsing: Self.beginning), loading: load)
    return (ReaderSession(documents: [document], backend: backend), backend)
  }

  func lastLine(_ screen: Screen?) -> String { screen?.lines.last ?? "" }

  @Test func theLoadParsesTheWholeTextOnItsThread() {
    let load = ArticleLoad(parsing: Self.text, expectedSeconds: 1, wake: WakePipe())
    let article = load.wait()
    #expect(article.paragraphs.count == Article(parsing: Self.text).paragraphs.count)
    #expect(load.article?.paragraphs.count == article.paragraphs.count)
  }

  @Test func theWakePipeBecomesReadableWhenTheArticleIsReady() {
    let wake = WakePipe()
    let load = ArticleLoad(parsing: Self.beginning, expectedSeconds: 1, wake: wake)
    _ = load.wait()
    var ready = pollfd(fd: wake.descriptor, events: Int16(POLLIN), revents: 0)
    #expect(poll(&ready, 1, 0) == 1)
    wake.drain()
    ready.revents = 0
    #expect(poll(&ready, 1, 0) == 0)
  }

  @Test func scrollingActsAtOnceOnTheBeginning() {
    let (session, backend) = session([.event(.key(.character("j"))), .event(.key(.character("q")))])
    #expect(session.run() == 0)
    #expect(backend.screens.count == 2)
    #expect(session.state.position.paragraph == 0)
    #expect(backend.screens[0].lines[0] != backend.screens[1].lines[0])
    #expect(session.isLoading)
    backend.gate.open()
  }

  @Test func theEndKeyWaitsForTheWholeArticleThenActs() {
    let (session, backend) = session([
      .event(.key(.character("G"))), .finishLoading, .event(.key(.character("q"))),
    ])
    #expect(session.run() == 0)
    #expect(lastLine(backend.screens[1]).contains("Loading the whole article"))
    #expect(!session.isLoading)
    #expect(session.state.article.paragraphs.count == 400)
    #expect(backend.screens.last?.lines.contains { $0.contains("Closing words") } == true)
    #expect(!lastLine(backend.screens.last).contains("Loading"))
  }

  @Test func theEndingShowsAtOnceThenTheWholeTakesOverThere() throws {
    let (session, backend) = session(
      [.event(.key(.character("G"))), .finishLoading, .event(.key(.character("q")))], withEnding: true)
    // The ending is found first thing on the thread: wait for it as the reader's wake-up would.
    let load = try #require(session.documents[0].loading)
    load.start()
    while load.endingText == nil { usleep(1000) }
    #expect(session.run() == 0)
    let atEnding = backend.screens[1]
    #expect(atEnding.lines.contains { $0.contains("Closing words") })
    #expect(lastLine(atEnding).contains("The end, while the whole article loads"))
    let whole = backend.screens[2]
    #expect(whole.lines.dropLast(2) == atEnding.lines.dropLast(2))
    #expect(whole.lines[10].contains("¶ 397/400  Bot"))
    #expect(session.state.article.paragraphs.count == 400)
  }

  @Test func gGoesBackFromTheEndingToTheBeginning() throws {
    let (session, backend) = session(
      [.event(.key(.character("G"))), .event(.key(.character("g"))), .event(.key(.character("q")))],
      withEnding: true)
    let load = try #require(session.documents[0].loading)
    load.start()
    while load.endingText == nil { usleep(1000) }
    #expect(session.run() == 0)
    #expect(backend.screens[2].lines[0] == backend.screens[0].lines[0])
    #expect(session.state.article.paragraphs.count == 30)
    #expect(session.placesByDocument[0]?.paragraph == 0)
    backend.gate.open()
  }

  @Test func anotherKeyCancelsTheHeldOne() {
    let (session, _) = session([
      .event(.key(.character("G"))), .event(.key(.character("j"))), .finishLoading,
      .event(.key(.character("q"))),
    ])
    #expect(session.run() == 0)
    #expect(session.state.position.paragraph < 5)
  }

  @Test func aPlaceRememberedPastTheBeginningIsReachedOnceTheWholeArrives() {
    let (session, _) = session([.finishLoading, .event(.key(.character("q")))])
    session.restore(PositionStore.Place(paragraph: 200, offset: 0), document: 0)
    #expect(session.run() == 0)
    #expect(session.state.position.paragraph == 200)
  }

  @Test func aRememberedPlaceIsGivenUpWhenTheUserMovesFirst() throws {
    // Gone to the ending while the whole loads: the whole takes over at the end.
    let (atEnd, _) = session(
      [.event(.key(.character("G"))), .finishLoading, .event(.key(.character("q")))], withEnding: true)
    atEnd.restore(PositionStore.Place(paragraph: 200, offset: 0), document: 0)
    let load = try #require(atEnd.documents[0].loading)
    load.start()
    while load.endingText == nil { usleep(1000) }
    #expect(atEnd.run() == 0)
    #expect(atEnd.state.position.paragraph > 390)
    // Scrolled in the beginning: the whole takes over there.
    let (scrolled, _) = session([
      .event(.key(.character("j"))), .finishLoading, .event(.key(.character("q"))),
    ])
    scrolled.restore(PositionStore.Place(paragraph: 200, offset: 0), document: 0)
    #expect(scrolled.run() == 0)
    #expect(scrolled.state.position.paragraph < 5)
  }

  @Test func theReadingPositionIsKeptWhenTheWholeArrives() {
    let (session, backend) = session(
      Array(repeating: .event(.key(.character("j"))), count: 25) + [
        .finishLoading, .event(.key(.character("q"))),
      ])
    #expect(session.run() == 0)
    let screens = backend.screens
    // The screen before the whole arrived and the one after it show the same text
    // (the status line differs: 30 paragraphs known, then 400).
    #expect(screens[25].lines.dropLast(2) == screens[26].lines.dropLast(2))
    #expect(screens[25].lines[10].contains("¶ 9/30"))
    #expect(screens[26].lines[10].contains("¶ 9/400"))
    #expect(session.state.position.paragraph > 5)
  }

  @Test func aWarningThatComesWithTheWholeIsShownAndKept() {
    let (session, backend) = session(
      [.finishLoading, .event(.key(.character("q")))], warning: "long.txt: not valid UTF-8")
    #expect(session.run() == 0)
    #expect(session.warnings == ["long.txt: not valid UTF-8"])
    #expect(lastLine(backend.screens.last).contains("long.txt: not valid UTF-8"))
  }

  @Test func theWorkStartsOnlyAfterTheFirstFrame() {
    let load = ArticleLoad(parsing: Self.beginning, expectedSeconds: 1, wake: WakePipe())
    #expect(load.elapsedSeconds == 0)
    #expect(load.article == nil)
    load.start()
    #expect(load.wait().paragraphs.count == 30)
  }

  @Test func quittingDoesNotWaitForTheLoad() {
    let (session, backend) = session([.event(.key(.character("G"))), .event(.key(.character("q")))])
    #expect(session.run() == 0)
    #expect(session.isLoading)
    backend.gate.open()
  }

  @Test func aTerminationSignalEndsTheSessionWhileLoading() {
    let (session, backend) = session([.event(.terminate(signal: 15))])
    #expect(session.run() == 143)
    backend.gate.open()
  }
}
