#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the full-screen reader cannot start on this terminal, in words for the user.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
  /// Standard output is a pipe or a file: the caller should print plain text instead.
  case outputNotATerminal
  /// Standard input is not a terminal and `/dev/tty` cannot be opened for keys.
  case noControllingTerminal(errno: Int32)
  case termUnset
  case dumbTerminal
  case unknownTerminal(String)
  case noCursorAddressing(String)
  /// The locale's character set is not UTF-8 and no UTF-8 locale could be used.
  case notUTF8(codeset: String)
  /// ncurses refused to start (newterm failed).
  case cannotStart(String)
  case system(String, Int32)

  public var description: String {
    switch self {
    case .outputNotATerminal:
      return "standard output is not a terminal"
    case .noControllingTerminal(let code):
      return "cannot open the terminal (/dev/tty) to read keys: \(String(cString: strerror(code)))"
    case .termUnset:
      return "TERM is not set, so the terminal type is unknown; set it (for example TERM=xterm-256color)"
    case .dumbTerminal:
      return
        "this terminal (TERM=dumb) cannot move the cursor; use a full terminal or pipe the output (byline FILE | less)"
    case .unknownTerminal(let name):
      return
        "unknown terminal type '\(name)' (no terminfo entry); set TERM to a known type such as xterm-256color"
    case .noCursorAddressing(let name):
      return
        "terminal type '\(name)' cannot move the cursor; use a full terminal or pipe the output (byline FILE | less)"
    case .notUTF8(let codeset):
      return
        "the locale's character set is \(codeset), not UTF-8; set a UTF-8 locale (for example LANG=C.UTF-8)"
    case .cannotStart(let name):
      return "cannot start full-screen mode on terminal type '\(name)'"
    case .system(let what, let code):
      return "\(what): \(String(cString: strerror(code)))"
    }
  }
}
