import Corpus
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `byline index`, `byline search` and the queries the index answers, through the real binary.
@Suite struct IndexCommandTests {
  /// A corpus of three kinds of input (SQLite, JSON Lines, text) in a fresh directory; removed by the caller.
  static func corpus() throws -> String {
    let dir = try CorpusCommandTests.scratch()
    try FileManager.default.createDirectory(atPath: dir + "/corpus", withIntermediateDirectories: true)
    try CorpusCommandTests.nela(
      at: dir + "/corpus/nela.db",
      [
        "Mayor Ana Ruiz said: \"The bridge will open in May.\" Ruiz added: \"It is paid for.\"",
        "Tom Bell, the harbour master, said: \"The ferry is late again.\"",
        "Ruiz told reporters: \"Nobody pays a toll on the bridge.\"",
      ])
    try CorpusCommandTests.write(
      """
      {"maintext": "Nina Holt said: \\"The school budget is short.\\"", "title": "Budget", "source_domain": "post.example", "date_publish": "2021-05-04"}
      {"maintext": "Nina Holt added: \\"The bridge can wait a year.\\"", "title": "More", "source_domain": "post.example", "date_publish": "2021-06-01"}
      """, to: dir + "/corpus/crawl.jsonl")
    try CorpusCommandTests.write(
      "Samir Haddad said: \"The water tariff goes up in June.\"\n", to: dir + "/corpus/notes/a.txt")
    return dir
  }

  func byline(_ arguments: [String], cache: String) throws -> CommandRunner.Result {
    try CommandRunner.run(
      [try BylineBinary.locate().path] + arguments, environment: ["XDG_CACHE_HOME": cache])
  }

