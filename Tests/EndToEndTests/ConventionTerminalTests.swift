import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The conventions that need a terminal: a broken config file in the reader,
/// a query command with the keyboard on standard input, and the side pane's cut names.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ConventionTerminalTests {
  /// A fresh directory; removed by the caller.
  private func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-terminal-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func aBrokenConfigLineLeavesTheDefaultAndTheReaderOpens() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let config = dir.appendingPathComponent("config/byline/config")
    try FileManager.default.createDirectory(
      at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("# the side pane stays hidden\nside-pane = no\ncolor = sometimes\n".utf8).write(to: config)
    // Wide enough for the message's long temporary path on one line.
    let tmux = try TmuxSession(width: 200, height: 30)
    defer { tmux.close() }
    let article = shellQuoted(BylineBinary.sampleArticle.path)
    try tmux.run(
      try TmuxSession.bylineCommand(
        "--no-state " + article,
        prefix: "XDG_CONFIG_HOME=\(shellQuoted(dir.appendingPathComponent("config").path)) "))
    let reader = try tmux.waitFor { $0.contains("Port Avenel") && $0.contains("sample-article.txt") }
    #expect(reader.ok, "the reader did not open:\n\(reader.screen)")
    #expect(
      !reader.screen.contains("Speakers"), "the good line (side-pane = no) was not applied:\n\(reader.screen)"
    )
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Port Avenel")
    let after = try tmux.capture()
    let message = "byline: \(config.path):3: color must be auto, always or never, not 'sometimes'"
    #expect(after.contains(message), "the mistake was not reported:\n\(after)")
    #expect(after.components(separatedBy: message).count == 2, "reported more than once:\n\(after)")

    try tmux.run(
      "clear; XDG_CONFIG_HOME=\(shellQuoted(dir.appendingPathComponent("config").path)) "
        + shellQuoted(try BylineBinary.locate().path) + " config; echo \"config-exit=$?\"")
    // A marker of its own: the reader's "status=0" stays on screen until `clear` has run.
    let check = try tmux.waitFor { $0.contains("config-exit=") && !$0.contains("echo \"config-exit") }
    #expect(check.screen.contains("config-exit=1"), "\(check.screen)")
    #expect(check.screen.contains(message))
  }

  @Test func aQueryCommandWithTheKeyboardOnStandardInputShowsItsOwnUsage() throws {
    let tmux = try TmuxSession(width: 120, height: 20)
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand("quotes"))
    let screen = try tmux.waitFor { TmuxSession.statusLine(in: $0) != nil }
    #expect(TmuxSession.statusLine(in: screen.screen) == "status=2", "\(screen.screen)")
    #expect(
      screen.screen.contains(
        "byline: quotes: give one or more article files or directories, or pipe an article in"),
      "\(screen.screen)")
    #expect(screen.screen.contains("Usage: byline quotes"), "\(screen.screen)")
    #expect(!screen.screen.contains("<subcommand>"), "the top-level usage is shown:\n\(screen.screen)")
  }

  @Test func namesAndHandlesCutByTheSidePaneEndInAnEllipsis() throws {
    let tmux = try TmuxSession(width: 90, height: 30)
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand("--no-state " + shellQuoted(BylineBinary.sampleArticle.path)))
    let shown = try tmux.waitFor { $0.contains("Posts") && $0.contains("Elena Marković @") }
    #expect(shown.ok, "no posts list:\n\(shown.screen)")
    let rows = shown.screen.split(separator: "\n").compactMap { line -> String? in
      guard let bar = line.firstIndex(of: "│") else { return nil }
      return line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)
    }
    let first = try #require(rows.first { $0.contains("Elena Marković @") })
    #expect(
      !first.contains("@ElenaMarkovic_PA"), "the pane is wide enough for the whole handle:\n\(shown.screen)")
    #expect(first.hasSuffix("…"), "a cut handle shows no sign of the cut: \(first)")
    for row in rows where row.contains(" @") && !row.contains("ElenaMarkovic_PA") {
      #expect(row.hasSuffix("…") || row.split(separator: "@").last.map { !$0.isEmpty } == true, "\(row)")
    }
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "Elena Marković @")
  }
}
