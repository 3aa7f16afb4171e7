import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion and collects what it printed.
///
/// Built on `posix_spawnp` and `waitpid` rather than Foundation's `Process`,
/// whose exit detection hangs when the child leaves a daemon behind (tmux
/// starting its server). Output goes to temporary files, not pipes, for the
/// same reason: the daemon inherits them and would hold a pipe open forever.
enum CommandRunner {
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
    var outputBytes: [UInt8]
  }

  /// Runs `arguments[0]` (looked up in PATH) with the rest as arguments.
  /// - Parameters:
  ///   - input: Bytes for standard input (from a regular file; `/dev/null` when nil).
  ///   - environment: Variables set over the current environment.
  ///   - unsetting: Variables removed from it (`swift test` sets NO_COLOR, for one).
  /// - Returns: The exit status (128+n when killed by signal n) and the output.
  static func run(
    _ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:],
    unsetting: [String] = []
  ) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.path
    let stamp = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    let outputPath = "\(directory)/byline-run-\(stamp).out"
    let errorPath = "\(directory)/byline-run-\(stamp).err"
    let inputPath = "\(directory)/byline-run-\(stamp).in"
    defer {
      unlink(outputPath)
      unlink(errorPath)
      unlink(inputPath)
    }
    if let input { try Data(input).write(to: URL(fileURLWithPath: inputPath)) }

    var variables = ProcessInfo.processInfo.environment
    variables["LANG"] = variables["LANG"] ?? "C.UTF-8"
    variables["TERM"] = variables["TERM"] ?? "xterm-256color"
    // Keep the user's config file, reading positions and index out of the tests (and the tests out of them).
    variables["XDG_CONFIG_HOME"] = "\(directory)/byline-run-\(stamp).config"
    variables["XDG_STATE_HOME"] = "\(directory)/byline-run-\(stamp).state"
    variables["XDG_CACHE_HOME"] = "\(directory)/byline-run-\(stamp).cache"
    defer {
      try? FileManager.default.removeItem(atPath: "\(directory)/byline-run-\(stamp).config")
      try? FileManager.default.removeItem(atPath: "\(directory)/byline-run-\(stamp).state")
      try? FileManager.default.removeItem(atPath: "\(directory)/byline-run-\(stamp).cache")
    }
    for (key, value) in environment { variables[key] = value }
    for key in unsetting { variables[key] = nil }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(
      &actions, 0, input == nil ? "/dev/null" : inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    // A clean signal state: the test runner may block or ignore signals, and
    // tmux would pass that on to the shell and to byline.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGPIPE, SIGCHLD, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw TestFailure("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw TestFailure("waitpid failed for \(arguments[0])") }
    }
    let exitStatus: Int32 =
      (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let outputBytes = contents(of: outputPath)
    let errorBytes = contents(of: errorPath)
    return Result(
      status: exitStatus,
      standardOutput: String(decoding: outputBytes, as: UTF8.self),
      standardError: String(decoding: errorBytes, as: UTF8.self),
      outputBytes: outputBytes)
  }

  /// The bytes of a file (none when it cannot be read).
  ///
  /// Read with `read(2)`: `FileManager.contents(atPath:)` leaks its 4 kB
  /// buffer for every empty file on Linux (seen under AddressSanitizer's leak
  /// check), and most runs leave an empty standard error.
  static func contents(of path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes.append(contentsOf: chunk[..<count])
      } else if count == 0 || errno != EINTR {
        return bytes
      }
    }
  }
}
