import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct PlainTextArticleTests {
  @Test func quotationsAreTaggedPostsIndentedAndASummaryCloses() {
    // width 40
    #expect(
      PlainTextRenderer.render(ArticleFixtures.talks, width: 40) == """
        2018-09-27

        Sergey Lavrov said: [Lavrov] “We are
        ready, and we wait.” He added: "Not
        today."

        [?] “Nobody␛ knows,” a diplomat
        whispered.

            Twitter · Russia at UN (@RussiaUN) ·
            2018-09-27
            Talks resume today #UNGA
            pic.twitter.com/Ab12 — Russia at UN
            (@RussiaUN) September 27, 2018

            Twitter · Jane Roe (@jane_roe) ·
            2018-09-27
            Quiet day. — Jane Roe (@jane_roe)
            September 27, 2018

        Who said what

        Sergey Lavrov: 2 quotations
            “We are ready, and we wait.”
            "Not today."
        Russia at UN: 1 post
        Nobody named: 1 quotation
            “Nobody␛ knows,”

        """)
  }

  @Test func anArticleWithoutQuotationsOrPostsHasNoSummary() {
    #expect(PlainTextRenderer.render(ArticleFixtures.plain, width: 80) == "Nothing was said.\n")
  }

  @Test func colourMarksQuotationsPerSpeakerAndResetsAtEveryLineEnd() {
    let text = PlainTextRenderer.render(ArticleFixtures.talks, width: 40, theme: Theme(depth: .many))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[2] == "Sergey Lavrov said: \u{1B}[1;38;5;33m[Lavrov] \u{1B}[0m\u{1B}[38;5;33m“We are\u{1B}[0m")
    #expect(
      lines[3] == "\u{1B}[38;5;33mready, and we wait.”\u{1B}[0m He added: \u{1B}[38;5;33m\"Not\u{1B}[0m")
    #expect(
      lines[6] == "\u{1B}[1;38;5;244m[?] \u{1B}[0m\u{1B}[3;38;5;244m“Nobody␛ knows,”\u{1B}[0m a diplomat")
    for line in lines {
      // Every colour opened on a line is closed on it.
      let codes = line.split(separator: "\u{1B}", omittingEmptySubsequences: true).dropFirst(
        line.hasPrefix("\u{1B}") ? 0 : 1)
      #expect(codes.last.map { $0.hasPrefix("[0m") } ?? true, "\(line.debugDescription)")
    }
    // Without the codes, the text is the uncoloured rendering.
    #expect(Self.strippingSGR(text) == PlainTextRenderer.render(ArticleFixtures.talks, width: 40))
  }

  @Test(arguments: [1, 2, 5, 12, 80])
  func noLineIsWiderThanTheWidthAndNoControlByteGetsOut(width: Int) {
    var article = ArticleFixtures.talks
    article.posts[0].author = "Evil\u{1B}]52;c;AAAA\u{07}"
    article.speakers[0].name = "Sergey\u{202E}Lavrov"
    let text = PlainTextRenderer.render(article, width: width)
    #expect(ControlCharacters.controlBytes(in: text.utf8).isEmpty)
    for line in text.split(separator: "\n") where width >= 2 {
      #expect(DisplayWidth.width(of: line) <= width, "\(line)")
    }
  }

  @Test func aParsedArticleNamesItsSpeakersInTheSummary() {
    let article = Article(parsing: "Lavrov said: \"We are ready to talk.\"\n\nThe talks went on.")
    let text = PlainTextRenderer.render(article, width: 60)
    for speaker in article.speakers where !speaker.quotations.isEmpty {
      #expect(text.contains("\n" + speaker.name + ": "))
    }
    #expect(text.contains("Who said what") == !(article.quotations.isEmpty && article.posts.isEmpty))
  }

  @Test func aBigArticleIsWrittenInPiecesOfWholeLinesWithTheBlankLinesKept() {
    // 3,000 paragraphs of 40 bytes: about 120 kB of output, so at least two pieces.
    let paragraphs = (0..<3_000).map { "Paragraph number \(String($0 + 100_000)) of the long text." }
    let article = Article(parsing: paragraphs.joined(separator: "\n\n"))
    var pieces: [String] = []
    PlainTextRenderer.write(article, width: 80, theme: nil) { pieces.append($0) }
    #expect(pieces.count >= 2)
    #expect(pieces.allSatisfy { $0.hasSuffix("\n") })
    #expect(pieces.joined() == paragraphs.joined(separator: "\n\n") + "\n")
  }

  static func strippingSGR(_ text: String) -> String {
    var result = ""
    var inCode = false
    for scalar in text.unicodeScalars {
      if inCode {
        if scalar == "m" { inCode = false }
      } else if scalar == "\u{1B}" {
        inCode = true
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
