import ArticleModel
import Testing

/// Embed JavaScript, script elements and inline ads stay out of the reading text.
@Suite struct LeakedScriptTests {
  private static let facebookSDK =
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = \"//connect.facebook.net/en_US/sdk.js#xfbml=1&version=v2.3\"; fjs.parentNode.insertBefore(js, fjs);}(document, 'script', 'facebook-jssdk'));"

  @Test func facebookSDKParagraphIsDropped() {
    let source = "Before.\n\n\(Self.facebookSDK)\n\nAfter."
    #expect(Article(parsing: source).paragraphs.map { String($0.text) } == ["Before.", "After."])
  }

  @Test func scriptGluedBetweenSentencesIsCutOut() {
    let source = "The mayor spoke. \(Self.facebookSDK) The crowd cheered."
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["The mayor spoke.", "The crowd cheered."])
    #expect(slice(source, article.paragraphs[1].range) == "The crowd cheered.")
  }

  @Test func twitterWidgetScripts() {
    let source = """
      Before.

      window.twttr = (function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0], t = window.twttr || {}; if (d.getElementById(id)) return t; js = d.createElement(s); js.id = id; js.src = "https://platform.twitter.com/widgets.js"; fjs.parentNode.insertBefore(js, fjs); t._e = []; t.ready = function(f) { t._e.push(f); }; return t; }(document, "script", "twitter-wjs"));

      <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>

      !function(d,s,id){var js,fjs=d.getElementsByTagName(s)[0];if(!d.getElementById(id)){js=d.createElement(s);js.id=id;js.src="//platform.twitter.com/widgets.js";fjs.parentNode.insertBefore(js,fjs);}}(document,"script","twitter-wjs");

      After.
      """
    #expect(Article(parsing: source).paragraphs.map { String($0.text) } == ["Before.", "After."])
  }

  @Test func adsScriptsAndStyleElements() {
    let source =
      "Text one. <script>var x = 1; if (x < 2) { x++; }</script>Text two.<style>p { color: red; }</style> (adsbygoogle = window.adsbygoogle || []).push({}); Text three."
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["Text one.", "Text two.", "Text three."])
  }

  @Test func inlineAdsAreDropped() {
    let source =
      "The vote was close. Take our poll - Story continues below The count went on.\n\nAdvertisement\n\nStory continues below\n\nEnd."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == ["The vote was close.", "The count went on.", "End."])
  }

  @Test func wordsThatLookLikeCodeStay() {
    let source =
      "The function (as defined) works; the window. Advertisement costs rose; stories continue below zero."
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == [source])
  }

  @Test func storyLinksAndImageCreditsAreDropped() {
    let source =
      "Start.\n\nRelated: Another story about the museum\n\nImage copyright Museum Image caption The empty case\n\n(Photo: A. Person/The Paper)\n\nREAD MORE: Three arrested\n\nRelated reading is fun: keep this one."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == ["Start.", "Related reading is fun: keep this one."])
  }

  @Test func bodyPrintedTwiceIsShownOnce() {
    let first = "The first paragraph of the article is long enough to be recognised when it comes again."
    let second = "A second paragraph follows it, also long enough to count as part of a repeated body."
    let source = [first, second, "Short.", first, second, "Short."].joined(separator: "\n\n")
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == [first, second, "Short.", "Short."])
    #expect(article.paragraphs.map(\.index) == [0, 1, 2, 3])
  }
}
