import Foundation
import ReaderUI
import Testing

/// Checks a screen against expected text (trailing spaces ignored), showing both on failure.
///
/// State the size at the call so the picture can be read:
///
///     expectScreen(render(state, 40, 6), """
///       2018-09-27
///       …
///       """)
public func expectScreen(
  _ screen: Screen, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map {
    line -> String in
    var trimmed = String(line)
    while trimmed.last == " " { trimmed.removeLast() }
    return trimmed
  }
  var actual = screen.lines
  while actual.count > expectedLines.count, actual.last == "" { actual.removeLast() }
  if actual != expectedLines {
    Issue.record(
      """
      Screen differs (\(screen.size.width)x\(screen.size.height)).
      Expected:
      \(expectedLines.map { "|" + $0 }.joined(separator: "\n"))
      Actual:
      \(actual.map { "|" + $0 }.joined(separator: "\n"))
      """, sourceLocation: sourceLocation)
  }
}

/// The rows of a screen that show the article pane only (first `width` columns, above the status line).
public func articleLines(_ screen: Screen, width: Int) -> [String] {
  (0..<max(0, screen.size.height - 2)).map { y in
    var line = ""
    for x in 0..<min(width, screen.size.width) { line += screen[x, y].text }
    while line.last == " " { line.removeLast() }
    return line
  }
}

extension Screen {
  /// The column and row where `text` is first shown, counting cells (wide glyphs take two).
  public func find(_ text: String) -> (x: Int, y: Int)? {
    for y in 0..<size.height {
      var line = ""
      var columns: [Int] = []
      for x in 0..<size.width where !self[x, y].isContinuation {
        for _ in self[x, y].text { columns.append(x) }
        line += self[x, y].text
      }
      if let range = line.range(of: text) {
        return (columns[line.distance(from: line.startIndex, to: range.lowerBound)], y)
      }
    }
    return nil
  }
}
