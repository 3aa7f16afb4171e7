import ArticleModel
import Testing

/// Each attribution pattern, on texts written for the test.
@Suite struct AttributionTests {
  struct Case: CustomStringConvertible, Sendable {
    var text: String
    var expected: [QuotationSummary]
    var description: String { text }
  }

  static let cases: [Case] = [
    // Before, with a colon.
    Case(
      text: "Minister Anna Kowalczyk said: \"The budget will be balanced next year.\"",
      expected: [
        QuotationSummary(
          "\"The budget will be balanced next year.\"", "Anna Kowalczyk", "Minister Anna Kowalczyk")
      ]),
    // According to.
    Case(
      text:
        "Grain prices fell. According to the analyst Omar Haddad, \"the harvest was simply too big this year.\"",
      expected: [
        QuotationSummary(
          "\"the harvest was simply too big this year.\"", "Omar Haddad", "the analyst Omar Haddad")
      ]),
    // After: the role, then the verb.
    Case(
      text: "\"We expect the line to reopen by Sunday,\" the spokeswoman said.",
      expected: [
        QuotationSummary("\"We expect the line to reopen by Sunday,\"", "the spokeswoman", "the spokeswoman")
      ]),
    // After: the verb, then the name.
    Case(
      text: "\"Nobody will lose their job over this,\" said Karl Lindqvist.",
      expected: [
        QuotationSummary("\"Nobody will lose their job over this,\"", "Karl Lindqvist", "Karl Lindqvist")
      ]),
    // In the middle: both halves go to the speaker.
    Case(
      text:
        "Mira Patel runs the depot. \"We start at six,\" she said, \"and we finish when the last bus is in.\"",
      expected: [
        QuotationSummary("\"We start at six,\"", "Mira Patel", "she"),
        QuotationSummary("\"and we finish when the last bus is in.\"", "Mira Patel", "she"),
      ]),
    // In the previous paragraph, ending with a colon.
    Case(
      text:
        "Coach Ben Adeyemi explained the decision to the players:\n\n\"You trained hard, but the pitch is frozen and the match is off.\"",
      expected: [
        QuotationSummary(
          "\"You trained hard, but the pitch is frozen and the match is off.\"", "Ben Adeyemi",
          "Coach Ben Adeyemi")
      ]),
    // After a dash, in Russian.
    Case(
      text: "«Переговоры будут долгими и трудными», — пояснил политолог.",
      expected: [QuotationSummary("«Переговоры будут долгими и трудными»", "политолог", "политолог")]),
    // After a dash, in Polish.
    Case(
      text: "„Ustawa wejdzie w życie w styczniu“ – napisał poseł.",
      expected: [QuotationSummary("„Ustawa wejdzie w życie w styczniu“", "poseł", "poseł")]),
    // Reporting verbs other than "said".
    Case(
      text: "Judge Irene Castillo told the court: \"The evidence was gathered lawfully.\"",
      expected: [
        QuotationSummary("\"The evidence was gathered lawfully.\"", "Irene Castillo", "Judge Irene Castillo")
      ]),
    Case(
      text: "\"The station will stay open all night,\" Hugo Brand added.",
      expected: [
        QuotationSummary("\"The station will stay open all night,\"", "Hugo Brand", "Hugo Brand")
      ]),
    Case(
      text: "In her letter, Senator Ruth Abara wrote that \"the agency ignored every warning it received.\"",
      expected: [
        QuotationSummary(
          "\"the agency ignored every warning it received.\"", "Ruth Abara", "Senator Ruth Abara")
      ]),
    Case(
      text: "Felix Ortega also pointed out that \"no contract has been signed yet,\" and left.",
      expected: [
        QuotationSummary("\"no contract has been signed yet,\"", "Felix Ortega", "Felix Ortega")
      ]),
    Case(
      text: "Economist Sara Lind argued that the plan is \"too expensive for a small town.\"",
      expected: [
        QuotationSummary("\"too expensive for a small town.\"", "Sara Lind", "Economist Sara Lind")
      ]),
    // A speaker with an appositive between the quote and the verb.
    Case(
      text: "\"The water is safe to drink,\" Dr. Alan Reed, the head of the city laboratory, said on Monday.",
      expected: [
        QuotationSummary("\"The water is safe to drink,\"", "Alan Reed", "Dr. Alan Reed")
      ]),
    // A later quote in the same paragraph keeps the speaker.
    Case(
      text:
        "\"It was the worst storm in years,\" Nora Blake said. \"Half the village lost power for two whole days.\"",
      expected: [
        QuotationSummary("\"It was the worst storm in years,\"", "Nora Blake", "Nora Blake"),
        QuotationSummary("\"Half the village lost power for two whole days.\"", "Nora Blake", "Nora Blake"),
      ]),
  ]

  @Test(arguments: cases)
  func attributes(_ c: Case) {
    let article = Article(parsing: c.text)
    #expect(article.quotationSummaries == c.expected)
    for q in article.quotations {
      if let m = q.mention { #expect(article.sourceText(m.range) == m.text) }
      #expect(article.sourceText(q.range) == q.text)
    }
  }

  @Test func longQuoteWithNoSpeakerIsListedWithoutOne() {
    let text =
      "The note on the door read in full. \"Closed until further notice because the roof is leaking again and the electricians cannot come before the spring.\""
    let article = Article(parsing: text)
    #expect(article.quotations.count == 1)
    #expect(article.quotations.first?.speaker == nil)
  }
}
