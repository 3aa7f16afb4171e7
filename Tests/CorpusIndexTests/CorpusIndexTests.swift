import ArticleModel
import Corpus
import Foundation
import Testing

@testable import CorpusIndex

/// The index through its library: schema, updates, queries and the speaker merge.
@Suite struct CorpusIndexTests {
  /// A fresh directory, removed by the caller.
  static func scratch() throws -> String {
    let path =
      FileManager.default.temporaryDirectory.path
      + "/byline-index-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Updates `index` with `paths`, collecting the messages.
  static func update(_ index: CorpusIndex, _ paths: [String]) throws -> (IndexSummary, [String]) {
    var messages: [String] = []
    let summary = try index.update(
      paths: paths, settings: CorpusSettings(), fingerprint: "",
      loadText: { path in
        guard let data = FileManager.default.contents(atPath: path) else {
          return .failed("\(path): unreadable")
        }
        return .loaded(text: String(decoding: data, as: UTF8.self), warnings: [])
      }, error: { messages.append($0) }, warn: { messages.append($0) })
    return (summary, messages)
  }

  @Test func theSystemSQLiteHasFTS5AndTheSchemaItsMarks() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let index = try CorpusIndex(path: dir + "/cache/index.sqlite3") { Issue.record("unexpected: \($0)") }
    let options = try index.connection.prepare("PRAGMA compile_options")
    var names: [String] = []
    while try options.step() { names.append(options.text(0) ?? "") }
    #expect(names.contains("ENABLE_FTS5"))
    #expect(try index.connection.integer("PRAGMA application_id") == CorpusIndex.applicationID)
    #expect(try index.connection.integer("PRAGMA user_version") == CorpusIndex.schemaVersion)
    let mode = try index.connection.prepare("PRAGMA journal_mode")
    #expect(try mode.step() && mode.text(0) == "wal")
  }

