import ArticleModel
import Testing

/// Embedded posts in every flattened shape, on texts written here.
@Suite struct PostDetectionTests {
  /// The single post of an article, after checking there is exactly one.
  private func onlyPost(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> SocialPost
  {
    #expect(article.posts.count == 1, sourceLocation: sourceLocation)
    return try #require(article.posts.first, sourceLocation: sourceLocation)
  }

  @Test func tweetWithPictureLink() throws {
    let source =
      "Before.\n\nRain again in town #weather #дождь pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) March 3, 2019\n\nAfter."
    let article = Article(parsing: source)
    #expect(
      article.outline == [
        "text: Before.",
        "post: Rain again in town #weather #дождь pic.twitter.com/AbCdEf1234",
        "text: After.",
      ])
    let post = try onlyPost(article)
    #expect(post.platform == .twitter)
    #expect(post.author == "Jane Roe")
    #expect(post.handle == "janeroe")
    #expect(post.date == "2019-03-03")
    #expect(post.text == "Rain again in town #weather #дождь")
    #expect(post.links == ["pic.twitter.com/AbCdEf1234"])
    #expect(post.hashtags == ["weather", "дождь"])
    #expect(post.mentions == [])
    #expect(post.paragraph == 1)
    #expect(
      slice(source, post.range)
        == "Rain again in town #weather #дождь pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) March 3, 2019"
    )
    let paragraph = article.paragraphs[1]
    #expect(paragraph.range == post.range)
    #expect(paragraph.post == 0)
    #expect(String(String.UnicodeScalarView(mappedSource(source, paragraph))) == paragraph.text)
  }

  @Test func textOnlyTweet() throws {
    let source = "Only words here, no picture — Jane Roe (@janeroe) March 3, 2019"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.text == "Only words here, no picture")
    #expect(post.links == [])
    #expect((post.author, post.handle, post.date) == ("Jane Roe", "janeroe", "2019-03-03"))
    #expect(post.range == TextRange(start: 0, end: source.unicodeScalars.count))
  }

  @Test func shortLinkBesidePictureLink() throws {
    let source =
      "Look at this https://t.co/XyZ123 pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) Nov 25, 2017"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.text == "Look at this")
    #expect(post.links == ["https://t.co/XyZ123", "pic.twitter.com/AbCdEf1234"])
    #expect(post.date == "2017-11-25")
  }

  @Test func hashtagGluedToPictureLink() throws {
    let source = "Out we go #Brexitpic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) March 3, 2019"
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect(post.hashtags == ["Brexit"])
    #expect(post.links == ["pic.twitter.com/AbCdEf1234"])
    #expect(post.text == "Out we go #Brexit")
    #expect(article.paragraphs[0].text == "Out we go #Brexitpic.twitter.com/AbCdEf1234")
  }

  @Test func shortLinkGluedToPictureLink() throws {
    let source = "Read https://t.co/Abc123pic.twitter.com/XyZ9876543 — Jane Roe (@janeroe) March 3, 2019"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.links == ["https://t.co/Abc123", "pic.twitter.com/XyZ9876543"])
    #expect(post.text == "Read")
  }

  @Test func pictureLinkGluedToDash() throws {
    let source = "Great day pic.twitter.com/AbCdEf1234— Jane Roe (@janeroe) May 7, 2018"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.links == ["pic.twitter.com/AbCdEf1234"])
    #expect(post.author == "Jane Roe")
    #expect(post.date == "2018-05-07")
  }

  @Test func lostDashAndSentenceGluedToTheYear() throws {
    let source =
      "The vote is over #Brexit pic.twitter.com/AbCd  Jane Roe (@janeroe) December 31, 2017The president said nothing."
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect((post.author, post.handle, post.date) == ("Jane Roe", "janeroe", "2017-12-31"))
    #expect(post.text == "The vote is over #Brexit")
    #expect(slice(source, post.range).hasSuffix("December 31, 2017"))
    #expect(
      article.outline == [
        "post: The vote is over #Brexit pic.twitter.com/AbCd",
        "text: The president said nothing.",
      ])
    #expect(slice(source, article.paragraphs[1].range) == "The president said nothing.")
  }

  @Test func chainedTweetsInOneLine() {
    let source =
      "First tweet pic.twitter.com/AAAAAAAAAA — Ann (@ann) May 1, 2018Second tweet #two pic.twitter.com/BBBBBBBBBB — Bob (@bob) May 2, 2018"
    let article = Article(parsing: source)
    #expect(
      article.outline == [
        "post: First tweet pic.twitter.com/AAAAAAAAAA",
        "post: Second tweet #two pic.twitter.com/BBBBBBBBBB",
      ])
    #expect(article.posts.map(\.handle) == ["ann", "bob"])
    #expect(article.posts.map(\.date) == ["2018-05-01", "2018-05-02"])
    #expect(article.posts.map(\.paragraph) == [0, 1])
    #expect(article.posts.map(\.index) == [0, 1])
    #expect(article.posts[1].hashtags == ["two"])
    #expect(slice(source, article.posts[1].range).hasPrefix("Second tweet"))
  }

  @Test func emptyAndFlaggedDisplayNames() {
    let source =
      "Nothing to add — (@quiet) May 7, 2018\n\nAllez — 🇫🇷 Équipe 🇩🇪 (@team) Monday, October 16, 2017"
    let article = Article(parsing: source)
    #expect(article.posts.map(\.author) == ["", "🇫🇷 Équipe 🇩🇪"])
    #expect(article.posts.map(\.handle) == ["quiet", "team"])
    #expect(article.posts.map(\.date) == ["2018-05-07", "2017-10-16"])
  }

  @Test func signatureInTheNextParagraph() throws {
    let source =
      "Intro.\n\nSplit tweet text here pic.twitter.com/Zz9Yy8Xx7W\n\n— Jane Roe (@janeroe) May 7, 2018\n\nAfter."
    let article = Article(parsing: source)
    #expect(
      article.outline == [
        "text: Intro.",
        "post: Split tweet text here pic.twitter.com/Zz9Yy8Xx7W",
        "text: After.",
      ])
    let post = try onlyPost(article)
    #expect((post.author, post.handle, post.date) == ("Jane Roe", "janeroe", "2018-05-07"))
    #expect(post.text == "Split tweet text here")
    #expect(
      slice(source, post.range)
        == "Split tweet text here pic.twitter.com/Zz9Yy8Xx7W\n\n— Jane Roe (@janeroe) May 7, 2018")
  }

  @Test func plainTextParagraphTakesTheSignatureThatFollows() throws {
    let source =
      "Nobody expected this outcome\n— Jane Roe (@janeroe) May 7, 2018\nMore article text follows here."
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect(post.text == "Nobody expected this outcome")
    #expect(article.outline.last == "text: More article text follows here.")
  }

  @Test func signatureAloneIsAPostWithoutText() throws {
    let source = "Trump wrote on Friday:\n\n— Donald Roe (@droe) May 8, 2018\n\nThen he left."
    let article = Article(parsing: source)
    #expect(article.outline == ["text: Trump wrote on Friday:", "post: ", "text: Then he left."])
    let post = try onlyPost(article)
    #expect(post.text == "")
    #expect(post.links == [])
    #expect((post.author, post.handle, post.date) == ("Donald Roe", "droe", "2018-05-08"))
    #expect(slice(source, post.range) == "— Donald Roe (@droe) May 8, 2018")
  }

  @Test func pictureLinkWithoutSignature() throws {
    let source = "Some text here. pic.twitter.com/Zz9Yy8Xx7W\n\nThe article goes on."
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect(post.platform == .twitter)
    #expect((post.author, post.handle, post.date) == ("", "", nil))
    #expect(post.text == "Some text here.")
    #expect(post.links == ["pic.twitter.com/Zz9Yy8Xx7W"])
    #expect(
      article.outline == ["post: Some text here. pic.twitter.com/Zz9Yy8Xx7W", "text: The article goes on."])
  }

  @Test func articleTextBeforeAPostInTheSameParagraphStaysText() {
    let sentence =
      "The ministers talked for a long time about the summit and the weather and the trade deal. "
    let intro = String(repeating: sentence, count: 5)
    let source = intro + "Short tweet text here — Jane Roe (@janeroe) 26 September 2018"
    let article = Article(parsing: source)
    #expect(article.paragraphs.map(\.kind) == [.text, .post])
    #expect(article.posts.first?.text == "Short tweet text here")
    #expect(article.posts.first?.date == "2018-09-26")
    #expect(article.paragraphs[0].text == String(intro.dropLast()))
  }

  @Test func mentionsInPostText() throws {
    let source = "Hello @someone and @other_1, mail me at a@b.org — Team (@team) Jan 2, 2020"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.mentions == ["someone", "other_1"])
  }

  @Test(arguments: [
    ("September 26, 2018", "2018-09-26"), ("Nov 25, 2017", "2017-11-25"),
    ("Monday, October 16, 2017", "2017-10-16"),
    ("Sept. 3, 2019", "2019-09-03"), ("May 7th, 2018", "2018-05-07"), ("26 September 2018", "2018-09-26"),
    ("26 сентября 2018 г.", "2018-09-26"), ("3 września 2019", "2019-09-03"), ("1 déc. 2016", "2016-12-01"),
  ])
  func signatureDates(written: String, expected: String) throws {
    let source = "Words — Jane Roe (@janeroe) \(written)"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.date == expected)
    #expect(slice(source, post.range) == source)
  }

  @Test func instagramGluedOnBothSides() throws {
    let source =
      "Sunny morning #beach #sunA post shared by Jane Roe (@janeroe) on Nov 25, 2017 at 12:51pm PSTThe mayor disagreed."
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect(post.platform == .instagram)
    #expect((post.author, post.handle, post.date) == ("Jane Roe", "janeroe", "2017-11-25"))
    #expect(post.text == "Sunny morning #beach #sun")
    #expect(post.hashtags == ["beach", "sun"])
    #expect(slice(source, post.range).hasSuffix("at 12:51pm PST"))
    #expect(article.outline == ["post: Sunny morning #beach #sun", "text: The mayor disagreed."])
  }

  @Test func bareInstagramSignature() throws {
    let source = "Earlier text.\n\nA post shared by Jane Roe (@janeroe) on\n\nLater text."
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect(post.platform == .instagram)
    #expect((post.author, post.handle, post.date, post.text) == ("Jane Roe", "janeroe", nil, ""))
    #expect(slice(source, post.range) == "A post shared by Jane Roe (@janeroe) on")
    #expect(article.paragraphs.map(\.kind) == [.text, .post, .text])
  }

  @Test func facebookPostAfterLeakedScript() throws {
    let script =
      "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = \"//connect.facebook.net/en_US/sdk.js#xfbml=1\"; fjs.parentNode.insertBefore(js, fjs);}(document, 'script', 'facebook-jssdk'));"
    let source =
      "Before.\n\n" + script
      + "We are proud to announce that the new bri Posted by City Hall Page on Monday, October 16, 2017"
    let article = Article(parsing: source)
    let post = try onlyPost(article)
    #expect(post.platform == .facebook)
    #expect((post.author, post.handle, post.date) == ("City Hall Page", "", "2017-10-16"))
    #expect(post.text == "We are proud to announce that the new bri")
    #expect(article.outline == ["text: Before.", "post: We are proud to announce that the new bri"])
    #expect(!article.paragraphs.contains { $0.text.contains("function") })
  }

  @Test func bareVideoAndChannelAddresses() {
    let source =
      "Watch below.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nwww.youtube.com/watch?v=abcDEF12345\n\nhttps://t.me/newschannel/4521\n\nSee https://youtu.be/xyz in the text."
    let article = Article(parsing: source)
    #expect(article.posts.map(\.platform) == [.youtube, .youtube, .telegram])
    #expect(
      article.posts.map(\.links) == [
        ["https://youtu.be/dQw4w9WgXcQ"], ["www.youtube.com/watch?v=abcDEF12345"],
        ["https://t.me/newschannel/4521"],
      ])
    #expect(article.posts.map(\.handle) == ["", "", "newschannel"])
    #expect(article.posts.map(\.text) == ["", "", ""])
    #expect(article.paragraphs.map(\.kind) == [.text, .post, .post, .post, .text])
  }

  @Test func quotationDashesAreNotPosts() {
    let source =
      "«Это важно», — пояснил политолог.\n\n„To ważne” – napisał poseł.\n\n\"It matters,\" — she said (@home) today.\n\nA post about it was shared by many."
    let article = Article(parsing: source)
    #expect(article.posts.isEmpty)
    #expect(article.paragraphs.allSatisfy { $0.kind == .text })
    #expect(article.paragraphs.count == 4)
  }

  @Test func postIndicesFollowReadingOrder() {
    let source =
      "One — A (@a) May 1, 2018\n\nText.\n\nhttps://youtu.be/abc\n\nTwo pic.twitter.com/XXXXXXXXXX\n\nThree — C (@c) May 3, 2018"
    let article = Article(parsing: source)
    #expect(article.posts.map(\.index) == Array(0..<article.posts.count))
    #expect(article.paragraphs.map(\.index) == Array(0..<article.paragraphs.count))
    for post in article.posts {
      #expect(article.paragraphs[post.paragraph].post == post.index)
      #expect(article.paragraphs[post.paragraph].kind == .post)
    }
    #expect(article.posts.map(\.handle) == ["a", "", "", "c"])
  }

  @Test func signatureAfterArticleTextStaysAlone() throws {
    let source =
      "Several posts were later deleted, leaving only their signatures in some copies of the page.\n\n— Jane Roe (@janeroe) January 2, 2018"
    let article = Article(parsing: source)
    #expect(article.paragraphs.map(\.kind) == [.text, .post])
    let post = try onlyPost(article)
    #expect(post.text == "")
    #expect(slice(source, post.range) == "— Jane Roe (@janeroe) January 2, 2018")
  }

  @Test func instagramHandleWithFullStops() throws {
    let source =
      "Last ride #valbrentaA post shared by Lucia Ferri (@lucia.ferri) on Sep 24, 2017 at 5:41pm PDT"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.handle == "lucia.ferri")
    #expect(post.date == "2017-09-24")
    #expect(post.hashtags == ["valbrenta"])
  }

  @Test func signatureDashWrittenAsReference() throws {
    let source = "Please call us pic.twitter.com/Jy5Nb2Vr8D &mdash; City Museum (@CityMuseum) June 8, 2019"
    let post = try onlyPost(Article(parsing: source))
    #expect(post.author == "City Museum")
    #expect(post.text == "Please call us")
    #expect(post.links == ["pic.twitter.com/Jy5Nb2Vr8D"])
  }

  @Test func postTextInAHugeLineKeepsItsExclamationsAndFirstPerson() {
    let article =
      (1...6).map { "The council met on day \($0) and argued about the harbour wall for hours. " }.joined()
      + "What a day on the lake! We ran the whole course #race pic.twitter.com/Tq6Lw9Zs3B — Lake Run (@lakerun) April 14, 2019 "
      + "The organisers said \"We are happy!\" and left."
    let parsed = Article(parsing: article)
    #expect(parsed.posts.map(\.text) == ["What a day on the lake! We ran the whole course #race"])
    #expect(parsed.paragraphs.map(\.kind) == [.text, .post, .text])
    #expect(parsed.paragraphs[0].text.hasSuffix("day 6 and argued about the harbour wall for hours."))
  }
}
