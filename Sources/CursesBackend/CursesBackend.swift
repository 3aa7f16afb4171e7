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
public final class CursesBackend: TerminalBackend {
  public let colorDepth: ColorDepth
  /// The terminal type in use (TERM).
  public let terminalName: String

  private var screenPointer: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>?
  /// The terminal file descriptor keys are read from.
  private let inputDescriptor: Int32
  /// `/dev/tty` when we opened it ourselves (closed by `stop`).
  private var openedInput: UnsafeMutablePointer<FILE>?
  /// Turns frames into bytes: ncurses reads the keys and sets the terminal's
  /// modes, but frames go out through the encoder (see `present`).
  private var encoder: FrameEncoder
  /// The bytes of the frame being sent (kept to reuse its storage).
  private var frameBytes: [UInt8] = []
  /// The frame before the last one, whose grid the next frame may be drawn in.
  private var spare: Screen?
  private var suspended = false
  private var terminationDelivered = false

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
    _ = mousemask(
      byline_button4_pressed() | byline_button5_pressed() | byline_button1_pressed(), nil)

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

  // MARK: - TerminalBackend

  public var size: Size {
    guard let window else { return Size(width: 0, height: 0) }
    return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  public func present(_ screen: Screen) {
    guard window != nil, !suspended else { return }
    frameBytes.removeAll(keepingCapacity: true)
    spare = encoder.encode(screen, terminal: size, into: &frameBytes)
    Self.writeAll(frameBytes)
  }

  public var hasPendingInput: Bool {
    var ready = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&ready, 1, 0) > 0
  }

  public func takeSpareScreen() -> Screen? {
    defer { spare = nil }
    return spare
  }

  public func nextEvent() -> InputEvent? {
    while true {
      switch nextEvent(wakingOn: nil, timeout: -1) {
      case .event(let event): return event
      case .ended: return nil
      case .woken: continue
      }
    }
  }

