import Foundation
import Testing

extension TmuxSession {
  /// The command line that clears the screen, runs byline, then prints its exit status.
  /// - Parameters:
  ///   - arguments: Already quoted for the shell.
  ///   - prefix: Shell text before the binary (`cd / && `, `TERM=dumb `, `cat F | `).
  static func bylineCommand(_ arguments: String, prefix: String = "") throws -> String {
    let binary = shellQuoted(try BylineBinary.locate().path)
    return "clear; \(prefix)\(binary) \(arguments); echo \"status=$?\""
  }

  /// The `status=N` line the shell printed after byline ended, once it is there.
  static func statusLine(in screen: String) -> String? {
    screen.split(separator: "\n").lazy
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .first { line in
        line.hasPrefix("status=") && line.count > 7 && line.dropFirst(7).allSatisfy(\.isNumber)
      }
  }

  /// Checks that the terminal is back to normal after byline ended: the
  /// expected exit status, the shell's prompt after it, none of the reader's
  /// text left, the main screen (alternate screen left) and a visible cursor.
  func expectRestored(
    status: Int, readerText: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let (screen, ok) = try waitFor { Self.statusLine(in: $0) != nil }
    #expect(ok, "byline did not end:\n\(screen)", sourceLocation: sourceLocation)
    #expect(
      Self.statusLine(in: screen) == "status=\(status)", "\(screen)", sourceLocation: sourceLocation)
    let prompted = try waitFor { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      guard let statusLine = lines.firstIndex(where: { Self.statusLine(in: String($0)) != nil })
      else { return false }
      return lines[(statusLine + 1)...].contains { $0.hasPrefix("e2e$") }
    }
    #expect(
      prompted.ok, "no prompt after the status:\n\(prompted.screen)", sourceLocation: sourceLocation)
    #expect(
      !prompted.screen.contains(readerText), "reader text left on screen:\n\(prompted.screen)",
      sourceLocation: sourceLocation)
    #expect(
      try display("#{alternate_on}") == "0", "still in the alternate screen",
      sourceLocation: sourceLocation)
    #expect(
      try display("#{cursor_flag}") == "1", "cursor left hidden", sourceLocation: sourceLocation)
  }
}
