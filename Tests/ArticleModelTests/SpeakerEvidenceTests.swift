import ArticleModel
import Testing

/// A speaker must be shown to be a name; one person is one speaker across the
/// forms the article gives (surname, handle, a shorter first name, a role).
@Suite struct SpeakerEvidenceTests {
  @Test func aCapitalisedWordOpeningASentenceIsNotASpeaker() {
    let text = """
      Disputed and denied, "the plan was never real" stayed in the headlines for a week.

      Meanwhile the council met again.
      """
    let article = Article(parsing: text)
    for q in article.quotations { #expect(q.speaker == nil) }
  }

  @Test func aSurnameSeenInsideASentenceIsASpeaker() {
    let text = """
      Reporters waited for Okonkwo outside the hall.

      Okonkwo said: "We will appeal the ruling."
      """
    let article = Article(parsing: text)
    #expect(article.speakerName(ofQuotation: 0) == "Okonkwo")
  }

  @Test func aHandleAndTheNameItSpellsAreOneSpeaker() {
    let text = """
      Jane Roe, who runs the city's food bank, spoke first. "We are out of rice," Roe said.

      @janeroe wrote: "Thank you to every volunteer tonight."
      """
    let article = Article(parsing: text)
    #expect(article.quotations.count == 2)
    #expect(article.speakers.count == 1)
    #expect(article.speakers.first?.name == "Jane Roe")
  }

  @Test func aShortFirstNameAndItsLongFormAreOneSpeaker() {
    let text = """
      "The bridge is safe," said Jonathan Q. Roe, the county engineer.

      "We checked every bolt," Jon Roe added.
      """
    let article = Article(parsing: text)
    #expect(article.speakers.count == 1)
    #expect(article.speakers.first?.name == "Jonathan Q. Roe")
  }

  @Test func aRoleResolvesToThePersonTheArticleGivesIt() {
    let text = """
      Chris Delane, the radio host, opened the debate on Tuesday.

      "Nobody here believes that," the radio host said.

      Kremlin spokesman Dmitry Belkin was asked about it later. "We have nothing to add," the spokesman said.
      """
    let article = Article(parsing: text)
    #expect(article.speakerName(ofQuotation: 0) == "Chris Delane")
    #expect(article.speakerName(ofQuotation: 1) == "Dmitry Belkin")
  }
}

/// How each speaker was found, as the model, the exports and `byline quotes` give it.
@Suite struct AttributionConfidenceTests {
  static let text = """
    Mayor Ana Ruiz opened the meeting. "The budget is balanced," Ruiz said.

    "We will not raise taxes." "Nor will we cut the libraries."

    The treasurer spoke next. "I agree with the mayor," she said.

    "Is that a promise?"
    """

  @Test func eachQuotationSaysHowItsSpeakerWasFound() {
    let article = Article(parsing: Self.text)
    let kinds = article.quotations.map(\.attribution)
    #expect(kinds.first == .explicit)
    #expect(kinds.contains(.resolved))
    #expect(kinds.contains(.carried))
    for q in article.quotations where q.speaker == nil { #expect(q.attribution == .unattributed) }
    for q in article.quotations where q.attribution == .unattributed { #expect(q.speaker == nil) }
  }

  @Test func theExportsCarryTheAttribution() {
    let article = Article(parsing: Self.text)
    let json = article.jsonObject()
    #expect(json.contains("\"attribution\": \"explicit\"") || json.contains("\"attribution\":\"explicit\""))
    #expect(Article.csvColumns.last == "attribution")
    let records = article.csvRecords(file: "a.txt").split(separator: "\r\n")
    #expect(records.first?.hasSuffix(",explicit") == true)
  }

  @Test func quotationLinesFilterByAttribution() {
    let article = Article(parsing: Self.text)
    let explicitOnly = article.quotationLines(file: "a.txt", attribution: [.explicit])
    let explicitCount = article.quotations.filter { $0.attribution == .explicit }.count
    #expect(explicitOnly.split(separator: "\n").count == explicitCount)
    #expect(article.quotationLines(file: "a.txt", attribution: []).isEmpty)
  }
}
