import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A private tmux server with one shell, for driving the real binary as a person would.
///
/// Each session has its own socket (`tmux -L`), so tests never touch the
/// user's tmux or each other. The shell is bash without start-up files and
/// with a fixed prompt; TERM inside is tmux-256color. Call `close()` at the
/// end (it kills the server).
final class TmuxSession {
  static let prompt = "e2e$ "

  let socket: String
  private let configuration: URL
  /// Private config and state directories for the programs run in the session.
  private let stateDirectory: URL

  /// Whether tmux can be run at all on this machine.
  static var isAvailable: Bool {
    (try? CommandRunner.run(["tmux", "-V"]).status) == 0
  }

  init(width: Int = 100, height: Int = 30) throws {
    socket = "byline-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    configuration = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(socket).conf")
    stateDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).xdg")
    try """
    set -g default-terminal tmux-256color
    set -g status off
    """.write(to: configuration, atomically: true, encoding: .utf8)
    let shell = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash" : "/bin/sh"
    let result = try tmux(
      "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
      "-e", "PS1=\(Self.prompt)", "-e", "LANG=C.UTF-8",
      // The user's config and reading positions stay out of the tests (and the tests out of them).
      "-e", "XDG_CONFIG_HOME=\(stateDirectory.path)/config", "-e",
      "XDG_STATE_HOME=\(stateDirectory.path)/state",
      shell, "--norc", "--noprofile")
    guard result.status == 0 else {
      throw TestFailure("tmux new-session failed: \(result.standardError)")
    }
    // The shell is ready when its prompt shows.
    guard try waitFor(text: Self.prompt.trimmingCharacters(in: .whitespaces)).ok else {
      close()
      throw TestFailure("the shell in tmux never showed its prompt")
    }
  }

  /// Types a command line into the shell and presses Enter.
  func run(_ commandLine: String) throws {
    try tmux("send-keys", "-t", "0", "-l", commandLine)
    try tmux("send-keys", "-t", "0", "Enter")
  }

  /// Presses keys by tmux name (`q`, `C-c`, `Down`, `PageDown`, `Tab`).
  func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "0"] + keys)
  }

  /// What the pane shows, one line per row.
  func capture() throws -> String {
    try tmux("capture-pane", "-p", "-t", "0").standardOutput
  }

  /// What the pane shows with its colours and attributes as SGR escape sequences.
  func captureWithStyles() throws -> String {
    try tmux("capture-pane", "-p", "-e", "-t", "0").standardOutput
  }

  /// Starts copying every byte the pane's programs write to the terminal into `path`.
  func record(to path: String) throws {
    try tmux("pipe-pane", "-t", "0", "-o", "cat >> \(shellQuoted(path))")
  }

  /// Stops the copying started by `record(to:)`.
  func stopRecording() throws {
    try tmux("pipe-pane", "-t", "0")
  }

  /// A tmux format for the pane, e.g. `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux("display-message", "-p", "-t", "0", format).standardOutput
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func resize(width: Int, height: Int) throws {
    try tmux("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
  }

  /// The process the shell runs in the foreground (its first child), if any.
  func foregroundChild() throws -> pid_t? {
    guard let shell = Int32(try display("#{pane_pid}")) else { return nil }
    let children = try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").first.flatMap { pid_t($0) }
  }

  /// Polls the pane until `condition` holds for its text, or a generous bound passes.
  ///
  /// The bound only keeps a broken run from hanging; nothing is asserted about time.
  /// - Returns: The last capture and whether the condition held.
  @discardableResult
  func waitFor(
    upTo limit: Duration = .seconds(30), _ condition: (String) throws -> Bool
  ) throws -> (screen: String, ok: Bool) {
    let clock = ContinuousClock()
    let deadline = clock.now + limit
    var screen = try capture()
    while try !condition(screen) {
      if clock.now >= deadline { return (screen, false) }
      usleep(50_000)
      screen = try capture()
    }
    return (screen, true)
  }

  /// Waits until the pane shows `text`.
  @discardableResult
  func waitFor(text: String, upTo limit: Duration = .seconds(30)) throws -> (
    screen: String, ok: Bool
  ) {
    try waitFor(upTo: limit) { $0.contains(text) }
  }

  /// Kills the server and what runs in it, removes the configuration file.
  func close() {
    // tmux leaves its socket file behind after kill-server: remove it too.
    let socketPath = (try? display("#{socket_path}")) ?? ""
    _ = try? tmux("kill-server")
    if socketPath.contains(socket) { unlink(socketPath) }
    try? FileManager.default.removeItem(at: configuration)
    try? FileManager.default.removeItem(at: stateDirectory)
  }

  @discardableResult
  private func tmux(_ arguments: String...) throws -> CommandRunner.Result {
    try tmux(arguments)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> CommandRunner.Result {
    // The server's environment becomes the shell's: none of the test runner's
    // settings (`swift test` sets NO_COLOR) and no outer tmux.
    try CommandRunner.run(
      ["tmux", "-L", socket, "-f", configuration.path] + arguments,
      unsetting: ["NO_COLOR", "TMUX", "TMUX_PANE", "COLUMNS", "LINES"])
  }
}

/// A failure to set up a test (not an expectation about Byline).
struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
