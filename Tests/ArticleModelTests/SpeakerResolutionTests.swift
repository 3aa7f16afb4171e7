import ArticleModel
import Testing

/// Speakers are entities: one per person, with the fullest name and its aliases.
@Suite struct SpeakerResolutionTests {
  @Test func surnameAndTitleResolveToTheFullName() {
    let text = """
      Foreign Minister Helga Sorensen arrived in the capital on Tuesday.

      "We came to listen," Sorensen said.

      "The talks went well," Ms. Sorensen told reporters later.
      """
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary("\"We came to listen,\"", "Helga Sorensen", "Sorensen"),
        QuotationSummary("\"The talks went well,\"", "Helga Sorensen", "Ms. Sorensen"),
      ])
    #expect(article.speakers.count == 1)
    #expect(article.speakers.first?.aliases.contains("Sorensen") == true)
    #expect(article.speakers.first?.quotations == [0, 1])
  }

  @Test func roleResolvesToThePersonIntroducedWithIt() {
    let text = """
      Finance Minister Jorge Almeida presented the budget on Monday.

      The country's finance minister added: "Taxes will not rise this year."
      """
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary(
          "\"Taxes will not rise this year.\"", "Jorge Almeida", "The country's finance minister")
      ])
  }

  @Test func pronounResolvesToTheMostRecentNamedPerson() {
    let text = """
      Captain Lucia Ferrante brought the ship into port after the storm.

      "The crew never gave up," she said.
      """
    let article = Article(parsing: text)
    #expect(
      article.quotationSummaries == [
        QuotationSummary("\"The crew never gave up,\"", "Lucia Ferrante", "she")
      ])
    if let m = article.quotations.first?.mention {
      #expect(article.sourceText(m.range) == "she")
    }
  }

  @Test func speakersAreListedOnceInOrderOfFirstQuotation() {
    let text = """
      "First point," said Rosa Ibarra. "Second point," said Tom Welsh.

      "Third point," Ibarra said.
      """
    let article = Article(parsing: text)
    #expect(article.speakers.map(\.name) == ["Rosa Ibarra", "Tom Welsh"])
    #expect(article.speakers.map(\.quotations) == [[0, 2], [1]])
    #expect(article.speakers.map(\.index) == [0, 1])
  }

  @Test func postAuthorQuotedAndPostingIsOneEntity() {
    let text = """
      Mayor Edith Varga opened the new bridge on Saturday.

      "It connects two halves of the city," Varga said.

      The bridge is open to traffic from today. pic.twitter.com/AbCdEf1234 — Edith Varga (@edithvarga) May 4, 2019
      """
    let article = Article(parsing: text)
    #expect(article.posts.count == 1)
    let named = article.speakers.filter { $0.name == "Edith Varga" }
    #expect(named.count == 1)
    #expect(named.first?.quotations == [0])
    #expect(named.first?.posts == [0])
    #expect(named.first?.aliases.contains("@edithvarga") == true)
  }

  @Test func unquotedStatementInAPostIsAttributedToTheHashtagName() {
    let text = """
      Prime Minister Lars Eklund spoke at the summit on Friday.

      #Eklund: Cooperation on energy is the only way forward for the region. pic.twitter.com/XyZ9876 — Nordic Desk (@nordicdesk) June 2, 2020
      """
    let article = Article(parsing: text)
    let unquoted = article.quotations.filter { $0.kind == .unquoted }
    #expect(unquoted.count == 1)
    if let q = unquoted.first {
      #expect(q.text == "Cooperation on energy is the only way forward for the region.")
      #expect(q.speaker.map { article.speakers[$0].name } == "Lars Eklund")
      #expect(q.post == 0)
      #expect(article.sourceText(q.range) == q.text)
    }
    #expect(article.speakers.map(\.name).contains("Nordic Desk"))
  }

  /// The statement ends where the segmenter saw the post's first link; the
  /// signature is no part of the post's paragraph.
  @Test(arguments: [
    ("Energy is the way forward. pic.twitter.com/XyZ9876", "Energy is the way forward."),
    ("Energy is the way forward. https://t.co/Ab12Cd34", "Energy is the way forward."),
    ("Energy is the way forward, see www.example.org/energy", "Energy is the way forward, see"),
    ("Energy is the way forward.", "Energy is the way forward."),
  ])
  func unquotedStatementEndsBeforeThePostsLinks(post: String, statement: String) throws {
    let text = """
      Prime Minister Lars Eklund spoke at the summit on Friday.

      #Eklund: \(post) — Nordic Desk (@nordicdesk) June 2, 2020
      """
    let article = Article(parsing: text)
    let unquoted = try #require(article.quotations.first { $0.kind == .unquoted })
    #expect(unquoted.text == statement)
    #expect(article.sourceText(unquoted.range) == statement)
  }
}
