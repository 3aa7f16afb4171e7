import ArticleModel
import Testing

/// Embedded posts in every flattened shape, on texts written here.
@Suite struct PostDetectionTests {
  @Test func tweetWithPictureLink() throws {
    let source = "Before.\n\nRain again in town #weather #дождь pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) March 3, 2019\n\nAfter."
    let article = Article(parsing: source)
    #expect(article.outline == [
      "text: Before.",
      "post: Rain again in town #weather #дождь pic.twitter.com/AbCdEf1234",
      "text: After.",
    ])
    let post = try #require(article.posts.first)
    #expect(article.posts.count == 1)
    #expect(post.platform == .twitter)
    #expect(post.author == "Jane Roe")
    #expect(post.handle == "janeroe")
    #expect(post.date == "2019-03-03")
    #expect(post.text == "Rain again in town #weather #дождь")
    #expect(post.links == ["pic.twitter.com/AbCdEf1234"])
    #expect(post.hashtags == ["weather", "дождь"])
    #expect(post.paragraph == 1)
    #expect(slice(source, post.range) == "Rain again in town #weather #дождь pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) March 3, 2019")
    #expect(article.paragraphs[1].range == post.range)
    #expect(article.paragraphs[1].post == 0)
  }

  @Test func quotationDashesAreNotPosts() {
    let source = "«Это важно», — пояснил политолог.\n\n„To ważne” – napisał poseł.\n\n\"It matters,\" — she said (@home) today."
    let article = Article(parsing: source)
    #expect(article.posts.isEmpty)
    #expect(article.paragraphs.allSatisfy { $0.kind == .text })
    #expect(article.paragraphs.count == 3)
  }
}
