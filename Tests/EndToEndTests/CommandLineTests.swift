import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary without a terminal: plain output, export, errors, version.
@Suite struct CommandLineTests {
  private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-cli-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
    try Data(bytes).write(to: url)
    return url
  }

  private func byline(_ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:])
    throws -> CommandRunner.Result
  {
    try CommandRunner.run(
      [try BylineBinary.locate().path] + arguments, input: input, environment: environment)
  }

  static let article = """
    date 2021-04-05 Harbour pilots returned to work on Monday after a week of talks about the night shifts and the new boats.

    "We have a deal," said Mara Ellison.
    """

  @Test func pipedOutputIsPlainTextWithoutControlBytes() throws {
    let hostile = Self.article + "\n\nEscapes \u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07} and \u{9B}31m stay inert.\n"
    let file = try temporaryFile(Array(hostile.utf8))
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try byline([file.path], environment: ["COLUMNS": "40"])
    #expect(result.status == 0, "\(result.standardError)")
    let bad = ControlCharacters.controlBytes(in: result.outputBytes)
    #expect(bad.isEmpty, "control bytes \(bad) in output:\n\(result.standardOutput)")
    #expect(!ControlCharacters.hasC1Control(result.standardOutput))
    #expect(result.standardOutput.contains("Harbour pilots"))
    #expect(result.standardOutput.contains("\n\n"), "paragraphs are separated by a blank line")
    let widths = result.standardOutput.split(separator: "\n").map(\.count)
    #expect(widths.allSatisfy { $0 <= 40 }, "lines wider than COLUMNS=40: \(widths)")
  }

  @Test func anArticleOnStandardInputIsPrintedAsPlainText() throws {
    let result = try byline([], input: Array(Self.article.utf8))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("Mara Ellison"))
    #expect(!result.outputBytes.contains(0x1B))
    let dash = try byline(["-"], input: Array(Self.article.utf8))
    #expect(dash.standardOutput == result.standardOutput)
  }

  /// A plain `byline [options] FILE` skips ArgumentParser (a quicker start); the same
  /// choices spelled through the `read` subcommand go through it. Both must do the same.
  @Test(arguments: [
    (["FILE"], ["read", "FILE"]),
    (["--color=always", "FILE"], ["read", "--color", "always", "FILE"]),
    (["--color", "never", "--no-state", "FILE"], ["read", "--no-state", "--color=never", "FILE"]),
    (["--force", "FILE", "FILE"], ["read", "--force", "FILE", "FILE"]),
  ])
  func theQuickCommandLineMatchesTheReadCommand(quick: [String], read: [String]) throws {
    let file = try temporaryFile(Array(Self.article.utf8))
    defer { try? FileManager.default.removeItem(at: file) }
    let fill = { (arguments: [String]) in arguments.map { $0 == "FILE" ? file.path : $0 } }
    let fast = try byline(fill(quick), environment: ["COLUMNS": "50"])
    let full = try byline(fill(read), environment: ["COLUMNS": "50"])
    #expect(fast.status == 0, "\(fast.standardError)")
    #expect(fast.status == full.status)
    #expect(fast.outputBytes == full.outputBytes)
    #expect(fast.standardError == full.standardError)
    #expect(fast.standardOutput.contains("Mara Ellison"))
  }

  /// What the quick path does not take (a mistake, an unknown option) still gets
  /// ArgumentParser's message and exit status.
  @Test func mistakesStillGetArgumentParsersMessage() throws {
    let result = try byline(["--colour=always", "x.txt"])
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("byline: "), "\(result.standardError)")
    #expect(result.standardError.contains("--colour"))
    let badValue = try byline(["--color=sometimes", "x.txt"])
    #expect(badValue.status == 2)
    #expect(badValue.standardError.contains("sometimes"))
  }

  @Test func exportPrintsValidJSON() throws {
    let file = try temporaryFile(Array(Self.article.utf8))
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try byline(["export", "--format", "json", file.path])
    #expect(result.status == 0, "\(result.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(result.outputBytes))
    let dictionary = try #require(object as? [String: Any])
    #expect(dictionary["paragraphs"] is [Any])
  }

  @Test(arguments: [
    ["no-such-article.txt"], ["export", "--format", "json", "no-such-article.txt"],
  ])
  func aMissingFileIsNamedAndFails(arguments: [String]) throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-missing-\(getpid())").appendingPathComponent(arguments.last!).path
    let result = try byline(arguments.dropLast() + [path])
    #expect(result.status != 0)
    #expect(result.standardError.contains(path), "\(result.standardError)")
    #expect(result.standardError.contains("no such file"), "\(result.standardError)")
    #expect(result.outputBytes.isEmpty)
  }

  @Test func aDirectoryWithoutArticlesIsRefused() throws {
    // A directory stands for the .txt files in it; with none, it is refused.
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("byline-empty-\(getpid())")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let result = try byline([empty.path])
    #expect(result.status != 0)
    #expect(result.standardError.contains("is a directory"), "\(result.standardError)")
  }

  @Test func aBinaryFileIsRefusedWithAHint() throws {
    let file = try temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0, 0x41])
    defer { try? FileManager.default.removeItem(at: file) }
    let refused = try byline([file.path])
    #expect(refused.status != 0)
    #expect(refused.standardError.contains(file.path))
    #expect(refused.standardError.contains("--force"), "\(refused.standardError)")
    let forced = try byline(["--force", file.path])
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(ControlCharacters.controlBytes(in: forced.outputBytes).isEmpty)
  }

  @Test func anUnreadableFileIsNamed() throws {
    guard getuid() != 0 else { return }  // root reads everything
    let file = try temporaryFile(Array("text".utf8))
    defer { try? FileManager.default.removeItem(at: file) }
    chmod(file.path, 0)
    let result = try byline([file.path])
    #expect(result.status != 0)
    #expect(result.standardError.contains("permission denied"), "\(result.standardError)")
  }

  @Test func invalidUTF8IsRepairedWithOneWarning() throws {
    let file = try temporaryFile(Array("Caf".utf8) + [0xE9] + Array(" and \u{FF}".utf8) + [0xC0, 0x80])
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try byline([file.path])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("Caf\u{FFFD}"))
    let warnings = result.standardError.split(separator: "\n").filter { $0.contains("warning") }
    #expect(warnings.count == 1, "\(result.standardError)")
    #expect(warnings.first?.contains(file.path) == true)
  }

  @Test func anEmptyArticleIsReported() throws {
    let file = try temporaryFile([])
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try byline([file.path])
    #expect(result.status != 0)
    #expect(result.standardError.contains("empty"), "\(result.standardError)")
  }

  @Test func versionAndHelp() throws {
    let version = try byline(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput == "byline 0.1.0\n", "\(version.standardOutput)")
    let help = try byline(["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("export"))
  }
}
