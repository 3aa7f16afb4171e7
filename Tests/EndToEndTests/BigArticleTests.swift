import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A big article in a real terminal: the beginning shows while the whole loads, G reaches the end.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BigArticleTests {
  /// About 3 MB of our own text (well past the size parsed whole before the first frame).
  static let article: String = {
    var paragraphs = ["date 2022-03-14 Opening words of the big article, on the harbour wall."]
    for index in 1..<24_000 {
      paragraphs.append(
        "Paragraph \(index): the council met again. \"We will keep the wall standing,\" said Mayor Ana Ruiz, "
          + "who has led the city since the floods.")
    }
    paragraphs.append("Closing words of the big article, after the vote.")
    return paragraphs.joined(separator: "\n\n") + "\n"
  }()

  private func articleFile() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-e2e-big-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
    try Self.article.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  /// Starts the reader on `file` and waits for the article's beginning to show.
  private func openShowingTheBeginning(_ file: URL, in tmux: TmuxSession) throws {
    try tmux.run(try TmuxSession.bylineCommand("--no-state " + shellQuoted(file.path)))
    let opened = try tmux.waitFor(text: "Opening words", upTo: .seconds(120))
    #expect(opened.ok, "the beginning never showed:\n\(opened.screen)")
  }

  @Test func theBeginningShowsThenGReachesTheEnd() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try openShowingTheBeginning(file, in: tmux)
    try tmux.press("G")
    let end = try tmux.waitFor(text: "Closing words", upTo: .seconds(300))
    #expect(end.ok, "G never reached the end:\n\(end.screen)")
    #expect(!end.screen.contains("Opening words"))
    // G shows the ending at once if it was found, else waits; either way the whole comes in
    // and the reader stays at the end.
    let whole = try tmux.waitFor(upTo: .seconds(300)) { !$0.contains("loads (") && !$0.contains("Loading") }
    #expect(whole.ok, "the whole article never came in:\n\(whole.screen)")
    #expect(whole.screen.contains("Closing words"), "the end was lost:\n\(whole.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Closing words")
  }

  @Test func aSignalWhileLoadingStillRestoresTheTerminal() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try openShowingTheBeginning(file, in: tmux)
    let child = try #require(try tmux.foregroundChild(), "no byline process under the shell")
    #expect(kill(child, SIGTERM) == 0)
    try tmux.expectRestored(status: 143, readerText: "Opening words")
  }
}
