#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a link with `$BROWSER` or `xdg-open`, as the loop's effect.
///
/// `$BROWSER` is a colon-separated list of commands, the first one found
/// being used; `%s` in a command stands for the address, else the address
/// is added as the last argument. It may be a terminal browser, so the
/// reader gives the terminal up while it runs. `xdg-open` hands the address
/// to the desktop and returns at once. No shell is involved.
public struct LinkOpener: Sendable {
  /// How to start a program: the command line and whether it needs the terminal.
  public struct Command: Hashable, Sendable {
    public var arguments: [String]
    public var needsTerminal: Bool

    public init(arguments: [String], needsTerminal: Bool) {
      self.arguments = arguments
      self.needsTerminal = needsTerminal
    }
  }

  public var environment: [String: String]

  public init(environment: [String: String]) {
    self.environment = environment
  }

  /// The process environment's `BROWSER` and `PATH`.
  public static var current: LinkOpener {
    var environment: [String: String] = [:]
    for name in ["BROWSER", "PATH"] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return LinkOpener(environment: environment)
  }

  /// The command that would open `address`, or `nil` when neither `$BROWSER` nor `xdg-open` is there.
  public func command(for address: String, isExecutable: (String) -> Bool = LinkOpener.isExecutable)
    -> Command?
  {
    for entry in (environment["BROWSER"] ?? "").split(separator: ":") {
      var words = entry.split(separator: " ").map(String.init)
      guard let program = words.first, let path = find(program, isExecutable: isExecutable) else { continue }
      words[0] = path
      if words.contains(where: { $0.contains("%s") }) {
        words = words.map { $0.replacingPercentS(with: address) }
      } else {
        words.append(address)
      }
      return Command(arguments: words, needsTerminal: true)
    }
    if let path = find("xdg-open", isExecutable: isExecutable) {
      return Command(arguments: [path, address], needsTerminal: false)
    }
    return nil
  }

  /// Opens `address`, giving the terminal up meanwhile when needed; returns the message for the status line.
  public func open(_ address: String, backend: any TerminalBackend) -> Message {
    guard let command = command(for: address) else {
      return Message("Cannot open links: set BROWSER or install xdg-open", isError: true)
    }
    if command.needsTerminal { backend.suspend() }
    let status = Self.run(command.arguments, quiet: !command.needsTerminal)
    if command.needsTerminal { backend.resume() }
    let name = command.arguments[0].split(separator: "/").last.map(String.init) ?? "browser"
    switch status {
    case 0?: return Message("Opened " + address)
    case let code?: return Message("\(name) failed (exit status \(code)) on \(address)", isError: true)
    case nil: return Message("Cannot start \(name)", isError: true)
    }
  }

  /// The full path of a program name (searched in `PATH` unless it has a slash).
  func find(_ program: String, isExecutable: (String) -> Bool) -> String? {
    if program.contains("/") { return isExecutable(program) ? program : nil }
    for directory in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      let path = directory + "/" + program
      if isExecutable(path) { return path }
    }
    return nil
  }

  public static func isExecutable(_ path: String) -> Bool {
    var info = stat()
    return access(path, X_OK) == 0 && stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// Runs a program and waits for it; `nil` when it cannot be started.
  static func run(_ arguments: [String], quiet: Bool) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if quiet {
      for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
        posix_spawn_file_actions_addopen(
          &actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
      }
    }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return nil }
    }
    if status & 0x7F == 0 { return (status >> 8) & 0xFF }
    return 128 + (status & 0x7F)
  }
}

extension String {
  /// The string with every `%s` replaced by `value` (and `%%` by `%`).
  func replacingPercentS(with value: String) -> String {
    var result = ""
    var iterator = makeIterator()
    while let character = iterator.next() {
      if character == "%" {
        switch iterator.next() {
        case "s"?: result += value
        case "%"?: result += "%"
        case let other?: result.append("%"); result.append(other)
        case nil: result.append("%")
        }
      } else {
        result.append(character)
      }
    }
    return result
  }
}