  @Test func indexBuildsThenFindsNothingNewThenReparsesAChangedRecord() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let first = try byline(["index", dir + "/corpus"], cache: dir + "/cache")
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardError.hasPrefix("indexed 6 articles (6 new, 0 unchanged), 7 quotations, "))
    #expect(FileManager.default.fileExists(atPath: dir + "/cache/byline/index.sqlite3"))
    let again = try byline(["index", dir + "/corpus"], cache: dir + "/cache")
    #expect(again.standardError.hasPrefix("indexed 6 articles (0 new, 6 unchanged), 7 quotations, "))
    // One record of the JSON Lines file changes; the other is not parsed again.
    try CorpusCommandTests.write(
      """
      {"maintext": "Nina Holt said: \\"The school budget is short.\\"", "title": "Budget", "source_domain": "post.example", "date_publish": "2021-05-04"}
      {"maintext": "Nina Holt added: \\"The bridge can wait two years.\\" Holt said: \\"So be it.\\"", "title": "More", "source_domain": "post.example", "date_publish": "2021-06-01"}
      """, to: dir + "/corpus/crawl.jsonl")
    let changed = try byline(["index", dir + "/corpus"], cache: dir + "/cache")
    #expect(changed.standardError.hasPrefix("indexed 6 articles (1 new, 5 unchanged), 8 quotations, "))
    let search = try byline(["search", "years", dir + "/corpus"], cache: dir + "/cache")
    #expect(
      search.standardOutput
        == "file\tdate\tsource\tspeaker\ttext\n"
        + "\(dir)/corpus/crawl.jsonl:2\t2021-06-01\tpost.example\tNina Holt\t\"The bridge can wait two years.\"\n"
    )
  }

  @Test func searchFiltersAndExitsOneWhenNothingMatches() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let cache = dir + "/cache"
    let corpus = dir + "/corpus"
    // The index is built quietly the first time.
    let bridge = try byline(["search", "--no-header", "bridge", corpus], cache: cache)
    #expect(bridge.status == 0)
    #expect(bridge.standardError == "")
    #expect(
      bridge.standardOutput.split(separator: "\n").map { $0.split(separator: "\t")[0] } == [
        "\(corpus)/crawl.jsonl:2", "\(corpus)/nela.db#ledger-1", "\(corpus)/nela.db#ledger-3",
      ])
    let ruiz = try byline(["search", "--no-header", "--speaker", "ruiz", "bridge", corpus], cache: cache)
    // The speaker of each article as that article names it.
    #expect(
      ruiz.standardOutput.split(separator: "\n").map { $0.split(separator: "\t")[3] } == ["Ana Ruiz", "Ruiz"])
    let dated = try byline(
      ["search", "--no-header", "--since", "2021-01-01", "bridge", corpus], cache: cache)
    #expect(dated.standardOutput.hasPrefix("\(corpus)/crawl.jsonl:2\t2021-06-01\tpost.example\tNina Holt\t"))
    let until = try byline(["search", "--no-header", "--until", "2021-05", "budget", corpus], cache: cache)
    #expect(until.standardOutput.hasPrefix("\(corpus)/crawl.jsonl:1\t"))
    let source = try byline(["search", "--no-header", "--source", "LEDGER", "ferry", corpus], cache: cache)
    #expect(source.standardOutput.hasPrefix("\(corpus)/nela.db#ledger-2\t2020-03-02\tledger\tTom Bell\t"))
    let prefix = try byline(["search", "--no-header", "tarif*", corpus], cache: cache)
    #expect(prefix.standardOutput.hasPrefix("\(corpus)/notes/a.txt\t\t\tSamir Haddad\t"))
    let none = try byline(["search", "zeppelin", corpus], cache: cache)
    #expect(none.status == 1)
    #expect(none.standardOutput == "file\tdate\tsource\tspeaker\ttext\n")
  }

  @Test func aSearchThatFTS5CannotReadIsAUsageError() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for query in ["\"bridge", "bridge AND", "nosuchcolumn: bridge"] {
      let result = try byline(["search", query, dir + "/corpus"], cache: dir + "/cache")
      #expect(result.status == 2, "\(query)")
      #expect(
        result.standardError.hasPrefix("byline: search: '\(query)' is not a valid search ("), "\(query)")
      #expect(result.standardOutput == "")
    }
    let bad = try byline(["search", "--since", "May 2020", "bridge", dir + "/corpus"], cache: dir + "/cache")
    #expect(bad.status == 2)
    #expect(bad.standardError.hasPrefix("byline: --since: expected a date as YYYY-MM-DD"))
  }

  @Test func quotesAndSpeakersGiveTheSameOutputFromTheIndex() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let corpus = dir + "/corpus"
    let cache = dir + "/cache"
    let queries = [
      ["quotes", "--speaker", "ruiz", corpus], ["quotes", "--speaker", "HOLT", corpus, corpus + "/nela.db"],
      ["quotes", "--speaker", "nobody", corpus], ["speakers", corpus], ["speakers", corpus + "/crawl.jsonl"],
    ]
    let read = try queries.map { try byline($0, cache: cache) }
    #expect(!FileManager.default.fileExists(atPath: cache + "/byline/index.sqlite3"), "queries make no index")
    #expect(
      read[0].standardOutput.hasSuffix("/nela.db#ledger-3\tRuiz\t\"Nobody pays a toll on the bridge.\"\n"))
    #expect(read[2].status == 1)
    // "Ruiz" of the third record is the alias of Ana Ruiz of the first: one speaker.
    #expect(read[3].standardOutput.contains("Ana Ruiz\t3\t0\t2\tRuiz\n"), "\(read[3].standardOutput)")
    #expect(!read[3].standardOutput.contains("\nRuiz\t"))
    #expect(try byline(["index", corpus], cache: cache).status == 0)
    let indexed = try queries.map { try byline($0, cache: cache) }
    for (query, (plain, fromIndex)) in zip(queries, zip(read, indexed)) {
      #expect(plain.standardOutput == fromIndex.standardOutput, "\(query)")
      #expect(plain.status == fromIndex.status, "\(query)")
    }
    // Under another name the same files are still up to date.
    let dotted = try CommandRunner.run(
      ["/bin/sh", "-c", "cd \(shellQuoted(dir)) && \"$BYLINE\" quotes --speaker ruiz ./corpus"],
      environment: ["XDG_CACHE_HOME": cache, "BYLINE": try BylineBinary.locate().path])
    #expect(dotted.standardOutput.hasPrefix("file\tspeaker\ttext\n./corpus/nela.db#ledger-1\tAna Ruiz\t"))
  }

  @Test func aDamagedOrForeignIndexIsReportedAndRebuilt() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let cache = dir + "/cache"
    let index = cache + "/byline/index.sqlite3"
    try CorpusCommandTests.write("this is no database at all, just words\n", to: index)
    let garbage = try byline(["index", dir + "/corpus"], cache: cache)
    #expect(garbage.status == 0)
    #expect(
      garbage.standardError.hasPrefix(
        "byline: \(index): not a SQLite database; rebuilding\nindexed 6 articles (6 new"))
    CorpusIndexFiles.remove(index)
    let foreign = try SQLiteDatabase(writable: index)
    try foreign.execute("CREATE TABLE articles (id INTEGER, body TEXT)")
    let other = try byline(["index", dir + "/corpus"], cache: cache)
    #expect(other.status == 0)
    #expect(
      other.standardError.hasPrefix(
        "byline: \(index): not a byline index (a SQLite database of another program); rebuilding\n"
          + "indexed 6 articles (6 new"))
    // Bytes overwritten past the header: SQLite's own check refuses the file.
    var bytes = CommandRunner.contents(of: index)
    for i in 100..<min(bytes.count, 4096) { bytes[i] = 0xA5 }
    try Data(bytes).write(to: URL(fileURLWithPath: index))
    let damaged = try byline(["index", dir + "/corpus"], cache: cache)
    #expect(damaged.status == 0, "\(damaged.standardError)")
    #expect(
      damaged.standardError.contains("; rebuilding\nindexed 6 articles (6 new"), "\(damaged.standardError)")
  }

  @Test func quotedIdentifiersInTableAndFieldNames() throws {
    let dir = try CorpusCommandTests.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let database = try SQLiteDatabase(writable: dir + "/odd.db")
    try database.execute(
      #"CREATE TABLE "my ""stories""; --" ("key" TEXT, "body ""text""" TEXT); "#
        + #"INSERT INTO "my ""stories""; --" VALUES ('k1', 'Ines Novak said: "The library closes at six."')"#)
    let result = try byline(
      [
        "index", "--table", #"my "stories"; --"#, "--field", #"text=body "text""#, "--field", "id=key",
        dir + "/odd.db",
      ],
      cache: dir + "/cache")
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardError.hasPrefix("indexed 1 articles (1 new, 0 unchanged), 1 quotations, 1 speakers"))
    let search = try byline(
      [
        "search", "--no-header", "--table", #"my "stories"; --"#, "--field", #"text=body "text""#, "--field",
        "id=key",
        "library", dir + "/odd.db",
      ], cache: dir + "/cache")
    #expect(search.standardOutput == "\(dir)/odd.db#k1\t\t\tInes Novak\t\"The library closes at six.\"\n")
  }

  /// Killed mid-way, an index run leaves its finished batches; the next run parses only the rest.
  @Test func aKilledIndexRunResumes() throws {
    let dir = try CorpusCommandTests.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let count = 5000
    try CorpusCommandTests.nela(
      at: dir + "/big.db",
      (1...count).map { "Ana Ruiz said: \"Item \($0) of the budget is settled.\" The talks went on." })
    let index = dir + "/cache/byline/index.sqlite3"
    let process = Process()
    process.executableURL = try BylineBinary.locate()
    process.arguments = ["index", dir + "/big.db"]
    process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": dir + "/cache"]) {
      $1
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait for the first committed batch, then kill it with no chance to clean up.
    var committed = 0
    while committed == 0 && process.isRunning {
      usleep(20_000)
      committed = Self.articles(in: index)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "the run ended before it was killed")
    let left = Self.articles(in: index)
    #expect(left > 0 && left < count)
    let second = try byline(["index", dir + "/big.db"], cache: dir + "/cache")
    #expect(second.status == 0, "\(second.standardError)")
    #expect(
      second.standardError.hasPrefix(
        "indexed \(count) articles (\(count - left) new, \(left) unchanged), \(count) quotations, 1 speakers"),
      "\(second.standardError)")
    let third = try byline(["index", dir + "/big.db"], cache: dir + "/cache")
    #expect(third.standardError.hasPrefix("indexed \(count) articles (0 new, \(count) unchanged)"))
  }

  /// The articles committed to the index so far (0 while there is none).
  static func articles(in index: String) -> Int {
    guard FileManager.default.fileExists(atPath: index),
      let database = try? SQLiteDatabase(readOnly: index, immutable: false),
      let statement = try? database.prepare("SELECT count(*) FROM articles"),
      (try? statement.step()) == true
    else { return 0 }
    return Int(statement.text(0) ?? "") ?? 0
  }
}

/// The index file and the WAL files SQLite keeps beside it.
enum CorpusIndexFiles {
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  }
}
