import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The completion scripts `byline --generate-completion-script SHELL` prints, run by the real shells.
///
/// bash runs the completion function as readline would call it; fish answers
/// `complete -C` with its own completion engine; zsh is typed into in tmux
/// and the line it completes is read off the screen.
@Suite(.serialized) struct ShellCompletionTests {
  static func installed(_ program: String) -> Bool {
    ["/usr/bin", "/bin", "/usr/local/bin"].contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
    }
  }

  static let commands = [
    "read", "quotes", "speakers", "posts", "export", "index", "search", "config", "help",
  ]

  /// A directory with two articles and a folder, and the script for `shell` in `completions/`.
  private func workspace(_ shell: String, scriptName: String) throws -> (directory: URL, script: URL) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-completion-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let work = directory.appendingPathComponent("work")
    try FileManager.default.createDirectory(
      at: work.appendingPathComponent("folder"), withIntermediateDirectories: true)
    for name in ["article.txt", "other.txt"] {
      try Data("Mara Ellison said: \"Yes.\"\n".utf8).write(to: work.appendingPathComponent(name))
    }
    let generated = try CommandRunner.run(
      [try BylineBinary.locate().path, "--generate-completion-script", shell])
    #expect(generated.status == 0, "\(generated.standardError)")
    let completions = directory.appendingPathComponent("completions")
    try FileManager.default.createDirectory(at: completions, withIntermediateDirectories: true)
    let script = completions.appendingPathComponent(scriptName)
    try Data(generated.outputBytes).write(to: script)
    return (work, script)
  }

  /// What bash's completion function offers for `words` (the last is the word being completed).
  private func bash(_ words: [String], script: URL, in directory: URL) throws -> [String] {
    let program = """
      source "$SCRIPT" && cd "$WORK" || exit 1
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      _byline
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try CommandRunner.run(
      ["bash", "--norc", "--noprofile", "-c", program, "bash"] + words,
      environment: ["SCRIPT": script.path, "WORK": directory.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty, "\(result.standardError)")
    return result.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test(.enabled(if: installed("bash"), "bash is not installed"))
  func bashOffersFilesOptionsAndCommands() throws {
    let (work, script) = try workspace("bash", scriptName: "byline")
    defer { try? FileManager.default.removeItem(at: work.deletingLastPathComponent()) }
    #expect(try bash(["byline", "export", "art"], script: script, in: work) == ["article.txt"])
    #expect(try bash(["byline", "art"], script: script, in: work) == ["article.txt"])
    let top = try bash(["byline", ""], script: script, in: work)
    #expect(Set(top) == Set(Self.commands + ["article.txt", "other.txt", "folder"]))
    let options = try bash(["byline", "--"], script: script, in: work)
    for option in ["--color", "--no-state", "--force", "--help", "--version"] {
      #expect(options.contains(option), "\(options)")
    }
    #expect(try bash(["byline", "--color", "al"], script: script, in: work) == ["always"])
    #expect(
      try bash(["byline", "--color", "=", ""], script: script, in: work) == ["auto", "always", "never"])
    #expect(try bash(["byline", "help", ""], script: script, in: work) == Self.commands)
    #expect(try bash(["byline", "config", ""], script: script, in: work) == [])
    #expect(
      try bash(["byline", "export", "--format", ""], script: script, in: work) == [
        "json", "jsonl", "csv", "markdown",
      ])
    #expect(
      try bash(["byline", "export", "--offsets", "utf"], script: script, in: work) == ["utf8", "utf16"])
    #expect(
      Set(try bash(["byline", "quotes", "--speaker", "x", ""], script: script, in: work))
        == ["article.txt", "other.txt", "folder"])
    #expect(
      try bash(["byline", "quotes", "--"], script: script, in: work) == [
        "--speaker", "--attribution", "--no-header", "--force", "--field", "--table", "--dataset-table",
        "--help",
      ])
    #expect(
      try bash(["byline", "quotes", "--attribution", ""], script: script, in: work) == [
        "explicit", "resolved", "carried", "none",
      ])
    #expect(try bash(["byline", "posts", "--f"], script: script, in: work) == ["--force", "--field"])
  }

  /// What fish's completion engine offers for `line` (without the descriptions).
  private func fish(_ line: String, script: URL, in directory: URL) throws -> [String] {
    let result = try CommandRunner.run(
      [
        "fish", "--no-config", "-c",
        "source $SCRIPT; and cd $WORK; and complete --do-complete=$LINE",
      ],
      environment: ["SCRIPT": script.path, "WORK": directory.path, "LINE": line])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty, "\(result.standardError)")
    return result.standardOutput.split(separator: "\n").map {
      String($0.split(separator: "\t", maxSplits: 1).first ?? "")
    }
  }

  @Test(.enabled(if: installed("fish"), "fish is not installed"))
  func fishOffersFilesOptionsAndCommands() throws {
    let (work, script) = try workspace("fish", scriptName: "byline.fish")
    defer { try? FileManager.default.removeItem(at: work.deletingLastPathComponent()) }
    #expect(try fish("byline export art", script: script, in: work) == ["article.txt"])
    #expect(try fish("byline art", script: script, in: work) == ["article.txt"])
    let top = try fish("byline ", script: script, in: work)
    #expect(Set(top) == Set(Self.commands + ["article.txt", "other.txt", "folder/"]), "\(top)")
    let options = try fish("byline --", script: script, in: work)
    for option in ["--color", "--no-state", "--force", "--help", "--version"] {
      #expect(options.contains(option), "\(options)")
    }
    #expect(Set(try fish("byline --color ", script: script, in: work)) == ["auto", "always", "never"])
    #expect(Set(try fish("byline help ", script: script, in: work)) == Set(Self.commands))
    #expect(try fish("byline config ", script: script, in: work) == [])
    #expect(
      Set(try fish("byline export --format ", script: script, in: work)) == [
        "json", "jsonl", "csv", "markdown",
      ])
    #expect(
      Set(try fish("byline quotes --speaker x ", script: script, in: work))
        == ["article.txt", "other.txt", "folder/"])
    #expect(
      Set(try fish("byline quotes --attribution ", script: script, in: work)) == [
        "explicit", "resolved", "carried", "none",
      ])
    #expect(try fish("byline posts --dataset", script: script, in: work) == ["--dataset-table"])
  }

  @Test(
    .enabled(if: installed("zsh"), "zsh is not installed"),
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func zshOffersFilesOptionsAndCommands() throws {
    let (work, script) = try workspace("zsh", scriptName: "_byline")
    defer { try? FileManager.default.removeItem(at: work.deletingLastPathComponent()) }
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    try tmux.run("exec env PS1='zsh> ' zsh -f")
    #expect(try tmux.waitFor(text: "zsh>").ok)
    let completions = shellQuoted(script.deletingLastPathComponent().path)
    try tmux.run(
      "fpath=(\(completions) $fpath); autoload -Uz compinit; compinit -u -D; cd \(shellQuoted(work.path)); clear"
    )
    #expect(try tmux.waitFor { $0.split(separator: "\n").first?.hasPrefix("zsh>") == true }.ok)

    /// Types `line`, presses Tab, and returns the screen once `shows` holds for it.
    func complete(_ line: String, until shows: @escaping (String) -> Bool) throws -> (String, Bool) {
      try tmux.press("-l", line)
      try tmux.press("Tab")
      let result = try tmux.waitFor(upTo: .seconds(10), shows)
      try tmux.press("C-u")
      try tmux.run("clear")
      _ = try tmux.waitFor { !$0.contains(line) }
      return result
    }

    let file = try complete("byline export art") { $0.contains("zsh> byline export article.txt") }
    #expect(file.1, "the file name was not completed:\n\(file.0)")
    let reader = try complete("byline art") { $0.contains("zsh> byline article.txt") }
    #expect(reader.1, "the file name was not completed for the reader:\n\(reader.0)")
    let options = try complete("byline --") { screen in
      ["--color", "--no-state", "--force", "--version"].allSatisfy(screen.contains)
    }
    #expect(options.1, "the reader's options were not offered:\n\(options.0)")
    let help = try complete("byline help ") { screen in
      ["quotes", "speakers", "posts", "export", "config"].allSatisfy(screen.contains)
    }
    #expect(help.1, "help offered no commands:\n\(help.0)")
    let format = try complete("byline export --format ") { screen in
      ["json", "jsonl", "csv", "markdown"].allSatisfy(screen.contains)
    }
    #expect(format.1, "no formats offered:\n\(format.0)")
  }
}
