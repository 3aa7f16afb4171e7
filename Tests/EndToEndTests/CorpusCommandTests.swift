import Corpus
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Datasets through the real binary: NELA-GT databases, JSON and JSON Lines files, standard input.
@Suite struct CorpusCommandTests {
  /// A fresh directory, removed by the caller.
  static func scratch() throws -> String {
    let path =
      FileManager.default.temporaryDirectory.path
      + "/byline-corpus-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// A NELA-GT database with the given contents (`nil`: a row without text).
  static func nela(at path: String, _ contents: [String?]) throws {
    let database = try SQLiteDatabase(writable: path)
    try database.execute(
      """
      CREATE TABLE newsdata (id TEXT, date TEXT, source TEXT, title TEXT, content TEXT, author TEXT,
        url TEXT, published TEXT, published_utc INTEGER, collection_utc INTEGER)
      """)
    let insert = try database.prepare(
      "INSERT INTO newsdata VALUES (?1, '2020-03-02', 'ledger', ?2, ?3, 'Kim Sorensen', ?4, "
        + "'Mon, 02 Mar 2020 10:00:00 +0000', 1583143200, 1583150000)")
    for (i, content) in contents.enumerated() {
      insert.bind(1, "ledger-\(i + 1)")
      insert.bind(2, "Story \(i + 1)")
      insert.bind(3, content)
      insert.bind(4, "https://ledger.example/\(i + 1)")
      try insert.run()
    }
  }

  func byline(_ arguments: [String], input: [UInt8]? = nil) throws -> CommandRunner.Result {
    try CommandRunner.run([try BylineBinary.locate().path] + arguments, input: input)
  }

  /// The parsed objects of JSON Lines output.
  func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func exportReadsADatabaseAndJSONLinesSkippingBrokenRecords() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.nela(
      at: dir + "/nela.db", ["Mayor Ana Ruiz said: \"We will build it.\"", nil, "The ferry ran late."])
    try Self.write(
      """
      {"maintext": "Tom Bell said: \\"It opens in May.\\"", "title": "Bridge", "source_domain": "post.example"}
      {"maintext": "cut
      {"title": "no text"}
      """, to: dir + "/crawl.jsonl")
    let result = try byline(["export", "--format", "jsonl", dir + "/nela.db", dir + "/crawl.jsonl"])
    #expect(result.status == 1)
    let lines = try objects(result.standardOutput)
    #expect(
      lines.map { $0["file"] as? String } == [
        dir + "/nela.db#ledger-1", dir + "/nela.db#ledger-3", dir + "/crawl.jsonl:1",
      ])
    let record = try #require(lines[0]["record"] as? [String: Any])
    #expect(record["id"] as? String == "ledger-1")
    #expect(record["title"] as? String == "Story 1")
    #expect(record["url"] as? String == "https://ledger.example/1")
    let quotations = try #require(lines[0]["quotations"] as? [[String: Any]])
    #expect(quotations.first?["speaker"] as? String == "Ana Ruiz")
    #expect((lines[2]["record"] as? [String: Any])?["source"] as? String == "post.example")
    #expect(
      result.standardError == """
        byline: \(dir)/nela.db: row ledger-2: no text (column content is empty); skipped
        byline: \(dir)/crawl.jsonl: line 2: not valid JSON (a string is not closed before the end, at column 18); skipped
        byline: \(dir)/crawl.jsonl: line 3: no text (none in the fields content, maintext, text, body); skipped

        """)
  }

  @Test func plainOutputHeadsEachRecordWithItsTitle() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.nela(at: dir + "/nela.db", ["The ferry ran late."])
    let result = try byline([dir + "/nela.db"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("Story 1\n\nThe ferry ran late."), "\(result.standardOutput)")
  }

  @Test func aMapperOnStandardInputWritesOneLinePerRecordInOrder() throws {
    let input = (1...300).map { #"{"id": "r\#($0)", "text": "Record \#($0) said nothing."}"# }.joined(
      separator: "\n")
    let result = try byline(["export", "--format", "jsonl", "-"], input: Array(input.utf8))
    #expect(result.status == 0, "\(result.standardError)")
    let ids = try objects(result.standardOutput).map { ($0["record"] as? [String: Any])?["id"] as? String }
    #expect(ids == (1...300).map { "r\($0)" })
    // Text on standard input is still one article.
    let text = try byline(["export", "--format", "jsonl", "-"], input: Array("{Braces} open it.\n".utf8))
    #expect(try objects(text.standardOutput).map { $0["file"] as? String } == ["standard input"])
  }

  @Test func directoriesAreWalkedInNaturalOrderWithDatasetsInside() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for name in ["a10", "a1", "a2"] { try Self.write("Text of \(name).", to: "\(dir)/\(name).txt") }
    try Self.write(#"[{"content": "In the outlet file."}]"#, to: dir + "/outlets/ledger.json")
    let result = try byline(["export", "--format", "jsonl", dir])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      try objects(result.standardOutput).map { $0["file"] as? String } == [
        dir + "/a1.txt", dir + "/a2.txt", dir + "/a10.txt", dir + "/outlets/ledger.json:1",
      ])
  }

  @Test func fieldAndTableOptionsChooseWhatIsRead() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/custom.sqlite"
    try SQLiteDatabase(writable: path).execute(
      """
      CREATE TABLE stories (body_text TEXT, headline TEXT);
      INSERT INTO stories VALUES ('Nina Holt said: "Done."', 'Own schema');
      """)
    let result = try byline(
      ["quotes", "--table", "stories", "--field", "text=body_text", "--field", "title=headline", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "file\tspeaker\ttext\n\(path)#1\tNina Holt\t\"Done.\"\n")
    // export's --table names the CSV records; --dataset-table then names the dataset's table.
    let speakers = try byline([
      "export", "--format", "csv", "--table", "speakers", "--dataset-table", "stories",
      "--field", "text=body_text", path,
    ])
    #expect(speakers.status == 0, "\(speakers.standardError)")
    #expect(speakers.standardOutput.contains("Nina Holt"))
    let named = try byline([
      "export", "--format", "csv", "--table", "stories", "--field", "text=body_text", path,
    ])
    #expect(named.status == 0, "\(named.standardError)")
    #expect(named.standardOutput.contains("\"\"\"Done.\"\"\""))
    let bad = try byline(["quotes", "--field", "body=x", path])
    #expect(bad.status != 0)
    #expect(bad.standardError.contains("unknown role 'body'"))
    let wrong = try byline(["speakers", path])
    #expect(wrong.status == 1)
    #expect(wrong.standardError.hasPrefix("byline: \(path): is not a NELA-GT database"))
  }

  @Test func aDamagedDatabaseIsNamedWithItsProblem() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/damaged.db"
    try Self.nela(at: path, (0..<300).map { "Row \($0) " + String(repeating: "text ", count: 100) })
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
    try bytes.write(to: URL(fileURLWithPath: path))
    let result = try byline(["export", "--format", "jsonl", path])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("byline: \(path): "))
  }

  /// NELA-GT masks words with `@` for copyright: they are text, never handles or posts.
  @Test func maskedTokensAreNeverTakenForHandles() throws {
    let masked = [
      "The minister spoke at length. @ @ @ @ @ @ @ @ @ @ The talks ended.",
      "@ @ @ @ @\n\n@ @ @ @ @ @ @ @\n\nShe said: \"@ @ @ @ @ @ the plan.\"",
      "Residents @ @ @ @ @ said the road @ @ @ @ closed. @ @ @ @ @ @ @ @ @ @ @ @ @ @ @ @ @ @ @ @",
    ]
    // A post found by its link, with a masked signature: no handle is made of the masks.
    let linked = "Residents were angry. @ @ @ @ @ pic.twitter.com/abc — Ana Ruiz (@ @ @) March 2, 2020"
    let post = try byline(
      ["export", "--format", "jsonl", "-"],
      input: Array(
        String(decoding: try JSONSerialization.data(withJSONObject: ["content": linked]), as: UTF8.self).utf8)
    )
    for found in (try objects(post.standardOutput).first?["posts"] as? [[String: Any]]) ?? [] {
      #expect(found["handle"] as? String == "")
      #expect((found["author"] as? String)?.contains("@") == false)
      #expect((found["mentions"] as? [String])?.isEmpty == true)
    }
    let lines = masked.map { text in
      let object = ["content": text, "id": "m"]
      return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
    let input = Array(lines.joined(separator: "\n").utf8)
    let posts = try byline(["posts", "--no-header", "-"], input: input)
    #expect(posts.status == 0, "\(posts.standardError)")
    #expect(posts.standardOutput == "")
    let export = try byline(["export", "--format", "jsonl", "-"], input: input)
    for object in try objects(export.standardOutput) {
      #expect((object["posts"] as? [Any])?.isEmpty == true)
      let speakers = (object["speakers"] as? [[String: Any]]) ?? []
      #expect(!speakers.contains { ($0["name"] as? String)?.contains("@") == true })
      let paragraphs = (object["paragraphs"] as? [[String: Any]]) ?? []
      #expect(paragraphs.allSatisfy { ($0["text"] as? String).map { !$0.isEmpty } ?? false })
    }
  }
}