  public func nextEvent(wakingOn wake: Int32?, timeout: Int32) -> BackendWait {
    guard window != nil else { return .ended }
    let deadline = timeout >= 0 ? Self.milliseconds() + Int(timeout) : nil
    var pollFailures = 0
    var endOfInputSeen = 0
    while true {
      switch TerminalSignals.takePending() {
      case .terminate(let signal):
        if !terminationDelivered {
          terminationDelivered = true
          return .event(.terminate(signal: signal))
        }
      case .stop:
        stopForSuspend()
        return .event(.resumed)
      case .continued:
        guard let window, !suspended else { continue }
        // The shell had the terminal meanwhile and left its own modes (echo,
        // line editing): leave and re-enter full-screen mode to set ours again.
        _ = endwin()
        refreshAfterResume(window)
        return .event(.resumed)
      case nil:
        break
      }
      guard let window else { return .ended }
      var value: wint_t = 0
      let result = wget_wch(window, &value)
      if result == byline_key_code_yes() {
        if let event = event(forCode: Int32(value)) { return .event(event) }
        continue
      }
      if result == OK {
        if let key = Self.key(forCharacter: UInt32(value)) { return .event(.key(key)) }
        continue
      }
      // Nothing ready: wait for the terminal, a signal, the caller's wake
      // descriptor, or (bounded) a moment.
      var wait: Int32 = 1000
      if let deadline {
        let left = deadline - Self.milliseconds()
        if left <= 0 { return .woken }
        wait = Int32(min(left, 1000))
      }
      var fds = [
        pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
        pollfd(fd: TerminalSignals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wake ?? -1, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, nfds_t(fds.count), wait)
      if ready < 0 {
        if errno == EINTR { continue }
        pollFailures += 1
        if pollFailures > 3 { return .ended }
        continue
      }
      let events = Int32(fds[0].revents)
      if events & (Int32(POLLERR) | Int32(POLLNVAL)) != 0 { return .ended }
      if events & Int32(POLLHUP) != 0 && events & Int32(POLLIN) == 0 { return .ended }
      // Keys and signals first: a wake only ends a wait that found nothing else.
      if events & Int32(POLLIN) == 0 && !TerminalSignals.hasPending
        && Int32(fds[2].revents) & Int32(POLLIN) != 0
      {
        return .woken
      }
      if events & Int32(POLLIN) != 0 {
        // Readable with nothing to read: the terminal has gone (end of input).
        var waiting: Int32 = 0
        if ioctl(inputDescriptor, UInt(FIONREAD), &waiting) == 0 && waiting == 0 {
          // A signal still waiting gets its turn first, but never forever.
          endOfInputSeen += 1
          if !TerminalSignals.hasPending || endOfInputSeen > 50 { return .ended }
        }
      }
    }
  }

  public func suspend() {
    guard window != nil, !suspended else { return }
    suspended = true
    _ = endwin()
    fflush(byline_stdout())
  }

  public func resume() {
    guard let window, suspended else { return }
    suspended = false
    refreshAfterResume(window)
  }

  public func invalidate() {
    encoder.forget()
  }

  /// Sends OSC 52 (set clipboard) to the terminal, base64-encoded, so the
  /// text can never act as a control sequence itself.
  public func copyToClipboard(_ text: String) -> Bool {
    guard window != nil, !suspended, !text.isEmpty, text.utf8.count <= 74_994 else { return false }
    let sequence = "\u{1B}]52;c;" + Self.base64(Array(text.utf8)) + "\u{07}"
    fflush(byline_stdout())
    var bytes = Array(sequence.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }

  // MARK: - Private

  /// A monotonic clock in milliseconds.
  private static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }

  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let b0 = UInt32(bytes[index])
      let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
      let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
      let triple = b0 << 16 | b1 << 8 | b2
      output.append(alphabet[Int(triple >> 18 & 63)])
      output.append(alphabet[Int(triple >> 12 & 63)])
      output.append(index + 1 < bytes.count ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
      output.append(index + 2 < bytes.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }

  private func event(forCode code: Int32) -> InputEvent? {
    switch code {
    case KEY_RESIZE:
      // The terminal may have reflowed what it showed: repaint everything. ncurses
      // has resized its own screen and means to clear it at its next refresh (which
      // `wget_wch` would do over our frame): let it do so now, before our frame.
      encoder.forget()
      if let window {
        _ = wnoutrefresh(window)
        _ = doupdate()
      }
      return .resize(size)
    case KEY_MOUSE:
      var mouse = MEVENT()
      guard getmouse(&mouse) == OK, let kind = Self.mouseKind(for: mouse.bstate) else {
        return nil
      }
      return .mouse(MouseEvent(kind: kind, row: Int(mouse.y), column: Int(mouse.x)))
    default:
      return Self.key(forCode: code).map { .key($0) }
    }
  }

  /// ^Z: leave full-screen mode, stop as the shell expects, come back on `fg`.
  private func stopForSuspend() {
    guard let window else { return }
    let wasSuspended = suspended
    if !wasSuspended {
      _ = endwin()
      fflush(byline_stdout())
    }
    TerminalSignals.stopProcess()
    if !wasSuspended { refreshAfterResume(window) }
  }

  /// Back in full-screen mode: pick up a size change made meanwhile, repaint all.
  private func refreshAfterResume(_ window: UnsafeMutablePointer<WINDOW>) {
    var dimensions = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &dimensions) == 0, dimensions.ws_row > 0,
      dimensions.ws_col > 0,
      Int32(dimensions.ws_row) != getmaxy(window) || Int32(dimensions.ws_col) != getmaxx(window)
    {
      _ = resizeterm(Int32(dimensions.ws_row), Int32(dimensions.ws_col))
    }
    encoder.forget()
    _ = clearok(byline_curscr(), true)
    _ = curs_set(0)
    _ = mousemask(
      byline_button4_pressed() | byline_button5_pressed() | byline_button1_pressed(), nil)
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// The terminal's control strings, from the terminfo entry ncurses loaded.
  private static func terminalCodes(depth: ColorDepth, colors: Int) -> TerminalCodes {
    func string(_ name: String) -> String? { byline_tigetstr(name).map { String(cString: $0) } }
    func bytes(_ name: String) -> [UInt8] { string(name).map { withoutPadding(Array($0.utf8)) } ?? [] }
    /// A capability with numbers put in (terminfo's `tparm`).
    @Sendable func filled(_ capability: String, _ first: Int, _ second: Int = 0) -> [UInt8] {
      guard let result = byline_tparm2(capability, first, second) else { return [] }
      return withoutPadding(Array(String(cString: result).utf8))
    }
    let cup = string("cup") ?? ""
    // Most terminals take ECMA-48's CUP: the encoder then writes it (and CUF) itself.
    let ecma48 =
      filled(cup, 0, 0) == Array("\u{1B}[1;1H".utf8)
      && filled(cup, 9, 119) == Array("\u{1B}[10;120H".utf8)
    let ech = string("ech")
    // Without a way to turn attributes off, none are turned on.
    let attribute: (String) -> [UInt8] = { name in string("sgr0") == nil ? [] : bytes(name) }
    let setaf = depth == .none ? nil : string("setaf")
    let setab = depth == .none ? nil : string("setab")
    return TerminalCodes(
      cursorAddressing: ecma48 ? .ecma48 : .custom({ row, column in filled(cup, row, column) }),
      clearScreen: bytes("clear"), resetStyle: bytes("sgr0"), clearToEndOfLine: bytes("el"),
      eraseCharacters: { count in ech.map { filled($0, count) } ?? [] },
      bold: attribute("bold"), dim: attribute("dim"), underline: attribute("smul"),
      reverse: attribute("rev"), italic: attribute("sitm"), standout: attribute("smso"),
      setForeground: { number in setaf.map { filled($0, number) } ?? [] },
      setBackground: { number in setab.map { filled($0, number) } ?? [] },
      colorDepth: depth, colorCount: colors,
      canWriteBottomRight: byline_tigetflag("am") == 0 || byline_tigetflag("xenl") == 1,
      attributesNotWithColor: depth == .none ? [] : attributes(fromNCV: Int(tigetnum("ncv"))))
  }

  /// Terminfo's padding (`$<5>`, a delay for hardware terminals) taken out of a
  /// capability: it is an instruction to `tputs`, not bytes for the terminal.
  static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(UInt8(ascii: "$")) else { return bytes }
    var result: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
        let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">")),
        bytes[(i + 2)..<close].allSatisfy({
          $0 == 0x2E || $0 == 0x2A || $0 == 0x2F || (0x30...0x39).contains($0)
        })
      {
        i = close + 1
        continue
      }
      result.append(bytes[i])
      i += 1
    }
    return result
  }

  /// The attributes terminfo's `ncv` says cannot be shown together with colours
  /// (ncurses leaves them out of coloured cells; so does the encoder).
  static func attributes(fromNCV value: Int) -> Style.Attributes {
    guard value > 0 else { return [] }
    var result: Style.Attributes = []
    if value & 1 != 0 { result.insert(.standout) }
    if value & 2 != 0 { result.insert(.underline) }
    if value & 4 != 0 { result.insert(.reverse) }
    if value & 16 != 0 { result.insert(.dim) }
    if value & 32 != 0 { result.insert(.bold) }
    if value & 0x8000 != 0 { result.insert(.italic) }
    return result
  }

  /// Writes all of `bytes` to the terminal (a frame goes out in one write).
  private static func writeAll(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      guard var next = buffer.baseAddress else { return }
      var left = buffer.count
      var stalls = 0
      while left > 0 {
        let written = write(STDOUT_FILENO, next, left)
        if written > 0 {
          next += written
          left -= written
          continue
        }
        if written < 0 && errno == EINTR { continue }
        if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && stalls < 100 {
          // A terminal that is slow to read: wait until it can take more.
          var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, 100)
          stalls += 1
          continue
        }
        return  // the terminal has gone: nothing more can be shown
      }
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
