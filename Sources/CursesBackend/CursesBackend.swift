import CNCursesW
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader's terminal: ncurses (wide-character) on the controlling terminal.
///
/// Start it with `try CursesBackend()`, which refuses politely (a
/// `TerminalStartError`) instead of drawing garbage: output not a terminal,
/// TERM unset, unknown or without cursor addressing, no UTF-8 locale. When
/// standard input is not a terminal (the article came through a pipe) keys
/// are read from `/dev/tty`, as `less` does.
///
/// Call `stop()` when done (also on error paths); it restores the terminal
/// and is safe to call twice. Termination signals arrive as
/// `.terminate(signal:)` events; ^Z leaves full-screen mode, stops, and
/// comes back with a `.resumed` event.
///
/// This file starts and stops it; the frames going out are in `+Output`, the
/// keys and signals coming in in `+Events` (and `+Keys`), the terminfo codes
/// the encoder writes in `+TerminalCodes`, the clipboard in `+Clipboard`.
public final class CursesBackend: TerminalBackend {
  public let colorDepth: ColorDepth
  /// The terminal type in use (TERM).
  public let terminalName: String

  var screenPointer: OpaquePointer?
  var window: UnsafeMutablePointer<WINDOW>?
  /// The terminal file descriptor keys are read from.
  let inputDescriptor: Int32
  /// `/dev/tty` when we opened it ourselves (closed by `stop`).
  var openedInput: UnsafeMutablePointer<FILE>?
  /// Turns frames into bytes: ncurses reads the keys and sets the terminal's
  /// modes, but frames go out through the encoder (see `present`).
  var encoder: FrameEncoder
  /// The bytes of the frame being sent (kept to reuse its storage).
  var frameBytes: [UInt8] = []
  /// The frame before the last one, whose grid the next frame may be drawn in.
  var spare: Screen?
  var suspended = false
  var terminationDelivered = false

  /// Starts full-screen mode.
  ///
  /// - Parameter environment: Lookup for TERM and NO_COLOR (the process
  ///   environment by default).
  public init(environment: (String) -> String? = { name in getenv(name).map { String(cString: $0) } })
    throws(TerminalStartError)
  {
    guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
    try Self.prepareLocale()

    guard let term = environment("TERM"), !term.isEmpty else { throw .termUnset }
    if term == "dumb" { throw .dumbTerminal }
    terminalName = term

    // Keys come from standard input when it is the terminal, else from /dev/tty.
    var input: Int32 = STDIN_FILENO
    var inputFile: UnsafeMutablePointer<FILE>? = byline_stdin()
    if isatty(STDIN_FILENO) != 1 {
      let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
      guard fd >= 0 else { throw .noControllingTerminal(errno: errno) }
      guard let file = fdopen(fd, "r") else {
        let code = errno
        close(fd)
        throw .noControllingTerminal(errno: code)
      }
      input = fd
      inputFile = file
      openedInput = file
    }
    inputDescriptor = input

    // Probe the terminal description before ncurses commits to it.
    var status: Int32 = 0
    guard setupterm(term, STDOUT_FILENO, &status) == OK, status == 1 else {
      if let openedInput { fclose(openedInput) }
      throw .unknownTerminal(term)
    }
    guard byline_has_cursor_addressing() != 0 else {
      byline_del_curterm()
      if let openedInput { fclose(openedInput) }
      throw .noCursorAddressing(term)
    }
    var leaveFullScreen: [UInt8] = []
    for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      if let value = byline_tigetstr(capability) {
        leaveFullScreen += Array(String(cString: value).utf8)
      }
    }
    // Mouse reporting off (harmless on terminals that never turned it on).
    leaveFullScreen += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8)
    byline_del_curterm()

    // Our handlers first, so ncurses leaves SIGINT/SIGTERM/SIGTSTP to us.
    do {
      try TerminalSignals.install()
    } catch {
      if let openedInput { fclose(openedInput) }
      throw error
    }
    TerminalSignals.armEmergencyRestore(fd: input, leaveFullScreen: leaveFullScreen)

    guard let screen = newterm(term, byline_stdout(), inputFile) else {
      TerminalSignals.disarmEmergencyRestore()
      TerminalSignals.uninstall()
      if let openedInput { fclose(openedInput) }
      throw .cannotStart(term)
    }
    screenPointer = screen
    _ = set_term(screen)
    TerminalSignals.chainResizeHandler()
    let window = byline_stdscr()
    self.window = window

    _ = cbreak()
    _ = noecho()
    _ = keypad(window, true)
    _ = meta(window, true)
    _ = intrflush(window, false)
    _ = leaveok(window, true)
    _ = scrollok(window, false)
    _ = nodelay(window, true)
    _ = set_escdelay(25)
    _ = curs_set(0)
    _ = mouseinterval(0)
    _ = mousemask(Self.mouseEvents, nil)

    // ncurses never draws a frame (they go out through `FrameEncoder`), so it needs no
    // refresh of its own now: its window is marked as shown, else `wget_wch`, which
    // refreshes a touched window before reading, would clear the screen over our first
    // frame. (It refreshes when the screen must be repainted anyway: after a resize and
    // after ^Z, before our frame.)
    if let window { _ = wtouchln(window, 0, getmaxy(window), 0) }

    // Colours: the terminal's own background; NO_COLOR (set, non-empty) means none.
    var depth = ColorDepth.none
    let noColor = environment("NO_COLOR").map { !$0.isEmpty } ?? false
    if !noColor && has_colors() {
      _ = start_color()
      _ = use_default_colors()
      let colors = byline_colors()
      depth = colors >= 256 ? .many : colors >= 8 ? .eight : .none
    }
    colorDepth = depth
    encoder = FrameEncoder(codes: Self.terminalCodes(depth: depth, colors: Int(byline_colors())))
  }

  deinit { stop() }

  /// Leaves full-screen mode and restores the terminal; safe to call more than once.
  public func stop() {
    guard let screen = screenPointer else { return }
    screenPointer = nil
    window = nil
    _ = mousemask(0, nil)
    _ = endwin()
    fflush(byline_stdout())
    delscreen(screen)
    TerminalSignals.disarmEmergencyRestore()
    TerminalSignals.uninstall()
    if let openedInput {
      fclose(openedInput)
      self.openedInput = nil
    }
  }

  /// Makes sure wide characters can be drawn: the user's locale if it is
  /// UTF-8, else C.UTF-8 when the user's locale is plain C/POSIX.
  private static func prepareLocale() throws(TerminalStartError) {
    // Only the character type matters here (wide characters, wcwidth, the codeset);
    // LC_ALL would load a dozen more locale files at every start for nothing.
    _ = setlocale(LC_CTYPE, "")
    if isUTF8(codeset()) { return }
    let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    if ctype == "C" || ctype == "POSIX" {
      if setlocale(LC_CTYPE, "C.UTF-8") != nil && isUTF8(codeset()) { return }
      _ = setlocale(LC_CTYPE, "C.utf8")
      if isUTF8(codeset()) { return }
    }
    throw .notUTF8(codeset: codeset())
  }

  private static func codeset() -> String {
    nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? "unknown"
  }

  private static func isUTF8(_ codeset: String) -> Bool {
    return codeset.uppercased().filter { $0 != "-" } == "UTF8"
  }
}