/// A NELA-GT database in a real terminal: the record's title on top, its metadata in the status line.
@Suite(.serialized) struct CorpusReaderTerminalTests {
  init() throws {
    try #require(TmuxSession.isAvailable, "tmux is needed for these tests")
  }

  @Test func aRecordShowsItsTitleAndItsSourceDateAndAuthor() throws {
    let dir = try CorpusCommandTests.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/nela.db"
    try CorpusCommandTests.nela(
      at: path, ["Mayor Ana Ruiz said: \"We will build it.\"\n\nThe vote was close.", "The ferry ran late."])
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(path)))
    let shown = try tmux.waitFor { $0.contains("nela.db#ledger-1 (1/2)") }
    #expect(shown.ok, "the database never showed:\n\(shown.screen)")
    let rows = shown.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(rows.first?.hasPrefix("Story 1") == true, "\(shown.screen)")
    let status = rows.first { $0.contains("nela.db#ledger-1") } ?? ""
    #expect(status.contains("│ ledger │ 2020-03-02 │ Kim Sorensen"), "\(status)")
    try tmux.press("J")
    let second = try tmux.waitFor { $0.contains("nela.db#ledger-2 (2/2)") }
    #expect(second.ok, "J did not move on:\n\(second.screen)")
    #expect(second.screen.split(separator: "\n").first?.hasPrefix("Story 2") == true)
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "The ferry ran late.")
  }
}
