import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct FilterTests {
  func state(_ width: Int = 60, _ height: Int = 20) -> ReaderState {
    ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: width, height: height))
  }

  @Test func typingPartOfANameFiltersTheArticle() {
    var reader = state()
    reader.type("fberg")
    #expect(reader.footerLine == "Filter by speaker: berg")
    reader.press(.enter)
    #expect(reader.filter.speakers == [1])
    expectScreen(
      render(reader),
      """
      2024-05-14

      … 4 paragraphs …

      Mayor Olaf Berg disagreed. [Berg] "The repairs cost more
      than the pier earns," he said.

      … 3 paragraphs …

      │ Olaf Berg @olafberg · 2024-05-15
      │ Fishing off the pier this morning 🎣

      … 1 paragraph …





       summit.txt │ 2024-05-14 │ filter: Berg         ¶ 1/10  All
      q quit  h help  ]/[ quote  p/P post  / search  f filter
      """)
  }

  /// The paragraph being read (the third, hidden by the filter) is back at the top after `F` or Esc,
  /// not the start of the article.
  @Test(arguments: [Key.character("F"), .escape])
  func clearingTheFilterKeepsTheParagraphBeingRead(clear: Key) {
    var reader = state(60, 12)
    reader.press(.down, times: 10)
    let before = render(reader).lines
    #expect(before[0] == "for fishing.")
    reader.type("fberg\n")
    #expect(render(reader).lines[0] == "… 4 paragraphs …")
    reader.press(clear)
    #expect(reader.filter.isEmpty)
    #expect(render(reader).lines == before)
  }

  /// When the filtered view was scrolled, the paragraph at its top stays at the top.
  @Test func clearingTheFilterAfterScrollingKeepsTheTopParagraph() {
    var reader = state(60, 8)
    reader.type("fberg\n")
    reader.press(.down, times: 4)
    #expect(render(reader).lines[0] == "Mayor Olaf Berg disagreed. [Berg] \"The repairs cost more")
    reader.type("F")
    #expect(render(reader).lines[0] == "Mayor Olaf Berg disagreed. [Berg] \"The repairs cost more")
  }

  @Test func jumpsVisitOnlyTheFilteredSpeakers() {
    var reader = state(60, 10)
    reader.type("fquint")
    reader.press(.enter)
    reader.type("]")
    #expect(reader.currentQuotation == 0)
    reader.type("]")
    #expect(reader.currentQuotation == 3)
    #expect(reader.statusLine.contains("quote 2/2 Quint │ filter: Quint"))
    reader.type("]")
    #expect(reader.currentQuotation == 0)
    #expect(reader.footerLine == "quotation hit BOTTOM, continuing at TOP")
    reader.type("p")
    #expect(reader.footerLine == "No posts by the filtered speakers")
  }

  @Test func theSideListsNarrowToTheFilteredSpeakers() {
    var reader = state(100, 20)
    reader.type("fberg\n")
    #expect(reader.filteredPosts == [1])
    #expect(reader.filteredQuotations == [1])
    let lines = render(reader).lines
    #expect(lines[1].hasSuffix("│ ▶ Olaf Berg @olafberg"))
    #expect(lines[3].hasSuffix("│"))
  }

  /// The side list folds spaces and line breaks (CR LF too) of any script into single spaces.
  @Test func theSideListShowsAPostsFirstWordsOnOneLine() {
    var builder = ArticleBuilder()
    builder.paragraph("Some text.")
    builder.post("Caf\u{E9}  au\r\nlait,\tcafe\u{301}  中文 end", author: "Desk", handle: "desk", date: nil)
    let reader = ReaderState(article: builder.build(), name: "a", size: Size(width: 100, height: 10))
    let lines = render(reader).lines
    #expect(lines[2].hasSuffix("│   Caf\u{E9} au lait, cafe\u{301} 中文 end"))
  }

  @Test func postsThatQuoteTheSpeakerStayInTheFilter() {
    var builder = ArticleBuilder()
    let ann = builder.speaker("Ann Lee", aliases: ["Lee"])
    builder.paragraph("Some text.")
    let post = builder.post("Lee: we stand by the plan", author: "City Desk", handle: "citydesk", date: nil)
    builder.quote("we stand by the plan", in: post, by: ann)
    var reader = ReaderState(article: builder.build(), name: "a", size: Size(width: 60, height: 10))
    reader.apply(.setFilter(SpeakerFilter(speakers: [ann])))
    #expect(reader.filteredPosts == [0])
    #expect(reader.visibleParagraphs == [1])
  }

  @Test func pickingSpeakersInTheListTogglesThem() {
    var reader = state(100, 20)
    reader.press(.tab)
    reader.press(.right)
    #expect(reader.sideTab == .speakers)
    reader.type(" ")
    #expect(reader.filter.speakers == [0])
    reader.press(.down)
    reader.press(.enter)
    #expect(reader.filter.speakers == [0, 1])
    #expect(reader.statusLine.contains("filter: Quint, Berg"))
    #expect(render(reader).lines[1].contains("[x] Mara Quint"))
    reader.type(" ")
    #expect(reader.filter.speakers == [0])
    reader.type("F")
    #expect(reader.filter.isEmpty)
    #expect(reader.visibleParagraphs == nil)
  }

  @Test func escapeClearsTheSearchThenTheFilter() {
    var reader = state()
    reader.type("fquint\n/pier\n")
    reader.press(.escape)
    #expect(reader.search == nil)
    #expect(!reader.filter.isEmpty)
    reader.press(.escape)
    #expect(reader.filter.isEmpty)
  }

  @Test func aNameNobodyHasLeavesTheFilterAlone() {
    var reader = state()
    reader.type("fzzz\n")
    #expect(reader.filter.isEmpty)
    #expect(reader.footerLine == #"No speaker matches "zzz""#)
  }

  @Test func theReadingPositionSurvivesFilteringAndClearing() {
    var reader = state(60, 10)
    reader.type("}}}}")  // top: blank line above paragraph 4 (Berg's quotation)
    reader.type("fberg\n")
    #expect(articleLines(render(reader), width: 60)[1].hasPrefix("Mayor Olaf Berg"))
    reader.type("F")
    #expect(articleLines(render(reader), width: 60)[1].hasPrefix("Mayor Olaf Berg"))
  }

  @Test func theFilterPromptEditsAndCancels() {
    var reader = state()
    reader.type("fbergx")
    reader.press(.backspace)
    #expect(reader.prompt?.text == "berg")
    reader.press(.escape)
    #expect(reader.prompt == nil)
    #expect(reader.filter.isEmpty)
    // While the prompt is open, keys are text, not commands.
    reader.type("fq")
    #expect(reader.prompt?.text == "q")
  }
}
