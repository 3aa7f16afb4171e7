import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue #4 in a real terminal: several articles, their list, and reading positions across runs.
@Suite(.serialized) struct SeveralArticlesTests {
  init() throws {
    try #require(TmuxSession.isAvailable, "tmux is needed for these tests")
  }

  /// A directory holding `texts` as `a.txt`, `b.txt`, …; removed by the caller.
  private func articles(_ texts: [String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-several-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (index, text) in texts.enumerated() {
      let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index))) + ".txt"
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
    return directory
  }

  /// The reader's status line (the second-to-last filled row).
  private func statusRow(_ screen: String) -> String {
    let rows = screen.split(separator: "\n").map(String.init).filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    return rows.count >= 2 ? rows[rows.count - 2] : ""
  }

  static let texts = [
    "date 2018-09-27 Harbour pilots met the port on Monday.\n\nSergey Lavrov said: \"We are ready.\"",
    "date 2017-11-27 The council voted late on Sunday.\n\nDaniel Okafor said: \"Paid in full.\"",
    "date 2019-03-03 Ferries ran again on Tuesday.\n\nNobody said anything at all.",
  ]

  @Test func threeArticlesOpenAndJKAndTheListMoveBetweenThem() throws {
    let directory = try articles(Self.texts)
    defer { try? FileManager.default.removeItem(at: directory) }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(directory.path)))
    let first = try tmux.waitFor { self.statusRow($0).contains("a.txt (1/3)") }
    #expect(first.ok, "the first article never showed:\n\(first.screen)")
    #expect(first.screen.contains("Harbour pilots"))

    try tmux.press("J")
    let second = try tmux.waitFor { self.statusRow($0).contains("b.txt (2/3)") }
    #expect(second.ok, "J did not show the second article:\n\(second.screen)")
    #expect(second.screen.contains("The council voted"))

    try tmux.press("A")
    let list = try tmux.waitFor { $0.contains("Articles — Enter opens") }
    #expect(list.ok, "A did not show the list:\n\(list.screen)")
    for name in ["a.txt", "b.txt", "c.txt"] { #expect(list.screen.contains(name), "\(list.screen)") }
    #expect(list.screen.contains("2019-03-03"))
    try tmux.press("j")
    try tmux.press("Enter")
    let third = try tmux.waitFor { self.statusRow($0).contains("c.txt (3/3)") }
    #expect(third.ok, "Enter in the list did not open the third article:\n\(third.screen)")

    try tmux.press("K")
    let back = try tmux.waitFor { self.statusRow($0).contains("b.txt (2/3)") }
    #expect(back.ok, "K did not go back:\n\(back.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "b.txt")
  }

  @Test func reopeningAFileReturnsToWhereTheReaderLeftIt() throws {
    let long =
      "date 2020-01-01 "
      + (1...60).map { "Paragraph \($0) tells a little more about the harbour." }.joined(separator: "\n\n")
    let directory = try articles([long])
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = shellQuoted(directory.appendingPathComponent("a.txt").path)
    let tmux = try TmuxSession(width: 80, height: 24)
    defer { tmux.close() }

    try tmux.run(try TmuxSession.bylineCommand(path))
    #expect(try tmux.waitFor { self.statusRow($0).contains("Top") }.ok)
    try tmux.press("Space")
    let moved = try tmux.waitFor { !self.statusRow($0).contains("Top") }
    #expect(moved.ok)
    let place = try #require(
      statusRow(moved.screen).firstRange(of: "¶").map { statusRow(moved.screen)[$0.lowerBound...] })
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "a.txt")

    try tmux.run(try TmuxSession.bylineCommand(path))
    let again = try tmux.waitFor { self.statusRow($0).contains("¶") }
    #expect(statusRow(again.screen).hasSuffix(place), "expected \(place) again:\n\(again.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "a.txt")

    try tmux.run(try TmuxSession.bylineCommand("--no-state " + path))
    let fresh = try tmux.waitFor { self.statusRow($0).contains("¶") }
    #expect(statusRow(fresh.screen).contains("Top"), "--no-state should start at the top:\n\(fresh.screen)")
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "a.txt")
  }
}
