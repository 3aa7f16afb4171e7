import ArticleModel
import Testing

/// The rules that join a post signature standing alone in its paragraph to the
/// paragraph before (`SegmentAssembly`), one case a row.
@Suite struct SignatureJoiningTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    var source: String
    /// The post's own text: what the paragraph before gave it, or "" when the
    /// signature stands alone.
    var postText: String
    /// The paragraphs, as `Article.outline` lists them.
    var outline: [String]

    var testDescription: String { rule }
  }

  static let signature = "— Jane Roe (@janeroe) May 7, 2018"

  static let cases: [Case] = [
    Case(
      rule: "a picture post without a signature gets the one below it",
      source: "Intro.\n\nPhotos from the quay pic.twitter.com/Qq1Ww2Ee3R\n\n\(signature)\n\nAfter.",
      postText: "Photos from the quay",
      outline: ["text: Intro.", "post: Photos from the quay pic.twitter.com/Qq1Ww2Ee3R", "text: After."]),
    Case(
      rule: "a line just above becomes the post's text",
      source: "Nobody saw the ferry leave\n\(signature)\nThe article carries on from here.",
      postText: "Nobody saw the ferry leave",
      outline: ["post: Nobody saw the ferry leave", "text: The article carries on from here."]),
    Case(
      rule: "across a blank line, text that reads like a post becomes its text",
      source: "Intro.\n\nThe ferry is back #harbour\n\n\(signature)\n\nAfter.",
      postText: "The ferry is back #harbour",
      outline: ["text: Intro.", "post: The ferry is back #harbour", "text: After."]),
    Case(
      rule: "across a blank line, plain article text keeps to itself",
      source: "The harbour master said little about the ferry that evening.\n\n\(signature)",
      postText: "",
      outline: ["text: The harbour master said little about the ferry that evening.", "post: "]),
    Case(
      rule: "text ending with a colon introduces the post rather than carrying it",
      source: "She wrote on Friday:\n\(signature)\nThen she left.",
      postText: "",
      outline: ["text: She wrote on Friday:", "post: ", "text: Then she left."]),
    Case(
      rule: "text longer than 320 scalars is no post's text",
      source: String(repeating: "The ferry left late again. ", count: 13) + "\n\(signature)\nAfter.",
      postText: "",
      outline: [
        "text: " + String(repeating: "The ferry left late again. ", count: 13).dropLast(), "post: ",
        "text: After.",
      ]),
  ]

  @Test(arguments: cases)
  func signatureJoinsTheParagraphBefore(_ row: Case) throws {
    let article = Article(parsing: row.source)
    #expect(article.outline == row.outline)
    let post = try #require(article.posts.first)
    #expect(article.posts.count == 1)
    #expect(post.text == row.postText)
    #expect((post.author, post.handle, post.date) == ("Jane Roe", "janeroe", "2018-05-07"))
  }
}
