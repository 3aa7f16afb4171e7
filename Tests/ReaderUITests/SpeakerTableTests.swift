import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct SpeakerTableTests {
  @Test func tableListsSpeakersWithCountsAligned() {
    #expect(
      SpeakerTable.render([("talks.txt", ArticleFixtures.talks), ("plain.txt", ArticleFixtures.plain)]) == """
        FILE       SPEAKER        QUOTES  POSTS
        talks.txt  Sergey Lavrov       2      0
        talks.txt  Russia at UN        0      1

        """)
  }

  @Test func wideNamesArePaddedByDisplayWidth() {
    var article = ArticleFixtures.talks
    article.speakers[0].name = "中文名"
    article.speakers[1].name = "Лавров"
    #expect(
      SpeakerTable.render([("t", article)]) == """
        FILE  SPEAKER  QUOTES  POSTS
        t     中文名        2      0
        t     Лавров        0      1

        """)
  }

  @Test func mostQuotedComeFirst() {
    var article = ArticleFixtures.talks
    article.speakers[1].quotations = [0, 1, 2]
    #expect(SpeakerTable.rows([("t", article)]).map(\.speaker) == ["Russia at UN", "Sergey Lavrov"])
  }

  @Test func noSpeakersGivesOnlyTheHeader() {
    #expect(SpeakerTable.render([("plain.txt", ArticleFixtures.plain)]) == "FILE  SPEAKER  QUOTES  POSTS\n")
  }
}
