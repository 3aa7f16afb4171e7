#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// State shared with the signal handlers. Every value is set before a handler
// that reads it is installed, and the handlers touch nothing else: they only
// read and write these plain integers and call async-signal-safe functions.
nonisolated(unsafe) private var wakePipeRead: Int32 = -1
nonisolated(unsafe) private var wakePipeWrite: Int32 = -1
nonisolated(unsafe) private var pendingTermination: Int32 = 0
nonisolated(unsafe) private var pendingStop: Int32 = 0
nonisolated(unsafe) private var pendingContinue: Int32 = 0
nonisolated(unsafe) private var emergencyArmed: Int32 = 0
nonisolated(unsafe) private var emergencyFd: Int32 = -1
/// On the heap: Swift sizes a `termios` value at 57 bytes (its size without the tail
/// padding), while `tcgetattr` writes all 60 of the C struct; an allocation gets the stride.
nonisolated(unsafe) private let emergencyTermios: UnsafeMutablePointer<termios> = {
  let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
  pointer.initialize(to: termios())
  return pointer
}()
nonisolated(unsafe) private var emergencyBytes: UnsafeMutablePointer<UInt8>? = nil
nonisolated(unsafe) private var emergencyByteCount: Int = 0
nonisolated(unsafe) private var previousWinchHandler: (@convention(c) (Int32) -> Void)? = nil
/// What each crash signal did before us, indexed by signal number (1..64).
nonisolated(unsafe) private let previousCrashActions: UnsafeMutablePointer<sigaction> = {
  let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
  actions.initialize(repeating: sigaction(), count: 65)
  return actions
}()

/// Puts the terminal back the hard way: saved modes and the strings that leave
/// full-screen mode. Async-signal-safe; used when no orderly `endwin` is possible.
private func restoreTerminalInHandler() {
  guard emergencyArmed != 0 else { return }
  emergencyArmed = 0
  if emergencyFd >= 0 {
    _ = tcsetattr(emergencyFd, TCSANOW, emergencyTermios)
    if let bytes = emergencyBytes, emergencyByteCount > 0 {
      _ = write(emergencyFd, bytes, emergencyByteCount)
    }
  }
}

private func wake() {
  var byte: UInt8 = 1
  if wakePipeWrite >= 0 { _ = write(wakePipeWrite, &byte, 1) }
}

/// SIGINT, SIGTERM, SIGHUP: ask the loop to leave. A second one before the
/// loop reacted means the program is stuck: restore the terminal and exit.
private let terminationHandler: @convention(c) (Int32) -> Void = { signal in
  let savedErrno = errno
  if pendingTermination != 0 {
    restoreTerminalInHandler()
    _exit(128 + signal)
  }
  pendingTermination = signal
  wake()
  errno = savedErrno
}

/// SIGTSTP (^Z): the loop leaves full-screen mode, then stops itself.
private let stopHandler: @convention(c) (Int32) -> Void = { _ in
  let savedErrno = errno
  pendingStop = 1
  wake()
  errno = savedErrno
}

/// SIGCONT: the process was stopped by something other than our ^Z path
/// (SIGSTOP, a debugger) and the shell may have drawn over the screen.
private let continueHandler: @convention(c) (Int32) -> Void = { _ in
  let savedErrno = errno
  pendingContinue = 1
  wake()
  errno = savedErrno
}

/// SIGWINCH: let ncurses note the new size, then wake the loop so it asks.
private let resizeHandler: @convention(c) (Int32) -> Void = { signal in
  let savedErrno = errno
  previousWinchHandler?(signal)
  wake()
  errno = savedErrno
}

/// Crashes: restore the terminal, then hand the signal to the previous handler
/// (the Swift runtime's backtracer, or the default action, which ends the process).
private let crashHandler: @convention(c) (Int32) -> Void = { signal in
  restoreTerminalInHandler()
  if signal > 0 && signal < 65 {
    _ = sigaction(signal, previousCrashActions + Int(signal), nil)
  } else {
    var fallback = sigaction()
    fallback.__sigaction_handler.sa_handler = SIG_DFL
    _ = sigaction(signal, &fallback, nil)
  }
  // Sent with kill(2) there is no faulting instruction to run again: raise it.
  // (For a real fault, returning would re-run the instruction and fault again.)
  _ = raise(signal)
}

/// The signal handling of a full-screen session.
///
/// Termination signals (SIGINT, SIGTERM, SIGHUP) and ^Z are turned into
/// flags plus a byte on a self-pipe, so the event loop wakes from `poll` and
/// handles them in order, with `endwin` and all. The handlers are installed
/// before ncurses starts, so ncurses keeps its own off these signals (its
/// SIGINT handler would exit with status 1 and skip our cleanup).
enum TerminalSignals {
  /// What the loop must do, in priority order.
  enum Pending: Equatable {
    case terminate(Int32)
    case stop
    /// Continued after a stop we did not make: repaint everything.
    case continued
  }

  static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

  /// The read end of the wake-up pipe, for `poll`.
  static var wakeDescriptor: Int32 { wakePipeRead }

