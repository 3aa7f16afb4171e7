import ArticleModel
import Testing

/// Scare quotes, titles and nicknames are not speech.
@Suite struct ScareQuoteTests {
  static let notSpeech: [String] = [
    // A word used inside a noun phrase.
    "The council wants to soften the \"stick\" part of its \"carrot-and-stick\" housing plan.",
    // A quantifier before a single quoted word.
    "More money is needed for some \"volunteers\" and the regional clinics.",
    // A film title in title case.
    "Last night the club showed “The Long Road Home” to a full hall.",
    // A nickname introduced as one.
    "Fans still call the old stadium by its nickname, “the Cauldron,” decades later.",
    // So-called.
    "The so-called \"green corridor\" opened on Monday.",
  ]

  @Test(arguments: notSpeech)
  func isNotListed(text: String) {
    let article = Article(parsing: text)
    #expect(article.quotations.isEmpty, "\(article.quotationSummaries)")
  }

  @Test func aTitleCasePhraseIntroducedByAReportingVerbIsSpeech() {
    let text = "Mayor Tomas Berg promised “A New Start For The Old Port” to the traders."
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary("“A New Start For The Old Port”", "Tomas Berg", "Mayor Tomas Berg")
      ])
  }

  @Test func aShortPhraseWithAReportingVerbIsSpeech() {
    let text = "Inspector Lena Marsh called the repairs “long overdue” on Friday."
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary("“long overdue”", "Lena Marsh", "Inspector Lena Marsh")
      ])
  }

  @Test func scareQuotesInsideAnAttributedParagraphAreStillDropped() {
    let text = """
      According to the engineer Paul Okafor, more checks are needed on some "temporary" bridges:

      "We inspect every one of them twice a year and publish the results."
      """
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary(
          "\"We inspect every one of them twice a year and publish the results.\"", "Paul Okafor",
          "the engineer Paul Okafor")
      ])
  }
}