  @Test func aRemovedRecordLeavesTheIndexAndAttributionIsKept() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let file = dir + "/crawl.jsonl"
    try Self.write(
      """
      {"text": "Ines Novak said: \\"The library closes at six.\\""}
      {"text": "Pavel Weber said: \\"The buses run late.\\""}
      """, to: file)
    let index = try CorpusIndex(path: dir + "/index.sqlite3") { Issue.record("unexpected: \($0)") }
    let (first, _) = try Self.update(index, [file])
    #expect((first.articles, first.parsed, first.quotations, first.speakers) == (2, 2, 2, 2))
    #expect(
      try index.connection.integer("SELECT count(*) FROM quotations WHERE attribution = 'explicit'") == 2)
    try Self.write(#"{"text": "Pavel Weber said: \"The buses run late.\""}"#, to: file)
    let (second, _) = try Self.update(index, [file])
    // The second record is now on line 1: a new place, so parsed; line 2 is gone.
    #expect((second.articles, second.parsed, second.unchanged, second.quotations) == (1, 1, 0, 1))
    #expect(try index.connection.integer("SELECT count(*) FROM speakers") == 1)
    #expect(
      try index.connection.integer("SELECT count(*) FROM quotation_text WHERE quotation_text MATCH 'library'")
        == 0)
    #expect(try index.search("buses", filter: SearchFilter()).map { $0[3] } == ["Pavel Weber"])
  }

  @Test func unreadableFilesAndRecordsAreReportedAndTheRestIndexed() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.write("{\"text\": \"Tom Bell said: \\\"Yes.\\\"\"}\n{\"text\": \n", to: dir + "/a.jsonl")
    let index = try CorpusIndex(path: dir + "/index.sqlite3") { Issue.record("unexpected: \($0)") }
    let (summary, messages) = try Self.update(index, [dir + "/a.jsonl", dir + "/missing.txt", "-"])
    #expect(summary.failed)
    #expect(summary.articles == 1)
    #expect(messages.count == 3, "\(messages)")
    #expect(messages.contains("\(dir)/missing.txt: unreadable"))
    // A file read with problems does not count as current: the commands read it again.
    #expect(try index.scope(ifCurrent: [dir + "/a.jsonl"], fingerprint: "") == false)
  }

  @Test func aSearchFTS5CannotReadIsASyntaxError() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.write(#"{"text": "Tom Bell said: \"Yes, the ferry.\""}"#, to: dir + "/a.jsonl")
    let index = try CorpusIndex(path: dir + "/index.sqlite3") { Issue.record("unexpected: \($0)") }
    _ = try Self.update(index, [dir + "/a.jsonl"])
    #expect(throws: SearchSyntaxError.self) { try index.search("ferry AND", filter: SearchFilter()) }
    #expect(throws: SearchSyntaxError.self) { try index.search("(ferry", filter: SearchFilter()) }
    // Quotes and semicolons in the text are data, not SQL.
    #expect(throws: SearchSyntaxError.self) {
      try index.search(#""ferry"; DROP TABLE quotations; --"#, filter: SearchFilter())
    }
    #expect(try index.search(#""ferry; DROP TABLE quotations; --""#, filter: SearchFilter()).isEmpty)
    #expect(try index.search("ferry", filter: SearchFilter()).count == 1)
  }

  @Test func anIndexOfAnotherBuildIsRebuilt() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.write(#"{"text": "Tom Bell said: \"Yes, the ferry.\""}"#, to: dir + "/a.jsonl")
    let path = dir + "/index.sqlite3"
    do {
      let index = try CorpusIndex(path: path, parser: "build 1") { Issue.record("unexpected: \($0)") }
      _ = try Self.update(index, [dir + "/a.jsonl"])
    }
    let same = try CorpusIndex(path: path, parser: "build 1") { Issue.record("unexpected: \($0)") }
    #expect(try same.scope(ifCurrent: [dir + "/a.jsonl"], fingerprint: ""))
    var messages: [String] = []
    let other = try CorpusIndex(path: path, parser: "build 2") { messages.append($0) }
    #expect(messages == ["\(path): made by another build of byline; rebuilding"])
    #expect(try other.scope(ifCurrent: [dir + "/a.jsonl"], fingerprint: "") == false)
    let (summary, _) = try Self.update(other, [dir + "/a.jsonl"])
    #expect((summary.articles, summary.parsed) == (1, 1))
  }

  @Test func recordHashesFollowTextAndMetadata() {
    let a = RecordHash.of(text: "Some text.", metadata: ArticleMetadata(title: "A"))
    #expect(a == RecordHash.of(text: "Some text.", metadata: ArticleMetadata(title: "A")))
    #expect(a != RecordHash.of(text: "Some text.", metadata: ArticleMetadata(title: "B")))
    #expect(a != RecordHash.of(text: "Some text.", metadata: ArticleMetadata(source: "A")))
    #expect(a != RecordHash.of(text: "Some text!", metadata: ArticleMetadata(title: "A")))
  }

  @Test func speakersMergeByNameAndByAnAliasOnlyOneOfThemHas() {
    let rows = SpeakerAggregate.rows([
      SpeakerEntry(
        article: 1, name: "Sergey Lavrov", aliases: ["Lavrov", "the minister"], quotations: 2, posts: 0),
      SpeakerEntry(article: 2, name: "Lavrov", aliases: [], quotations: 1, posts: 0),
      SpeakerEntry(article: 3, name: "sergey lavrov", aliases: [], quotations: 1, posts: 1),
      // "the minister" is an alias of two people: it merges nobody.
      SpeakerEntry(article: 4, name: "Ana Ruiz", aliases: ["the minister"], quotations: 1, posts: 0),
      SpeakerEntry(article: 5, name: "the minister", aliases: [], quotations: 1, posts: 0),
      // "Bell" is the alias of two Bells: kept apart.
      SpeakerEntry(article: 6, name: "Tom Bell", aliases: ["Bell"], quotations: 1, posts: 0),
      SpeakerEntry(article: 7, name: "Ida Bell", aliases: ["Bell"], quotations: 1, posts: 0),
      SpeakerEntry(article: 8, name: "Bell", aliases: [], quotations: 1, posts: 0),
    ])
    #expect(
      rows.map { "\($0.name) \($0.quotations) \($0.posts) \($0.articles) \($0.aliases)" } == [
        #"Sergey Lavrov 4 1 3 ["Lavrov", "the minister"]"#,
        #"Ana Ruiz 1 0 1 ["the minister"]"#,
        "the minister 1 0 1 []",
        #"Tom Bell 1 0 1 ["Bell"]"#,
        #"Ida Bell 1 0 1 ["Bell"]"#,
        "Bell 1 0 1 []",
      ])
  }
}
