import ArticleModel
import Testing

/// Paragraph shapes: blank lines, line endings, byte-order mark, date
/// prefix, one sentence per line, hard-wrapped lines, one huge line.
@Suite struct ParagraphSplittingTests {
  @Test func blankLinesSeparateParagraphs() {
    let source = "First one.\n\nSecond one.\n   \t\nThird one."
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["First one.", "Second one.", "Third one."])
    #expect(
      article.paragraphs.map { slice(source, $0.range) } == ["First one.", "Second one.", "Third one."])
    #expect(article.paragraphs.map(\.index) == [0, 1, 2])
    #expect(article.paragraphs.allSatisfy { $0.sourceMap == nil && $0.kind == .text })
    #expect(article.date == nil)
  }

  @Test func emptyAndBlankInputsGiveNoParagraphs() {
    for source in ["", "\n", "  \r\n\t \u{A0}\n", "\u{FEFF}"] {
      let article = Article(parsing: source)
      #expect(article.paragraphs.isEmpty)
      #expect(article.scalarCount == source.unicodeScalars.count)
    }
  }

  @Test func windowsLineEndings() {
    let source = "First line\r\nsame paragraph.\r\n\r\nSecond.\r\n"
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["First line same paragraph.", "Second."])
    #expect(article.paragraphs[0].range == TextRange(start: 0, end: 27))
    #expect(article.paragraphs[1].range == TextRange(start: 31, end: 38))
    // The folded line break maps to the CR.
    #expect(article.paragraphs[0].sourceOffset(ofLocal: 10) == 10)
    #expect(article.paragraphs[0].sourceOffset(ofLocal: 11) == 12)
    #expect(
      String(String.UnicodeScalarView(mappedSource(source, article.paragraphs[0])))
        == "First line\rsame paragraph.")
  }

  @Test func loneCarriageReturns() {
    let source = "One.\r\rTwo.\rstill two."
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["One.", "Two. still two."])
    #expect(article.paragraphs[1].range == TextRange(start: 6, end: 21))
  }

  @Test func byteOrderMarkIsSkipped() {
    let source = "\u{FEFF}date 2020-02-02 Hello.\n\nBye."
    let article = Article(parsing: source)
    #expect(article.date == "2020-02-02")
    #expect(article.paragraphs.map { String($0.text) } == ["Hello.", "Bye."])
    #expect(article.paragraphs[0].range == TextRange(start: 17, end: 23))
    #expect(slice(source, article.paragraphs[0].range) == "Hello.")
  }

  @Test func datePrefixStartsTheFirstParagraphAfterIt() {
    let source = " date 1902-01-01 It was cold.\n\nNext."
    let article = Article(parsing: source)
    #expect(article.date == "1902-01-01")
    #expect(article.paragraphs.map { String($0.text) } == ["It was cold.", "Next."])
    #expect(article.paragraphs[0].range == TextRange(start: 17, end: 29))
  }

  @Test func impossibleDateIsShownAsGiven() {
    let article = Article(parsing: "date 2018-13-45\nText.")
    #expect(article.date == "2018-13-45")
    #expect(article.paragraphs.map { String($0.text) } == ["Text."])
  }

  @Test(arguments: [
    "Updated 2018-09-27 It was.", "date: 2018-09-27 It was.", "date 2018-9-27 It was.", "date 2018-09-27x",
  ])
  func notADatePrefix(source: String) {
    let article = Article(parsing: source)
    #expect(article.date == nil)
    #expect(article.paragraphs.map { String($0.text) } == [source])
  }

  @Test func oneSentencePerLineWithoutBlankLines() {
    let source =
      "Headline of the day\nThe first sentence is here.\nThe second one follows.\n\"A quote,\" he said.\nThe last one."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == [
        "Headline of the day", "The first sentence is here.", "The second one follows.",
        "\"A quote,\" he said.",
        "The last one.",
      ])
    #expect(article.paragraphs.allSatisfy { $0.sourceMap == nil })
  }

  @Test func hardWrappedLinesAreJoinedInLinePerParagraphText() {
    let source =
      "The minister said that the talks\nwould go on next week.\nThe next sentence.\nAnd one more here.\nFinal line."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == [
        "The minister said that the talks would go on next week.", "The next sentence.", "And one more here.",
        "Final line.",
      ])
  }

  @Test func hardWrappedBlockIsOneParagraph() {
    let source =
      "This text was wrapped at a fixed\nwidth by some tool long ago and\nit reads as one paragraph.\n\nNext."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == [
        "This text was wrapped at a fixed width by some tool long ago and it reads as one paragraph.",
        "Next.",
      ])
    let first = article.paragraphs[0]
    #expect(first.sourceMap != nil)
    #expect(mappedSource(source, first).map { $0 == "\n" ? " " : Character($0) } == Array(first.text))
  }

  @Test func whiteSpaceRunsFold() {
    let source = "  Too   many\tspaces\u{A0}here.  "
    let article = Article(parsing: source)
    #expect(article.paragraphs.map { String($0.text) } == ["Too many spaces here."])
    #expect(article.paragraphs[0].range == TextRange(start: 2, end: 25))
    // "Too" 2-4, spaces from 5, "many" 8-11, tab 12, "spaces" 13-18, no-break space 19, "here." 20-24.
    let map = article.paragraphs[0].sourceMap
    #expect(map == [2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25])
  }

  @Test func singleHugeLineIsCutAtSentenceEnds() {
    let source = (1...60).map {
      "The delegates argued about budget line \($0) for another hour without a pause. "
    }.joined()
    let article = Article(parsing: source)
    #expect(article.paragraphs.count > 4)
    for paragraph in article.paragraphs {
      #expect(paragraph.text.hasPrefix("The delegates"))
      #expect(paragraph.text.hasSuffix("pause."))
      #expect(paragraph.text.unicodeScalars.count <= 800)
      #expect(slice(source, paragraph.range) == paragraph.text)
    }
    #expect(article.paragraphs.map { String($0.text) }.joined(separator: " ") == String(source.dropLast()))
    for (earlier, later) in zip(article.paragraphs, article.paragraphs.dropFirst()) {
      #expect(earlier.range.end < later.range.start)
    }
  }

  @Test func hugeLineIsNotCutInsideAQuotation() {
    func filler(_ range: ClosedRange<Int>) -> String {
      range.map { "The delegates argued about budget line \($0) for another hour without a pause. " }.joined()
    }
    let quote =
      "\"We will not accept this. We have said so many times. "
      + (1...30).map { "Nobody listens to point \($0) here. " }.joined() + "That is all,\" the envoy said. "
    let source = filler(1...12) + quote + filler(13...24)
    let article = Article(parsing: source)
    let quoted = article.paragraphs.filter { $0.text.contains("We will not accept") }
    #expect(quoted.count == 1)
    #expect(quoted.first?.text.contains("That is all,\" the envoy said.") == true)
    #expect(article.paragraphs.count > 2)
  }

  @Test func abbreviationsAndInitialsDoNotEndSentences() {
    let source = (1...30).map {
      "Mr. Smith met Dr. Jones and J. R. Ewing in St. Louis on Jan. \($0) at No. 10 for a talk. "
    }
    .joined()
    let article = Article(parsing: source)
    for paragraph in article.paragraphs {
      #expect(paragraph.text.hasPrefix("Mr. Smith"))
      #expect(paragraph.text.hasSuffix("talk."))
    }
  }

  @Test func verbatimParagraphsAreSlicesOfTheSourceNotCopies() {
    let source = "date 2024-02-01 First line of text.\n\nSecond one, with a comma.\n\nThird &amp; last."
    let article = Article(parsing: source)
    #expect(
      article.paragraphs.map { String($0.text) } == [
        "First line of text.", "Second one, with a comma.", "Third & last.",
      ])
    // A slice's base is the string it was cut from: the whole source for the first
    // two (read verbatim), a string of its own for the one whose entity was decoded.
    #expect(article.paragraphs[0].text.base == source)
    #expect(article.paragraphs[1].text.base == source)
    #expect(article.paragraphs[2].text.base == "Third & last.")
    #expect(article.paragraphs[1].sourceOffset(ofLocal: 0) == 37)
  }
}
