import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary in a real terminal (tmux): opening, quitting, signals, resize, stdin.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderTerminalTests {
  /// A small article of our own, written to a temporary file.
  static let article = """
    date 2021-04-05 Harbour pilots returned to work on Monday after a week of talks.

    "We have a deal that keeps the night shifts safe," said Mara Ellison, who leads the pilots' union.

    The port authority said traffic would be back to normal by Wednesday.
    """

  private func articleFile(_ text: String = Self.article) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func opensTheBundledSampleFromAnyDirectoryAndQuitsCleanly() throws {
    let sample = try String(contentsOf: BylineBinary.sampleArticle, encoding: .utf8)
    let words = Self.leadingWords(of: sample)
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand("", prefix: "cd / && "))
    let (screen, ok) = try tmux.waitFor(text: words)
    #expect(ok, "the sample's first words '\(words)' never showed:\n\(screen)")
    #expect(try tmux.display("#{alternate_on}") == "1")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: words)
  }

  @Test func sigtermRestoresTheTerminalAndExitsWith143() throws {
    try expectSignal(SIGTERM, status: 143)
  }

  @Test func sighupRestoresTheTerminalAndExitsWith129() throws {
    try expectSignal(SIGHUP, status: 129)
  }

  @Test func controlCRestoresTheTerminalAndExitsWith130() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path)))
    let opened = try tmux.waitFor(text: "Harbour pilots")
    #expect(opened.ok, "the article never showed:\n\(opened.screen)")
    try tmux.press("C-c")
    try tmux.expectRestored(status: 130, readerText: "Harbour pilots")
  }

  private func expectSignal(_ signal: Int32, status: Int) throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path)))
    let opened = try tmux.waitFor(text: "Harbour pilots")
    #expect(opened.ok, "the article never showed:\n\(opened.screen)")
    let child = try #require(try tmux.foregroundChild(), "no byline process under the shell")
    #expect(kill(child, signal) == 0)
    try tmux.expectRestored(status: status, readerText: "Harbour pilots")
  }

  @Test func aCrashSignalStillRestoresTheTerminal() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    // No core file, no interactive backtracer: the default action ends the process.
    // Under AddressSanitizer (`swift test --sanitize=address`) its own SEGV handler
    // would report the signal and exit 1; handle_segv=0 leaves the signal to byline.
    try tmux.run(
      try TmuxSession.bylineCommand(
        shellQuoted(file.path),
        prefix: "ulimit -c 0; SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=handle_segv=0 "))
    let opened = try tmux.waitFor(text: "Harbour pilots")
    #expect(opened.ok, "the article never showed:\n\(opened.screen)")
    let child = try #require(try tmux.foregroundChild(), "no byline process under the shell")
    #expect(kill(child, SIGSEGV) == 0)
    try tmux.expectRestored(status: 128 + Int(SIGSEGV), readerText: "Harbour pilots")
  }

  @Test func suspendAndResumeRedrawsTheReader() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let binary = shellQuoted(try BylineBinary.locate().path)
    try tmux.run("clear; \(binary) \(shellQuoted(file.path))")
    #expect(try tmux.waitFor(text: "Harbour pilots").ok)
    try tmux.press("C-z")
    let stopped = try tmux.waitFor(text: "Stopped")
    #expect(stopped.ok, "^Z did not stop the reader:\n\(stopped.screen)")
    #expect(try tmux.display("#{alternate_on}") == "0")
    #expect(try tmux.display("#{cursor_flag}") == "1")
    try tmux.run("clear; fg")
    let back = try tmux.waitFor { screen in
      screen.contains("Harbour pilots") && !screen.contains("Stopped")
    }
    #expect(back.ok, "the reader did not redraw after fg:\n\(back.screen)")
    #expect(try tmux.display("#{alternate_on}") == "1")
    try tmux.press("q")
    let done = try tmux.waitFor { !$0.contains("Harbour pilots") }
    #expect(done.ok, "q after fg did not quit:\n\(done.screen)")
    #expect(try tmux.display("#{cursor_flag}") == "1")
  }

  @Test func continuingAfterSIGSTOPRedrawsTheReader() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    let binary = shellQuoted(try BylineBinary.locate().path)
    try tmux.run("clear; \(binary) \(shellQuoted(file.path))")
    #expect(try tmux.waitFor(text: "Harbour pilots").ok)
    let child = try #require(try tmux.foregroundChild(), "no byline process under the shell")
    // A stop byline cannot see coming (no ^Z handler runs): the shell takes the screen.
    #expect(kill(child, SIGSTOP) == 0)
    let stopped = try tmux.waitFor(text: "Stopped")
    #expect(stopped.ok, "the shell did not report the stop:\n\(stopped.screen)")
    try tmux.run("fg")
    let back = try tmux.waitFor { screen in
      screen.contains("Harbour pilots") && !screen.contains("Stopped") && !screen.contains("e2e$")
    }
    #expect(back.ok, "the reader did not repaint after SIGCONT:\n\(back.screen)")
    try tmux.press("q")
    let done = try tmux.waitFor { !$0.contains("Harbour pilots") }
    #expect(done.ok, "q after fg did not quit:\n\(done.screen)")
    #expect(try tmux.display("#{cursor_flag}") == "1")
  }

  @Test func resizeRedrawsAtTheNewSize() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path)))
    #expect(try tmux.waitFor(text: "Harbour pilots").ok)
    try tmux.resize(width: 60, height: 20)
    #expect(try tmux.display("#{pane_width}x#{pane_height}") == "60x20")
    // Still running and drawing: the article is there and no line exceeds the width.
    let redrawn = try tmux.waitFor { $0.contains("Harbour pilots") }
    #expect(redrawn.ok, "nothing shown after the resize:\n\(redrawn.screen)")
    #expect(redrawn.screen.split(separator: "\n").allSatisfy { $0.count <= 60 })
    try tmux.resize(width: 100, height: 30)
    try tmux.resize(width: 30, height: 8)
    try tmux.resize(width: 1, height: 1)
    try tmux.resize(width: 80, height: 24)
    let survived = try tmux.waitFor(text: "Harbour pilots")
    #expect(survived.ok, "the reader did not survive a burst of resizes:\n\(survived.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Harbour pilots")
  }

  @Test func aStormOfResizesWhileDrawingLeavesAWorkingReader() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path)))
    #expect(try tmux.waitFor(text: "Harbour pilots").ok)
    // Sizes chosen by a fixed pattern (no randomness), keys pressed in between
    // so redraws and resizes overlap.
    for step in 0..<40 {
      try tmux.resize(width: 1 + (step * 37) % 140, height: 1 + (step * 11) % 45)
      if step % 3 == 0 { try tmux.press(step % 2 == 0 ? "j" : "k") }
    }
    try tmux.resize(width: 90, height: 25)
    let settled = try tmux.waitFor { screen in
      screen.contains("Harbour pilots")
        && screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 26
    }
    #expect(settled.ok, "the reader did not come back after the storm:\n\(settled.screen)")
    #expect(try tmux.foregroundChild() != nil, "byline is gone")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Harbour pilots")
  }

  @Test func startsInATinyTerminalAndGrowsBack() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    let command = try TmuxSession.bylineCommand(shellQuoted(file.path))
    try tmux.resize(width: 2, height: 2)
    try tmux.run(command)
    // Wait for the reader's first frame at 2x2 ("Te" over "to", the start of
    // "Terminal too small" on the alternate screen), not merely for its process:
    // a resize that lands before the reader has set up its terminal is a resize
    // nobody is listening for yet, and under load that window is wide.
    let tiny = try tmux.waitFor { screen in
      let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return try tmux.display("#{alternate_on}") == "1" && rows.count >= 2
        && rows[0].hasPrefix("Te") && rows[1].hasPrefix("to")
    }
    #expect(tiny.ok, "the reader drew nothing at 2x2:\n\(tiny.screen)")
    try tmux.resize(width: 100, height: 30)
    let grown = try tmux.waitFor(text: "Harbour pilots")
    #expect(grown.ok, "nothing drawn after growing back:\n\(grown.screen)")
    try tmux.press("q")
    // tmux copies the last rows of an alternate screen that was resized into
    // the main screen (less leaves the same trace), so only the essentials here.
    let done = try tmux.waitFor { $0.contains("status=0") }
    #expect(done.ok, "q did not end the reader with status 0:\n\(done.screen)")
    #expect(try tmux.display("#{alternate_on}") == "0")
    #expect(try tmux.display("#{cursor_flag}") == "1")
  }

  @Test func readsTheArticleFromAPipeAndKeysFromTheTerminal() throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand("", prefix: "cat \(shellQuoted(file.path)) | "))
    let piped = try tmux.waitFor(text: "Harbour pilots")
    #expect(piped.ok, "the piped article never showed:\n\(piped.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Harbour pilots")

    try tmux.run(try TmuxSession.bylineCommand("- < \(shellQuoted(file.path))"))
    let dash = try tmux.waitFor(text: "Harbour pilots")
    #expect(dash.ok, "byline - did not show the article:\n\(dash.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Harbour pilots")
  }

  @Test func aDashWithTheKeyboardOnStandardInputIsRefused() throws {
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand("-"))
    let (screen, ok) = try tmux.waitFor { TmuxSession.statusLine(in: $0) != nil }
    #expect(ok, "byline - waited on the keyboard:\n\(screen)")
    #expect(TmuxSession.statusLine(in: screen) == "status=1")
    #expect(screen.contains("standard input"))
  }

  @Test(arguments: [
    ("TERM=dumb", "TERM=dumb"),
    ("TERM=", "TERM is not set"),
    ("TERM=no-such-terminal-type", "no-such-terminal-type"),
  ])
  func refusesTerminalsItCannotDrive(setting: String, message: String) throws {
    let file = try articleFile()
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path), prefix: "\(setting) "))
    let (screen, ok) = try tmux.waitFor { TmuxSession.statusLine(in: $0) != nil }
    #expect(ok)
    #expect(TmuxSession.statusLine(in: screen) == "status=1", "\(screen)")
    #expect(screen.contains(message), "\(screen)")
    #expect(!screen.contains("Harbour pilots"))
  }

  @Test func theCLocaleStillShowsWideText() throws {
    let file = try articleFile("Лавров сказал: «Мир». 中文 🇷🇺\n")
    defer { try? FileManager.default.removeItem(at: file) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path), prefix: "LC_ALL=C LANG=C "))
    let (screen, ok) = try tmux.waitFor(text: "Лавров")
    #expect(ok, "Cyrillic did not show under LANG=C:\n\(screen)")
    #expect(screen.contains("中文"))
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Лавров")
  }

  /// The colour depths (`256`, `8` for the basic and bright sixteen) that the
  /// SGR sequences in a `capture-pane -e` use; empty when only default colours appear.
  static func colourKinds(in styled: String) -> Set<String> {
    var kinds: Set<String> = []
    var rest = Substring(styled)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "m") else { break }
      let parameters = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map {
        Int($0) ?? 0
      }
      rest = rest[rest.index(after: end)...]
      var i = 0
      while i < parameters.count {
        switch parameters[i] {
        case 38, 48:
          if i + 1 < parameters.count && parameters[i + 1] == 5 {
            kinds.insert("256")
            i += 3
          } else {
            kinds.insert("rgb")
            i += 5
          }
          continue
        case 30...37, 40...47: kinds.insert("8")
        case 90...97, 100...107: kinds.insert("16")
        default: break
        }
        i += 1
      }
    }
    return kinds
  }

  @Test(arguments: [
    ("", "256 8 16"),
    ("NO_COLOR=1 ", ""),
    ("TERM=xterm ", "8"),
  ])
  func coloursFollowTheTerminalAndNoColor(prefix: String, allowedKinds: String) throws {
    let allowed = Set(allowedKinds.split(separator: " ").map(String.init))
    let sample = try String(contentsOf: BylineBinary.sampleArticle, encoding: .utf8)
    let words = Self.leadingWords(of: sample)
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand("", prefix: "cd / && " + prefix))
    #expect(try tmux.waitFor(text: words).ok)
    // Bring a quotation into view: speakers have colours of their own.
    try tmux.press("]")
    #expect(try tmux.waitFor(text: "quote 1/").ok)
    let styled = try tmux.captureWithStyles()
    let kinds = Self.colourKinds(in: styled)
    #expect(kinds.isSubset(of: allowed), "colours used: \(kinds.sorted())")
    if !allowed.isEmpty {
      #expect(
        !kinds.isEmpty,
        "no colour at all on a colour terminal:\n\(styled.replacingOccurrences(of: "\u{1B}", with: "^["))")
    }
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: words)
  }

  /// The first three words of an article's first paragraph (after any date prefix).
  static func leadingWords(of text: String) -> String {
    var words = text.split(whereSeparator: \.isWhitespace)
    if words.first == "date" && words.count > 2 { words.removeFirst(2) }
    return words.prefix(3).joined(separator: " ")
  }
}