  /// Creates the wake-up pipe and installs the handlers.
  static func install() throws(TerminalStartError) {
    if wakePipeRead < 0 {
      var fds: [Int32] = [-1, -1]
      guard pipe(&fds) == 0 else { throw .system("cannot create a pipe", errno) }
      for fd in fds {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      }
      wakePipeRead = fds[0]
      wakePipeWrite = fds[1]
    }
    pendingTermination = 0
    pendingStop = 0
    pendingContinue = 0
    for signal in terminationSignals { set(signal, terminationHandler) }
    set(SIGTSTP, stopHandler)
    set(SIGCONT, continueHandler)
    // A parent may have left these blocked (the mask survives exec): ^C and
    // friends must reach us, or the reader could never be interrupted.
    var handled = sigset_t()
    sigemptyset(&handled)
    for signal in terminationSignals + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&handled, signal) }
    _ = sigprocmask(SIG_UNBLOCK, &handled, nil)
    for signal in crashSignals {
      _ = sigaction(signal, nil, previousCrashActions + Int(signal))
      set(signal, crashHandler, flags: SA_NODEFER)
    }
  }

  /// Chains our wake-up after the SIGWINCH handler ncurses installed.
  static func chainResizeHandler() {
    var current = sigaction()
    _ = sigaction(SIGWINCH, nil, &current)
    let handler = current.__sigaction_handler.sa_handler
    if current.sa_flags & SA_SIGINFO == 0, let handler,
      unsafeBitCast(handler, to: Int.self) != unsafeBitCast(SIG_DFL, to: Int.self),
      unsafeBitCast(handler, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self),
      unsafeBitCast(handler, to: Int.self) != unsafeBitCast(resizeHandler, to: Int.self)
    {
      previousWinchHandler = handler
    }
    set(SIGWINCH, resizeHandler)
  }

  /// Puts every signal we took back to its default (the crash ones to what they were).
  static func uninstall() {
    for signal in terminationSignals + [SIGTSTP, SIGCONT] { setDefault(signal) }
    for signal in crashSignals {
      _ = sigaction(signal, previousCrashActions + Int(signal), nil)
    }
    var current = sigaction()
    _ = sigaction(SIGWINCH, nil, &current)
    if let handler = current.__sigaction_handler.sa_handler,
      unsafeBitCast(handler, to: Int.self) == unsafeBitCast(resizeHandler, to: Int.self)
    {
      if let previousWinchHandler {
        set(SIGWINCH, previousWinchHandler)
      } else {
        setDefault(SIGWINCH)
      }
    }
  }

  /// Remembers how to put the terminal back if the process must leave in a hurry.
  /// - Parameters:
  ///   - fd: The terminal (its modes are saved now, before ncurses changes them).
  ///   - leaveFullScreen: Bytes that leave full-screen mode (from terminfo).
  static func armEmergencyRestore(fd: Int32, leaveFullScreen: [UInt8]) {
    emergencyArmed = 0
    guard tcgetattr(fd, emergencyTermios) == 0 else { return }
    if emergencyBytes == nil {
      emergencyBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    }
    let count = min(leaveFullScreen.count, 256)
    for i in 0..<count { emergencyBytes![i] = leaveFullScreen[i] }
    emergencyByteCount = count
    emergencyFd = fd
    emergencyArmed = 1
  }

  /// The orderly cleanup has run: a crash from now on needs no restoring.
  static func disarmEmergencyRestore() {
    emergencyArmed = 0
  }

  /// Whether a signal is waiting to be handled (without taking it).
  static var hasPending: Bool {
    pendingTermination != 0 || pendingStop != 0 || pendingContinue != 0
  }

  /// The next thing the loop must handle, if any (drains the wake-up pipe).
  static func takePending() -> Pending? {
    drainWakePipe()
    if pendingTermination != 0 { return .terminate(pendingTermination) }
    if pendingStop != 0 {
      pendingStop = 0
      return .stop
    }
    if pendingContinue != 0 {
      pendingContinue = 0
      return .continued
    }
    return nil
  }

  /// Stops the process as ^Z would have: the caller has already left full-screen mode.
  /// Returns after `fg` (SIGCONT).
  static func stopProcess() {
    setDefault(SIGTSTP)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGTSTP)
    _ = sigprocmask(SIG_UNBLOCK, &set, nil)
    _ = raise(SIGTSTP)
    // Continued: the caller repaints, so the SIGCONT needs no second repaint.
    Self.set(SIGTSTP, stopHandler)
    pendingContinue = 0
  }

  private static func drainWakePipe() {
    guard wakePipeRead >= 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(wakePipeRead, &buffer, buffer.count) > 0 {}
  }

  private static func set(
    _ signal: Int32, _ handler: @convention(c) (Int32) -> Void, flags: Int32 = 0
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = flags | SA_RESTART
    _ = sigaction(signal, &action, nil)
  }

  private static func setDefault(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    _ = sigaction(signal, &action, nil)
  }
}
