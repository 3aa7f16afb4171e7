import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The query commands, export formats, config and reading positions through the real binary.
@Suite struct QueryCommandTests {
  /// A fresh directory with `files` written into it; removed by the caller.
  private func directory(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-query-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  private func byline(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws
    -> CommandRunner.Result
  {
    var variables = environment
    variables["XDG_CONFIG_HOME"] =
      variables["XDG_CONFIG_HOME"] ?? directory.appendingPathComponent("config").path
    variables["XDG_STATE_HOME"] =
      variables["XDG_STATE_HOME"] ?? directory.appendingPathComponent("state").path
    return try CommandRunner.run(
      [try BylineBinary.locate().path] + arguments, environment: variables)
  }

  static let first = """
    date 2018-09-27 Sergey Lavrov said: "We are ready to talk."

    The talks went on.
    """
  static let second = """
    Daniel Okafor said: "Paid in full."
    """

  @Test func quotesPrintOneLinePerQuotationAndFilterBySpeaker() throws {
    let dir = try directory(["a.txt": Self.first, "b.txt": Self.second])
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.txt").path
    let b = dir.appendingPathComponent("b.txt").path
    let all = try byline(["quotes", a, b], in: dir)
    #expect(all.status == 0, "\(all.standardError)")
    let lines = all.standardOutput.split(separator: "\n")
    #expect(lines.first == "file\tspeaker\ttext")
    #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
    #expect(lines.contains { $0.hasPrefix(a + "\t") && $0.hasSuffix("\t\"We are ready to talk.\"") })
    let lavrov = try byline(["quotes", "--speaker", "LAVROV", a, b], in: dir)
    #expect(lavrov.standardOutput.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix(a + "\t") })
  }

  @Test func aDirectoryStandsForItsTextFiles() throws {
    let dir = try directory(["a.txt": Self.first, "b.txt": Self.second, "notes.md": "# not an article"])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try byline(["export", "--format", "jsonl", dir.path], in: dir)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix(#"{"file":""# + dir.path + #"/a.txt","#))
    for line in lines {
      #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
    }
  }

  @Test func csvOpensInPythonsCSVModule() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
    let dir = try directory(["a.txt": Self.first + "\n\nShe said: \"Yes, \"\"and\"\" no.\"\n"])
    defer { try? FileManager.default.removeItem(at: dir) }
    let csv = try byline(["export", "--format", "csv", dir.appendingPathComponent("a.txt").path], in: dir)
    #expect(csv.status == 0)
    try Data(csv.outputBytes).write(to: dir.appendingPathComponent("q.csv"))
    let script =
      "import csv,sys\nrows=list(csv.DictReader(open(sys.argv[1],newline='')))\n"
      + "print(len(rows), ','.join(rows[0].keys()) if rows else '')"
    let python = try CommandRunner.run(
      ["/usr/bin/python3", "-c", script, dir.appendingPathComponent("q.csv").path])
    #expect(python.status == 0, "\(python.standardError)")
    let records = csv.standardOutput.components(separatedBy: "\r\n").count - 2
    #expect(records >= 1, "\(csv.standardOutput)")
    #expect(
      python.standardOutput
        == "\(records) file,index,speaker,mention,kind,start,end,paragraph,post,text,attribution\n")
  }

  @Test func speakersAndPostsPrintTables() throws {
    let dir = try directory(["a.txt": Self.first])
    defer { try? FileManager.default.removeItem(at: dir) }
    let speakers = try byline(["speakers", "--by-file", dir.appendingPathComponent("a.txt").path], in: dir)
    #expect(speakers.status == 0)
    #expect(speakers.standardOutput.hasPrefix("file\tspeaker\tquotations\tposts\n"))
    let merged = try byline(["speakers", dir.appendingPathComponent("a.txt").path], in: dir)
    #expect(merged.status == 0)
    #expect(merged.standardOutput.hasPrefix("speaker\tquotations\tposts\tarticles\taliases\n"))
    let posts = try byline(["posts", dir.appendingPathComponent("a.txt").path], in: dir)
    #expect(posts.status == 0)
    #expect(posts.standardOutput == "file\tplatform\tauthor\thandle\tdate\ttext\n")
  }

  @Test func aBrokenConfigIsReportedByFileAndLine() throws {
    let dir = try directory(["a.txt": Self.first])
    defer { try? FileManager.default.removeItem(at: dir) }
    let config = dir.appendingPathComponent("config/byline")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data("# mine\ncolor = sometimes\n".utf8).write(to: config.appendingPathComponent("config"))
    let check = try byline(["config"], in: dir)
    #expect(check.status == 1)
    #expect(
      check.standardError
        == "byline: \(config.path)/config:2: color must be auto, always or never, not 'sometimes'\n")
    let read = try byline([dir.appendingPathComponent("a.txt").path], in: dir)
    #expect(read.status == 0, "the defaults stand for a broken line")
    #expect(read.standardError.hasPrefix("byline: \(config.path)/config:2: "))
    #expect(read.standardOutput.contains("Lavrov"))
    let defaults = try byline(["config", "--defaults"], in: dir)
    try Data(defaults.outputBytes).write(to: config.appendingPathComponent("config"))
    #expect(try byline(["config"], in: dir).status == 0)
  }

  @Test func colorAlwaysColoursThePipeAndNeverDoesNot() throws {
    let dir = try directory(["a.txt": Self.first])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.txt").path
    #expect(try byline(["--color=always", path], in: dir).outputBytes.contains(0x1B))
    #expect(!(try byline(["--color=never", path], in: dir).outputBytes.contains(0x1B)))
    #expect(!(try byline(["--color=auto", path], in: dir).outputBytes.contains(0x1B)))
  }

  @Test(.enabled(if: BylineBinary.sharedArticles != nil, "../shared/articles is not here"))
  func lavrovsFourQuotationsInTheSharedArticle() throws {
    let shared = try #require(BylineBinary.sharedArticles)
    let files = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter {
      $0.hasSuffix(".txt")
    }
    let result = try CommandRunner.run(
      [try BylineBinary.locate().path, "quotes", "--speaker", "lavrov"]
        + files.map { shared.appendingPathComponent($0).path })
    #expect(result.status == 0)
    #expect(
      result.standardOutput.split(separator: "\n").count == 5, "a header and four: \(result.standardOutput)")
  }
}
