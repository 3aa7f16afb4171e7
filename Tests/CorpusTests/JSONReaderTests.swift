import ArticleModel
import Corpus
import Testing

@Suite struct JSONParserTests {
  @Test func parsesNestedValuesAndEscapes() throws {
    let value = try JSONParser.parse(
      Array(#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\n\u00e9\ud83d\ude00\/"} "#.utf8))
    #expect(value["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
    #expect(value["b"] == .string("x\"\né😀/"))
  }

  @Test func refusesBrokenJSONWithAReason() {
    for text in [#"{"a": }"#, #"{"a" 1}"#, #"{"a": "open"#, "[1, 2", #"{"a": 1} x"#, "tru", #""\q""#] {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }
  }

  @Test func refusesNestingTooDeepWithoutCrashing() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
  }

  @Test func repairsInvalidUTF8InStrings() throws {
    let value = try JSONParser.parse([0x22, 0x61, 0xFF, 0x62, 0x22])
    #expect(value == .string("a\u{FFFD}b"))
  }
}

@Suite struct JSONLinesReaderTests {
  @Test func readsRecordsSkippingBrokenLinesAndRecordsWithoutText() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try scratch.write(
      "crawl.jsonl",
      """
      {"maintext": "The mayor said the bridge would open.", "title": "Bridge", "date_publish": "2021-05-04 08:00:00", "source_domain": "ledger.example", "url": "https://ledger.example/bridge", "authors": ["Ana Ruiz", "Tom Bell"]}
      {"maintext": "broken
      {"title": "No text at all"}

      {"text": "Trafilatura writes text and hostname.", "hostname": "post.example", "author": "Lee Chan", "date": "2021-06-01"}\r
      [1, 2]
      """)
    var reader = try JSONLinesReader.open(path: path, fields: .standard).get()
    let all = events(&reader)
    #expect(all.count == 5)
    let first = try #require(all[0].record)
    #expect(first.text == "The mayor said the bridge would open.")
    #expect(
      first.metadata
        == ArticleMetadata(
          title: "Bridge", source: "ledger.example", date: "2021-05-04 08:00:00",
          author: "Ana Ruiz, Tom Bell",
          url: "https://ledger.example/bridge"))
    #expect(first.origin == RecordOrigin(file: path, place: .line(1)))
    #expect(all[1].problem?.hasPrefix("\(path): line 2: not valid JSON (") == true)
    #expect(all[2].problem?.hasPrefix("\(path): line 3: no text") == true)
    let fourth = try #require(all[3].record)
    #expect(fourth.origin.place == .line(5))
    #expect(fourth.metadata.source == "post.example")
    #expect(fourth.metadata.author == "Lee Chan")
    #expect(all[4].problem == "\(path): line 6: not a JSON object")
  }

  @Test func fieldOverridesChooseTheField() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try scratch.write(
      "custom.ndjson", #"{"body_text": "Own field.", "content": "Not this one.", "headline2": "H"}"#)
    let fields = FieldNames.standard.overriding(.text, with: "body_text").overriding(
      .title, with: "headline2")
    var reader = try JSONLinesReader.open(path: path, fields: fields).get()
    let record = try #require(events(&reader).first?.record)
    #expect(record.text == "Own field.")
    #expect(record.metadata.title == "H")
  }

  @Test func fieldOverridesAreParsed() throws {
    let (role, name) = try FieldNames.parseOverride("text=maintext").get()
    #expect(role == .text && name == "maintext")
    #expect(throws: CorpusFailure.self) { try FieldNames.parseOverride("body=x").get() }
    #expect(throws: CorpusFailure.self) { try FieldNames.parseOverride("text").get() }
  }
}

@Suite struct JSONFileReaderTests {
  @Test func readsAnArrayOfRecordsWithTheirLines() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try scratch.write(
      "outlet.json",
      """
      [
        {"id": "o-1", "source": "outlet", "title": "First", "content": "One. @ @ @ @ @ Two.", "date": "2019-01-02",
         "published_utc": 1546387200},
        {"id": "o-2", "title": "Second"},
        {"id": 3, "content": "Third text."}
      ]
      """)
    var reader = try JSONFileReader(path: path, fields: .standard)
    let all = events(&reader)
    #expect(all.count == 3)
    let first = try #require(all[0].record)
    #expect(first.metadata.id == "o-1")
    #expect(first.metadata.date == "2019-01-02")
    #expect(first.text == "One. @ @ @ @ @ Two.")
    #expect(first.origin.place == .line(2))
    #expect(all[1].problem?.hasPrefix("\(path): line 4: no text") == true)
    #expect(all[2].record?.metadata.id == "3")
    #expect(all[2].record?.origin.place == .line(5))
  }

  @Test func readsOneObjectAndObjectsOneAfterAnother() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let one = try scratch.write("one.json", #"{"maintext": "Alone.", "title": "T"}"#)
    var reader = try JSONFileReader(path: one, fields: .standard)
    #expect(events(&reader).compactMap(\.record).map(\.text) == ["Alone."])
    let many = try scratch.write("many.json", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n")
    var second = try JSONFileReader(path: many, fields: .standard)
    #expect(events(&second).compactMap(\.record).map(\.text) == ["A.", "B."])
    let empty = try scratch.write("empty.json", "")
    var third = try JSONFileReader(path: empty, fields: .standard)
    #expect(events(&third).isEmpty)
  }

  @Test func aSyntaxErrorEndsTheFileAfterTheGoodRecords() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try scratch.write("cut.json", "[{\"content\": \"Kept.\"},\n {\"content\": \"cut")
    var reader = try JSONFileReader(path: path, fields: .standard)
    let all = events(&reader)
    #expect(all.count == 2)
    #expect(all[0].record?.text == "Kept.")
    #expect(all[1].problem?.hasPrefix("\(path): line 2: not valid JSON (") == true)
  }
}
