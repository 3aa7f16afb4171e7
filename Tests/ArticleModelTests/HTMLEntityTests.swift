import ArticleModel
import Testing

/// HTML leftovers in display text: character references, tags, and the
/// source map that leads back from the decoded text.
@Suite struct HTMLEntityTests {
  @Test(arguments: [
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("&quot;Yes&quot; &lt;b&gt;", "\"Yes\" <b>"),
    ("it&#39;s &#8220;fine&#8221;", "it’s “fine”".replacingOccurrences(of: "’", with: "'")),
    ("caf&eacute; &mdash; na&iuml;ve&hellip;", "café — naïve…"),
    ("&#x41;&#X42;&#x1F600;", "AB😀"),
    ("&amp;quot;double&amp;quot;", "\"double\""),
    ("AT&amp;amp;T", "AT&T"),
    ("&amp;amp;#39;x", "'x"),
    ("Win&#150;1252 &#147;quotes&#148;", "Win–1252 “quotes”"),
    ("AT&T &foo; &amp &#xZZ; & done", "AT&T &foo; &amp &#xZZ; & done"),
    ("a&nbsp;&nbsp;b", "a b"),
    ("bad &#0; &#xD800; &#1114112;", "bad \u{FFFD} \u{FFFD} \u{FFFD}"),
  ])
  func references(source: String, expected: String) {
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == [expected])
  }

  @Test func decodedTextMapsBackToTheReferences() throws {
    let source = "A &amp; B"
    let paragraph = try #require(Article(parsing: source).paragraphs.first)
    #expect(paragraph.text == "A & B")
    #expect(paragraph.sourceMap == [0, 1, 2, 7, 8, 9])
    #expect(paragraph.sourceOffset(ofLocal: 2) == 2)
    #expect(paragraph.sourceOffset(ofLocal: 3) == 7)
    #expect(paragraph.localOffset(ofSource: 8) == 4)
    #expect(paragraph.range == TextRange(start: 0, end: 9))
  }

  @Test func tagsAreRemoved() {
    let source =
      "<p>First <a href=\"https://example.org/x\">link</a> and <em>stress</em>.</p><br/>Next<!-- note --> part"
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["First link and stress. Next part"])
  }

  @Test func lessThanThatIsNotATagStays() {
    let article = Article(parsing: "If a < b and c > d, I <3 it; <unknown> stays")
    #expect(article.paragraphs.map { String($0.text) } == ["If a < b and c > d, I <3 it; <unknown> stays"])
  }

  @Test func windows1252ControlsReadAsMeant() {
    // Text converted from Windows-1252 as if it were Latin-1.
    let source = "\u{93}Quoted\u{94} and it\u{92}s \u{96} done"
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["“Quoted” and it’s – done"])
    #expect(article.paragraphs[0].sourceMap?.count == article.paragraphs[0].text.unicodeScalars.count + 1)
  }

  @Test func controlsAreDropped() {
    let source = "Bell\u{07} and\u{0} nul\u{1B}[31m"
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["Bell and nul[31m"])
  }

  @Test func utf8ReadAsWindows1252IsRepaired() {
    let source = "The museumâ€™s doors, a cafÃ© and Â£5 â€” fine. SÃO PAULO and âge stay."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == [
        "The museum’s doors, a café and £5 — fine. SÃO PAULO and âge stay."
      ])
    let paragraph = article.paragraphs[0]
    // "’" stands for the three scalars "â€™" at offsets 10-12.
    #expect(paragraph.sourceOffset(ofLocal: 10) == 10)
    #expect(paragraph.sourceOffset(ofLocal: 11) == 13)
  }

  @Test func windows1252BytesAreDecoded() {
    // “Caf\u{E9}” – \u{80}5 in Windows-1252, not valid UTF-8.
    let bytes: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]
    let article = Article(parsing: bytes)
    #expect(article.paragraphs.map { String($0.text) } == ["“Café” – €5"])
    #expect(article.scalarCount == 11)
  }

  @Test func strayInvalidBytesInUTF8AreReplaced() {
    let bytes: [UInt8] = Array("Zoë and Лавров ".utf8) + [0xFF] + Array(" end".utf8)
    let article = Article(parsing: bytes)
    #expect(article.paragraphs.map { String($0.text) } == ["Zoë and Лавров \u{FFFD} end"])
  }
}
