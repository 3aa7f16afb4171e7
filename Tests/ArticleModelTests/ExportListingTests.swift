import ArticleModel
import TestSupport
import Testing

@Suite struct ExportListingTests {
  @Test func quotationLinesAreTabSeparatedWithEmptySpeakerWhenUnknown() {
    #expect(
      ArticleFixtures.talks.quotationLines(file: "talks.txt") == """
        talks.txt\tSergey Lavrov\t“We are ready, and we wait.”
        talks.txt\tSergey Lavrov\t"Not today."
        talks.txt\t\t“Nobody␛ knows,”

        """)
  }

  @Test(arguments: ["lavrov", "LAVROV", "Sergey", "he"])
  func speakerFilterMatchesNameOrAliasIgnoringCase(name: String) {
    #expect(
      ArticleFixtures.talks.quotationLines(file: "t", speaker: name) == """
        t\tSergey Lavrov\t“We are ready, and we wait.”
        t\tSergey Lavrov\t"Not today."

        """)
  }

  @Test func speakerFilterMatchingNobodyGivesNothing() {
    #expect(ArticleFixtures.talks.quotationLines(file: "t", speaker: "Okafor") == "")
    #expect(ArticleFixtures.talks.postLines(file: "t", speaker: "Okafor") == "")
  }

  @Test func postLinesGiveEveryField() {
    #expect(
      ArticleFixtures.talks.postLines(file: "talks.txt") == """
        talks.txt\ttwitter\tRussia at UN\tRussiaUN\t2018-09-27\tTalks resume today #UNGA
        talks.txt\ttwitter\tJane Roe\tjane_roe\t2018-09-27\tQuiet day.

        """)
    #expect(
      ArticleFixtures.talks.postLines(file: "t", speaker: "@russiaun")
        == "t\ttwitter\tRussia at UN\tRussiaUN\t2018-09-27\tTalks resume today #UNGA\n")
  }

  @Test func postWithoutHandleOrDateLeavesThoseFieldsEmpty() {
    var article = ArticleFixtures.talks
    article.posts[1].handle = ""
    article.posts[1].date = nil
    article.posts[1].platform = .facebook
    article.posts[1].text = "Line one\nline\ttwo"
    #expect(article.postLines(file: "t").hasSuffix("t\tfacebook\tJane Roe\t\t\tLine one\\nline\\ttwo\n"))
  }

  @Test func fileNamesWithControlsAreEscapedOrMadeVisible() {
    #expect(
      ArticleFixtures.talks.quotationLines(file: "a\tb\u{1B}\\.txt", speaker: "he").hasPrefix(
        #"a\tb␛\\.txt"# + "\tSergey"))
  }

  @Test func tsvFieldsEscapeTabsLineBreaksAndBackslashes() {
    #expect(TSV.field("a\tb\nc\r\\d") == #"a\tb\nc\r\\d"#)
    #expect(TSV.field("plain") == "plain")
    #expect(TSV.field("x\u{1B}\u{2028}y") == "x␛ y")
    #expect(Table(columns: ["a", "b"], rows: [["1", "2"]]).tsv() == "a\tb\n1\t2\n")
    #expect(Table(columns: ["a", "b"], rows: [["1", "2"]]).tsv(header: false) == "1\t2\n")
  }
}

@Suite struct OffsetConverterTests {
  @Test func convertsEveryScalarOffsetLikeTheStandardLibrary() {
    // Long enough for several marks, with 1-, 2-, 3- and 4-byte scalars and surrogate pairs.
    let text = String(repeating: "aé—🌊\r\n", count: 50)
    let scalars = Array(text.unicodeScalars.indices) + [text.unicodeScalars.endIndex]
    let utf8 = OffsetConverter(source: text, unit: .utf8)
    let utf16 = OffsetConverter(source: text, unit: .utf16)
    for (offset, index) in scalars.enumerated() {
      #expect(utf8(offset) == text.utf8.distance(from: text.startIndex, to: index))
      #expect(utf16(offset) == text.utf16.distance(from: text.startIndex, to: index))
      #expect(OffsetConverter.scalars(offset) == offset)
    }
    #expect(utf8(scalars.count + 10) == text.utf8.count)
    #expect(utf16(-3) == 0)
    #expect(OffsetConverter(source: "", unit: .utf16)(0) == 0)
  }
}
