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
  private var colorPairs: ColorPairTable
  /// What the terminal shows now; `nil` forces a full redraw.
  private var lastPresented: Screen?
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

    // ncurses (6.4) flushes its output after every cursor movement until the screen has
    // once been left and re-entered: until then it takes itself for a low-level terminfo
    // user. A frame then goes out in some eighty writes, each a wake-up for the terminal
    // (a scroll at 250x70 took 20 ms through a pty, against 5 in one write). Leave and
    // re-enter once now, before anything is drawn, as after ^Z and fg: every frame then
    // goes out in one write. This is done before colours are started: the first `endwin`
    // after `start_color` sends the terminal's palette reset (`oc`, OSC 104 on xterm), which
    // would undo a palette the user has set.
    _ = endwin()
    _ = curs_set(0)
    _ = mousemask(
      byline_button4_pressed() | byline_button5_pressed() | byline_button1_pressed(), nil)
    if let window {
      _ = wnoutrefresh(window)
      _ = doupdate()
    }

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
    colorPairs = ColorPairTable(
      depth: depth, available: Int(byline_colors()), pairs: Int(byline_color_pairs()))
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
    guard let window, !suspended else { return }
    let terminal = size
    let runs = screen.changedRuns(since: lastPresented)
    if lastPresented == nil || lastPresented?.size != screen.size {
      _ = werase(window)
    }
    // Per frame, not per cell: the scratch buffers are local (no exclusivity
    // checks on a class property), and each style's attributes and colour
    // pair are worked out once. Each run goes to the window in one call
    // (wadd_wchnstr copies cells into the line: no cursor movement, no scrolling,
    // so the bottom-right cell needs no care), not a call per cell.
    let limit = Int(byline_ccharw_max())
    let columns = max(1, terminal.width)
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: limit + 1) { buffer in
      withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: columns) { line in
        var looks = LookMemo()
        // A blank in the look of the cells being drawn, made by setcchar once per change of
        // look: a one-character cell is this with its character put in (what setcchar makes).
        var template = cchar_t()
        var templateLook: Look?
        for run in runs where run.row < terminal.height && run.column < terminal.width {
          var count = 0
          for x in run.columns where x < terminal.width {
            guard let cell = screen.drawableCell(x: x, y: run.row) else { continue }
            let look = looks.look(for: cell.style) { style in
              (attributes(for: style), colorPairs.pair(for: style))
            }
            if templateLook?.attributes != look.attributes || templateLook?.pair != look.pair {
              buffer[0] = 0x20
              buffer[1] = 0
              _ = setcchar(&template, buffer.baseAddress, look.attributes, look.pair, nil)
              templateLook = look
            }
            let width = cell.width == 2 && x + 1 >= terminal.width ? 1 : Int(cell.width)
            let text = width == Int(cell.width) ? cell.text : " "
            Self.setCharacter(&line[count], text, look: look, template: template, buffer: buffer)
            count += 1
          }
          guard count > 0 else { continue }
          _ = wmove(window, Int32(run.row), Int32(run.column))
          _ = wadd_wchnstr(window, line.baseAddress, Int32(count))
        }
      }
    }
    _ = wnoutrefresh(window)
    _ = doupdate()
    lastPresented = screen
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
    lastPresented = nil
    if window != nil { _ = clearok(byline_curscr(), true) }
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
      // The terminal may have reflowed what it showed: repaint everything.
      lastPresented = nil
      _ = clearok(byline_curscr(), true)
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
    lastPresented = nil
    _ = clearok(byline_curscr(), true)
    _ = curs_set(0)
    _ = mousemask(
      byline_button4_pressed() | byline_button5_pressed() | byline_button1_pressed(), nil)
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// The attributes and colour pair a style is drawn with.
  typealias Look = (attributes: attr_t, pair: Int16)

  /// The looks of the styles met while presenting one frame: the last one
  /// at hand (neighbouring cells mostly share a style), the others by style.
  struct LookMemo {
    private var lastStyle: Style?
    private var lastLook: Look = (0, 0)
    private var others: [Style: Look] = [:]

    /// The look of `style`, worked out by `make` the first time only.
    mutating func look(for style: Style, _ make: (Style) -> Look) -> Look {
      if style == lastStyle { return lastLook }
      let look: Look
      if let known = others[style] {
        look = known
      } else {
        look = make(style)
        others[style] = look
      }
      lastStyle = style
      lastLook = look
      return look
    }
  }

  /// Writes one cell (a whole grapheme, `width` columns) at (x, y) without
  /// ever scrolling; `buffer` holds CCHARW_MAX characters and a terminator.
  /// Makes `character` show `text` in a look (a cell's grapheme, already safe: belt and braces here).
  ///
  /// `template` is a blank that setcchar made in the same look: setcchar clears the
  /// character, sets the attributes and the pair, then copies the text, so one character
  /// put into the template is what it would make; longer texts go through setcchar.
  private static func setCharacter(
    _ character: inout cchar_t, _ text: String, look: Look, template: cchar_t,
    buffer: UnsafeMutableBufferPointer<wchar_t>
  ) {
    let limit = buffer.count - 1
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < limit else { break }
      var value = scalar.value
      // Content never drives the terminal (layout has sanitised already; belt and braces).
      if value < 0x20 || (0x7F...0x9F).contains(value) { value = 0xFFFD }
      // Joiners and presentation selectors would let the terminal merge or
      // widen graphemes behind the grid's back (a ZWJ family drawn in 2
      // columns where wcwidth counts 6): draw the parts as counted.
      if isDroppedModifier(value) { continue }
      buffer[count] = wchar_t(bitPattern: value)
      count += 1
    }
    if count == 0 {
      buffer[0] = 0x20
      count = 1
    }
    if count == 1 {
      character = template
      character.chars.0 = buffer[0]
      return
    }
    buffer[count] = 0
    _ = setcchar(&character, buffer.baseAddress, look.attributes, look.pair, nil)
  }

  static func isDroppedModifier(_ value: UInt32) -> Bool {
    switch value {
    case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F: return true
    default: return false
    }
  }

  private func attributes(for style: Style) -> attr_t {
    var result: attr_t = 0
    let attributes = style.attributes
    if attributes.contains(.bold) { result |= byline_a_bold() }
    if attributes.contains(.dim) { result |= byline_a_dim() }
    if attributes.contains(.underline) { result |= byline_a_underline() }
    if attributes.contains(.reverse) { result |= byline_a_reverse() }
    if attributes.contains(.italic) { result |= byline_a_italic() }
    if attributes.contains(.standout) { result |= byline_a_standout() }
    return result
  }

  /// Makes sure wide characters can be drawn: the user's locale if it is
  /// UTF-8, else C.UTF-8 when the user's locale is plain C/POSIX.
  private static func prepareLocale() throws(TerminalStartError) {
    _ = setlocale(LC_ALL, "")
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
