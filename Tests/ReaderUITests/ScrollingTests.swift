import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct ScrollingTests {
  /// Forty numbered paragraphs of two lines each at width 30.
  static func numbered(_ count: Int = 40) -> Article {
    var b = ArticleBuilder(date: "2020-01-02")
    for i in 1...count { b.paragraph("Paragraph \(i) has words enough to wrap twice.") }
    return b.build()
  }

  func state(_ width: Int = 30, _ height: Int = 8) -> ReaderState {
    ReaderState(article: Self.numbered(), name: "n.txt", size: Size(width: width, height: height))
  }

  @Test func jAndKMoveOneLine() {
    var s = state()
    s.type("jjj")
    #expect(articleLines(render(s), width: 30).prefix(2) == ["to wrap twice.", ""])
    s.type("k")
    #expect(articleLines(render(s), width: 30)[0] == "Paragraph 1 has words enough")
    s.press(.down)
    s.press(.up, times: 10)
    #expect(articleLines(render(s), width: 30)[0] == "2020-01-02")
  }

  @Test func spaceAndBMoveOnePage() {
    var s = state()
    // 6 article rows: date, blank, p1 (2 rows), blank, p2 row 1.
    s.type(" ")
    expectScreen(
      render(s),
      """
      to wrap twice.

      Paragraph 3 has words enough
      to wrap twice.

      Paragraph 4 has words enough
       n.txt             ¶ 2/40  2%
      q quit  h help  ]/[ quote
      """)
    s.type("b")
    #expect(articleLines(render(s), width: 30)[0] == "2020-01-02")
    s.press(.pageDown, times: 2)
    s.press(.pageUp)
    #expect(articleLines(render(s), width: 30)[0] == "to wrap twice.")
  }

  @Test func endStopsWithTheLastLineAtTheBottom() {
    var s = state()
    s.type("G")
    #expect(
      articleLines(render(s), width: 30) == [
        "", "Paragraph 39 has words enough", "to wrap twice.", "", "Paragraph 40 has words enough",
        "to wrap twice.",
      ])
    #expect(s.statusLine.hasSuffix("¶ 39/40  Bot"))
    s.type("jjj ")
    #expect(articleLines(render(s), width: 30).last == "to wrap twice.")
    s.press(.home)
    #expect(s.statusLine.hasSuffix("¶ 1/40  Top"))
  }

  @Test func paragraphJumpsPutTheBlockAtTheTop() {
    var s = state()
    s.type("}}")
    #expect(articleLines(render(s), width: 30)[0...1] == ["", "Paragraph 3 has words enough"])
    s.type("j{")
    #expect(articleLines(render(s), width: 30)[0...1] == ["", "Paragraph 3 has words enough"])
    s.type("{")
    #expect(articleLines(render(s), width: 30)[0...1] == ["", "Paragraph 2 has words enough"])
  }

  @Test func resizeKeepsTheReadingPosition() {
    var s = state(30, 8)
    s.type("}}}}j")  // top: the first line of paragraph 5
    #expect(articleLines(render(s), width: 30)[0] == "Paragraph 5 has words enough")
    s.send([.resize(Size(width: 60, height: 10))])
    #expect(articleLines(render(s), width: 60)[0] == "Paragraph 5 has words enough to wrap twice.")
    s.send([.resize(Size(width: 20, height: 10))])
    #expect(articleLines(render(s), width: 20)[0] == "Paragraph 5 has")
    s.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(s), width: 30)[0] == "Paragraph 5 has words enough")
  }

  @Test func aResizeThatMovedTheViewToFitTheEndIsUndoneByTheNextOne() {
    var s = state(30, 8)
    s.type("G")
    let end = articleLines(render(s), width: 30)
    // Taller: the view moves up to fill the pane; as short as before: the same lines again.
    s.send([.resize(Size(width: 30, height: 20))])
    s.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(s), width: 30) == end)
    // Moving in between makes the new place the one kept.
    s.send([.resize(Size(width: 30, height: 20))])
    s.type("kk")
    let top = articleLines(render(s), width: 30)[0]
    s.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(s), width: 30)[0] == top)
    #expect(articleLines(render(s), width: 30) != end)
  }

  @Test func resizeInTheMiddleOfAParagraphKeepsTheWordsInView() {
    var s = state(30, 8)
    s.type("}}}}jj")  // top: "to wrap twice." of paragraph 5
    s.send([.resize(Size(width: 20, height: 8))])
    // At 20 columns "to" is on the row "words enough to wrap", which comes to the top.
    #expect(articleLines(render(s), width: 20)[0] == "words enough to wrap")
    s.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(s), width: 30)[0] == "to wrap twice.")
  }

  @Test func mouseWheelScrollsThreeLines() {
    var s = state()
    s.send([.mouse(MouseEvent(kind: .wheelDown, row: 2, column: 3))])
    #expect(articleLines(render(s), width: 30)[0] == "to wrap twice.")
    s.send([.mouse(MouseEvent(kind: .wheelUp, row: 2, column: 3))])
    #expect(articleLines(render(s), width: 30)[0] == "2020-01-02")
  }

  @Test func scrollingAHugeArticleOnlyLaysOutWhatIsNearTheView() {
    var b = ArticleBuilder()
    for i in 0..<200_000 { b.paragraph("Line \(i).") }
    var s = ReaderState(article: b.build(), name: "big.txt", size: Size(width: 80, height: 24))
    s.type("G")
    #expect(s.statusLine.contains("¶ 199990/200000"))
    s.type("g   jjj")
    _ = render(s)
    let cache = s.document.cache.wrappedCount
    #expect(cache < 100)
  }
}
