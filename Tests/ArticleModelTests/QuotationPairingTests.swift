import ArticleModel
import Testing

/// Pairing of quotation marks, one test per mark style and per trap.
@Suite struct QuotationPairingTests {
  static let markStyles: [(String, String)] = [
    (
      "\"Bridges will be rebuilt before winter,\" the mayor said.",
      "\"Bridges will be rebuilt before winter,\""
    ),
    ("“Bridges will be rebuilt before winter,” the mayor said.", "“Bridges will be rebuilt before winter,”"),
    ("‘Bridges will be rebuilt before winter,’ the mayor said.", "‘Bridges will be rebuilt before winter,’"),
    ("«Мосты восстановят до зимы», — сказал мэр.", "«Мосты восстановят до зимы»"),
    (
      "„Die Brücken werden vor dem Winter repariert“, sagte der Bürgermeister.",
      "„Die Brücken werden vor dem Winter repariert“"
    ),
    ("'Bridges will be rebuilt before winter,' the mayor said.", "'Bridges will be rebuilt before winter,'"),
    (
      "''Bridges will be rebuilt before winter,'' the mayor said.",
      "''Bridges will be rebuilt before winter,''"
    ),
  ]

  @Test(arguments: markStyles)
  func eachMarkStylePairs(text: String, quote: String) {
    let article = Article(parsing: text)
    #expect(article.quotations.map { String($0.text) } == [quote])
    if let q = article.quotations.first {
      #expect(article.sourceText(q.range) == quote)
      #expect(q.kind == .direct)
      #expect(q.paragraph == 0)
    }
  }

  @Test func apostrophesAreNotMarks() {
    let text = "'It's the company's best year since the '90s and Jones' shop agrees,' the owner said."
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary(
          "'It's the company's best year since the '90s and Jones' shop agrees,'", "the owner",
          "the owner")
      ])
  }

  @Test func nestedQuotesStayInsideTheOuterOne() {
    let text = "“We were told ‘wait until spring’ and we waited,” the farmer said."
    let article = Article(parsing: text)
    #expect(
      article.quotations.map { String($0.text) } == ["“We were told ‘wait until spring’ and we waited,”"])
  }

  @Test func mixedStraightAndCurlyMarksInOneArticle() {
    let text = """
      "The roads are open," the engineer said.

      “The tunnels are not,” she added.
      """
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary("\"The roads are open,\"", "the engineer", "the engineer"),
        // Nobody named: "she" stays unresolved rather than guessed.
        QuotationSummary("“The tunnels are not,”", nil, "she"),
      ])
  }

  @Test func aStraightMarkMayCloseACurlyOne() {
    let article = Article(parsing: "“Nobody told us anything about the delay,\" Petra Novak said.")
    #expect(
      article.quotationSummaries == [
        QuotationSummary("“Nobody told us anything about the delay,\"", "Petra Novak", "Petra Novak")
      ])
  }

  @Test func quoteOverSeveralParagraphsIsOneQuotationWithPieces() {
    let text = """
      Harbour master Ilse Brandt described the night:

      “The first wave came over the wall at midnight. We moved the boats inland.

      “By morning the whole quay was under water.

      “Nobody was hurt,” she said.
      """
    let article = Article(parsing: text)
    try? #require(article.quotations.count == 1)
    guard let q = article.quotations.first else { return }
    #expect(q.pieces.map(\.paragraph) == [1, 2, 3])
    #expect(q.paragraph == 1)
    #expect(q.text.hasPrefix("“The first wave"))
    #expect(q.text.hasSuffix("“Nobody was hurt,”"))
    #expect(q.speaker.map { article.speakers[$0].name } == "Ilse Brandt")
    #expect(article.sourceText(q.range).hasPrefix("“The first wave"))
    #expect(article.sourceText(q.range).hasSuffix("hurt,”"))
  }

  @Test func unclosedMarkInsideASentenceGivesNoQuotation() {
    let article = Article(parsing: "The sign said \"closed for the season and nobody came back.")
    #expect(article.quotations.isEmpty)
  }

  @Test func quoteWhoseClosingMarkWasLostRunsToTheParagraphEnd() {
    let text = "Officer Dana Reyes said: \"We searched the whole forest and found the missing hikers."
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary(
          "\"We searched the whole forest and found the missing hikers.", "Dana Reyes",
          "Officer Dana Reyes")
      ])
  }

  @Test func strayClosingMarksAreIgnored() {
    let article = Article(parsing: "Prices rose” again» this week’ in most shops.")
    #expect(article.quotations.isEmpty)
  }

  @Test func aQuotationInOneParagraphIsASliceOfTheSource() {
    let source =
      "The minister said: \"We will build the bridge.\"\n\nÉmile replied: «Не сейчас, pas maintenant.»"
    let article = Article(parsing: source)
    #expect(
      article.quotations.map { String($0.text) } == [
        "\"We will build the bridge.\"", "«Не сейчас, pas maintenant.»",
      ])
    // Sliced, not copied: each text's base is the whole source (ASCII and not).
    #expect(article.quotations.allSatisfy { $0.text.base == source })
  }
}
