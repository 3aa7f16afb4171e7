import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct LinkTests {
  @Test(arguments: [
    ("https://t.co/Ab12", "https://t.co/Ab12"),
    ("pic.twitter.com/Ab12", "https://pic.twitter.com/Ab12"),
    ("youtube.com/watch?v=x1&t=2", "https://youtube.com/watch?v=x1&t=2"),
    ("t.me/merlin/412", "https://t.me/merlin/412"),
  ])
  func linksBecomeWebAddresses(link: String, address: String) {
    #expect(PostLink.address(link) == address)
  }

  @Test(arguments: [
    "", "https://x.org/a b", "https://x.org/\u{1B}]52;c;AAAA\u{07}", "javascript:alert(1)",
    "file:///etc/passwd",
    "ftp://x.org/", "-oProxyCommand=x", "https://x.org/\"quoted\"", "https://пример.рф",
  ])
  func unsafeLinksAreRefused(link: String) {
    #expect(PostLink.address(link) == nil)
  }

  func article() -> Article {
    var builder = ArticleBuilder(date: "2018-09-27")
    builder.paragraph("The talks went on.")
    builder.post("Talks resume today", author: "Russia at UN", handle: "RussiaUN", date: "2018-09-27")
    builder.post("No link in this one", author: "Jane Roe", handle: "janeroe", date: nil)
    var built = builder.build()
    built.posts[0].links = ["pic.twitter.com/Ab12", "https://t.co/Xy9"]
    return built
  }

  @Test func oOpensTheFirstWebLinkOfThePostOnScreen() {
    var state = ReaderState(article: article(), size: Size(width: 100, height: 20))
    #expect(state.type("o") == .openLink("https://t.co/Xy9"))
    #expect(state.type("y") == .copyToClipboard("https://t.co/Xy9"))
  }

  @Test func thePostLastJumpedToWins() {
    var state = ReaderState(article: article(), size: Size(width: 100, height: 20))
    state.type("pp")
    #expect(state.currentPost == 1)
    #expect(state.type("o") == nil)
    #expect(state.message == Message("This post has no link", isError: true))
  }

  @Test func withoutAPostThereIsNothingToOpen() {
    var builder = ArticleBuilder()
    builder.paragraph("Only text here.")
    var state = ReaderState(article: builder.build(), size: Size(width: 80, height: 10))
    #expect(state.type("o") == nil)
    #expect(state.message == Message("No post here: p jumps to the next one", isError: true))
  }

  @Test func browserComesFirstThenXdgOpen() {
    let executables: Set<String> = ["/usr/bin/w3m", "/usr/bin/xdg-open"]
    let opener = LinkOpener(environment: ["BROWSER": "nosuch:w3m -N %s", "PATH": "/usr/local/bin:/usr/bin"])
    #expect(
      opener.command(for: "https://t.co/x", isExecutable: executables.contains)
        == .init(arguments: ["/usr/bin/w3m", "-N", "https://t.co/x"], needsTerminal: true))
    let plain = LinkOpener(environment: ["PATH": "/usr/bin"])
    #expect(
      plain.command(for: "https://t.co/x", isExecutable: executables.contains)
        == .init(arguments: ["/usr/bin/xdg-open", "https://t.co/x"], needsTerminal: false))
    #expect(
      LinkOpener(environment: ["PATH": "/nowhere"]).command(
        for: "https://t.co/x", isExecutable: executables.contains) == nil)
  }

  @Test func theLoopRunsTheBrowserWithTheTerminalGivenUp() {
    let backend = RecordingBackend(size: Size(width: 100, height: 20), events: InputEvent.keys("o"))
    let session = ReaderSession(documents: [Document(name: "a", article: article())], backend: backend)
    session.linkOpener = LinkOpener(environment: ["BROWSER": "true", "PATH": "/usr/bin:/bin"])
    _ = session.run()
    #expect(backend.suspendCount == 1)
    #expect(backend.resumeCount == 1)
    #expect(session.state.message == Message("Opened https://t.co/Xy9"))
    #expect(backend.lastScreen?.lines.last?.hasPrefix("Opened https://t.co/Xy9") == true)
  }

  @Test func theLoopSaysWhenNoBrowserExists() {
    let backend = RecordingBackend(size: Size(width: 100, height: 20), events: InputEvent.keys("oy"))
    let session = ReaderSession(documents: [Document(name: "a", article: article())], backend: backend)
    session.linkOpener = LinkOpener(environment: ["PATH": "/nowhere"])
    _ = session.run()
    #expect(backend.suspendCount == 0)
    #expect(
      backend.screens.dropLast().last?.lines.last?.hasPrefix(
        "Cannot open links: set BROWSER or install xdg-open") == true)
    #expect(session.state.message == Message("This terminal cannot be asked to copy", isError: true))
  }
}
