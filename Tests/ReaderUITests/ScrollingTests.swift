import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct ScrollingTests {
  /// Forty numbered paragraphs of two lines each at width 30.
  static func numbered(_ count: Int = 40) -> Article {
    var builder = ArticleBuilder(date: "2020-01-02")
    for i in 1...count { builder.paragraph("Paragraph \(i) has words enough to wrap twice.") }
    return builder.build()
  }

  func state(_ width: Int = 30, _ height: Int = 8) -> ReaderState {
    ReaderState(article: Self.numbered(), name: "n.txt", size: Size(width: width, height: height))
  }

  @Test func jAndKMoveOneLine() {
    var reader = state()
    reader.type("jjj")
    #expect(articleLines(render(reader), width: 30).prefix(2) == ["to wrap twice.", ""])
    reader.type("k")
    #expect(articleLines(render(reader), width: 30)[0] == "Paragraph 1 has words enough")
    reader.press(.down)
    reader.press(.up, times: 10)
    #expect(articleLines(render(reader), width: 30)[0] == "2020-01-02")
  }

  @Test func spaceAndBMoveOnePage() {
    var reader = state()
    // 6 article rows: date, blank, p1 (2 rows), blank, p2 row 1.
    reader.type(" ")
    expectScreen(
      render(reader),
      """
      to wrap twice.

      Paragraph 3 has words enough
      to wrap twice.

      Paragraph 4 has words enough
       n.txt             ¶ 2/40  2%
      q quit  h help  ]/[ quote
      """)
    reader.type("b")
    #expect(articleLines(render(reader), width: 30)[0] == "2020-01-02")
    reader.press(.pageDown, times: 2)
    reader.press(.pageUp)
    #expect(articleLines(render(reader), width: 30)[0] == "to wrap twice.")
  }

  @Test func endStopsWithTheLastLineAtTheBottom() {
    var reader = state()
    reader.type("G")
    #expect(
      articleLines(render(reader), width: 30) == [
        "", "Paragraph 39 has words enough", "to wrap twice.", "", "Paragraph 40 has words enough",
        "to wrap twice.",
      ])
    #expect(reader.statusLine.hasSuffix("¶ 39/40  Bot"))
    reader.type("jjj ")
    #expect(articleLines(render(reader), width: 30).last == "to wrap twice.")
    reader.press(.home)
    #expect(reader.statusLine.hasSuffix("¶ 1/40  Top"))
  }

  @Test func paragraphJumpsPutTheBlockAtTheTop() {
    var reader = state()
    reader.type("}}")
    #expect(articleLines(render(reader), width: 30)[0...1] == ["", "Paragraph 3 has words enough"])
    reader.type("j{")
    #expect(articleLines(render(reader), width: 30)[0...1] == ["", "Paragraph 3 has words enough"])
    reader.type("{")
    #expect(articleLines(render(reader), width: 30)[0...1] == ["", "Paragraph 2 has words enough"])
  }

  @Test func resizeKeepsTheReadingPosition() {
    var reader = state(30, 8)
    reader.type("}}}}j")  // top: the first line of paragraph 5
    #expect(articleLines(render(reader), width: 30)[0] == "Paragraph 5 has words enough")
    reader.send([.resize(Size(width: 60, height: 10))])
    #expect(articleLines(render(reader), width: 60)[0] == "Paragraph 5 has words enough to wrap twice.")
    reader.send([.resize(Size(width: 20, height: 10))])
    #expect(articleLines(render(reader), width: 20)[0] == "Paragraph 5 has")
    reader.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(reader), width: 30)[0] == "Paragraph 5 has words enough")
  }

  @Test func aResizeThatMovedTheViewToFitTheEndIsUndoneByTheNextOne() {
    var reader = state(30, 8)
    reader.type("G")
    let end = articleLines(render(reader), width: 30)
    // Taller: the view moves up to fill the pane; as short as before: the same lines again.
    reader.send([.resize(Size(width: 30, height: 20))])
    reader.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(reader), width: 30) == end)
    // Moving in between makes the new place the one kept.
    reader.send([.resize(Size(width: 30, height: 20))])
    reader.type("kk")
    let top = articleLines(render(reader), width: 30)[0]
    reader.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(reader), width: 30)[0] == top)
    #expect(articleLines(render(reader), width: 30) != end)
  }

  @Test func resizeInTheMiddleOfAParagraphKeepsTheWordsInView() {
    var reader = state(30, 8)
    reader.type("}}}}jj")  // top: "to wrap twice." of paragraph 5
    reader.send([.resize(Size(width: 20, height: 8))])
    // At 20 columns "to" is on the row "words enough to wrap", which comes to the top.
    #expect(articleLines(render(reader), width: 20)[0] == "words enough to wrap")
    reader.send([.resize(Size(width: 30, height: 8))])
    #expect(articleLines(render(reader), width: 30)[0] == "to wrap twice.")
  }

  @Test func mouseWheelScrollsThreeLines() {
    var reader = state()
    reader.send([.mouse(MouseEvent(kind: .wheelDown, row: 2, column: 3))])
    #expect(articleLines(render(reader), width: 30)[0] == "to wrap twice.")
    reader.send([.mouse(MouseEvent(kind: .wheelUp, row: 2, column: 3))])
    #expect(articleLines(render(reader), width: 30)[0] == "2020-01-02")
  }

  @Test func scrollingAHugeArticleOnlyLaysOutWhatIsNearTheView() {
    var builder = ArticleBuilder()
    for i in 0..<200_000 { builder.paragraph("Line \(i).") }
    var reader = ReaderState(article: builder.build(), name: "big.txt", size: Size(width: 80, height: 24))
    reader.type("G")
    #expect(reader.statusLine.contains("¶ 199990/200000"))
    reader.type("g   jjj")
    _ = render(reader)
    let cache = reader.document.cache.wrappedCount
    #expect(cache < 100)
  }
}
