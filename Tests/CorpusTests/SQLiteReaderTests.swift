import ArticleModel
import Corpus
import Foundation
import Testing

@Suite struct SQLiteReaderTests {
  @Test func readsNELAGTNewsdataRowsInOrder() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path + "/nela.db"
    try makeNELADatabase(
      at: path,
      rows: [
        ("ledger--2020-03-02--a", "ledger", "Council votes", "The council voted on Monday."),
        ("ledger--2020-03-02--b", "ledger", "Empty", nil),
        ("post--2020-03-02--c", "post", "Masked", "Words @ @ @ @ @ masked @ @ here."),
      ])
    #expect(CorpusFiles.format(of: path) == .sqlite)
    var reader = try SQLiteReader(path: path, fields: .standard)
    let all = events(&reader)
    #expect(all.count == 3)
    let first = try #require(all[0].record)
    #expect(
      first.metadata
        == ArticleMetadata(
          id: "ledger--2020-03-02--a", title: "Council votes", source: "ledger", date: "2020-03-02",
          author: "Kim Sorensen", url: "https://ledger.example/ledger--2020-03-02--a"))
    #expect(first.origin.description == "\(path)#ledger--2020-03-02--a")
    #expect(all[1].problem == "\(path): row ledger--2020-03-02--b: no text (column content is empty)")
    #expect(all[2].record?.text == "Words @ @ @ @ @ masked @ @ here.")
  }

  @Test func readsNELAGT2018ArticlesWithNameAsTitle() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path + "/nela2018.sqlite3"
    let database = try SQLiteDatabase(writable: path)
    try database.execute(
      """
      CREATE TABLE articles (date TEXT, source TEXT, name TEXT, content TEXT);
      INSERT INTO articles VALUES ('2018-02-01', 'gazette', 'Harbour plans', 'The harbour will grow.');
      INSERT INTO articles VALUES ('2018-02-02', 'gazette', 'Second', 'More text.');
      """)
    var reader = try SQLiteReader(path: path, fields: .standard)
    let records = events(&reader).compactMap(\.record)
    #expect(records.map(\.metadata.title) == ["Harbour plans", "Second"])
    #expect(records.map(\.origin.place) == [.row("1"), .row("2")])
    #expect(records[0].metadata.source == "gazette")
  }

  @Test func namesOfTablesAndFieldsAreQuotedNotPasted() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path + "/odd.db"
    let database = try SQLiteDatabase(writable: path)
    try database.execute(
      """
      CREATE TABLE "my ""odd"" table" ("the text" TEXT, "x; DROP TABLE t" TEXT);
      INSERT INTO "my ""odd"" table" VALUES ('Quoted names work.', 'A title');
      """)
    let fields = FieldNames.standard.overriding(.text, with: "the text").overriding(
      .title, with: "x; DROP TABLE t")
    var reader = try SQLiteReader(path: path, table: "my \"odd\" table", fields: fields)
    let record = try #require(events(&reader).first?.record)
    #expect(record.text == "Quoted names work.")
    #expect(record.metadata.title == "A title")
    #expect(throws: CorpusFailure.self) {
      _ = try SQLiteReader(path: path, table: "newsdata; DROP TABLE x", fields: .standard)
    }
  }

  @Test func explainsDatabasesThatAreNotNELAOrDamaged() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let other = scratch.path + "/other.db"
    try SQLiteDatabase(writable: other).execute("CREATE TABLE notes (remark TEXT)")
    let notNELA = #expect(throws: CorpusFailure.self) { _ = try SQLiteReader(path: other, fields: .standard) }
    #expect(notNELA?.problem.contains("not a NELA-GT database") == true)
    #expect(notNELA?.problem.contains("notes") == true)
    let noText = #expect(throws: CorpusFailure.self) {
      _ = try SQLiteReader(path: other, table: "notes", fields: .standard)
    }
    #expect(noText?.problem.contains("has no text column") == true)

    // A database whose pages after the header are overwritten.
    let damaged = scratch.path + "/damaged.db"
    try makeNELADatabase(
      at: damaged, rows: (0..<200).map { ("id\($0)", "s", "t", String(repeating: "word ", count: 200)) })
    var bytes = try Data(contentsOf: URL(fileURLWithPath: damaged))
    for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i * 7) }
    try bytes.write(to: URL(fileURLWithPath: damaged))
    #expect(CorpusFiles.format(of: damaged) == .sqlite)
    switch CorpusInput.open(damaged, settings: CorpusSettings()) {
    case .failed(let failure):
      #expect(failure.file == damaged)
      #expect(!failure.problem.isEmpty)
    case .records(var reader):
      let last = events(&reader).last
      #expect(last?.problem?.hasPrefix(damaged + ": ") == true)
    default:
      Issue.record("a damaged database was taken for text")
    }
  }

  @Test func findsSQLiteByItsMagicNotItsName() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path + "/dataset.bin"
    try makeNELADatabase(at: path, rows: [("1", "s", "t", "Text.")])
    #expect(CorpusFiles.format(of: path) == .sqlite)
    let fake = try scratch.write("fake.db", "SQLite format 2, not really")
    #expect(CorpusFiles.format(of: fake) == .text)
  }
}
