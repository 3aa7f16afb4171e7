import CNCursesW
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keys, the mouse, resizes and signals coming in; leaving for ^Z and coming back.
extension CursesBackend {
  public var hasPendingInput: Bool {
    var ready = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&ready, 1, 0) > 0
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
    _ = mousemask(Self.mouseEvents, nil)
    _ = wnoutrefresh(window)
    _ = doupdate()
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

  /// The mouse events the reader asks for: the wheel, and the left button's presses.
  static var mouseEvents: mmask_t {
    byline_button4_pressed() | byline_button5_pressed() | byline_button1_pressed()
  }

  /// A monotonic clock in milliseconds.
  private static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }
}
