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
        talks.txt\ttwitter\tRussia at UN\t@RussiaUN\t2018-09-27\tTalks resume today #UNGA
        talks.txt\ttwitter\tJane Roe\t@jane_roe\t2018-09-27\tQuiet day.

        """)
    #expect(
      ArticleFixtures.talks.postLines(file: "t", speaker: "@russiaun")
        == "t\ttwitter\tRussia at UN\t@RussiaUN\t2018-09-27\tTalks resume today #UNGA\n")
  }

  @Test func postWithoutHandleOrDateLeavesThoseFieldsEmpty() {
    var article = ArticleFixtures.talks
    article.posts[1].handle = ""
    article.posts[1].date = nil
    article.posts[1].platform = .facebook
    article.posts[1].text = "Line one\nline\ttwo"
    #expect(article.postLines(file: "t").hasSuffix("t\tfacebook\tJane Roe\t\t\tLine one line two\n"))
  }

  @Test func fileNamesWithControlsAreMadeVisible() {
    #expect(
      ArticleFixtures.talks.quotationLines(file: "a\tb\u{1B}.txt", speaker: "he").hasPrefix(
        "a b␛.txt\tSergey"))
  }
}
