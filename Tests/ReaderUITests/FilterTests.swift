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
    var s = state()
    s.type("fberg")
    #expect(s.footerLine == "Filter by speaker: berg")
    s.press(.enter)
    #expect(s.filter.speakers == [1])
    expectScreen(
      render(s),
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
    var s = state(60, 12)
    s.press(.down, times: 10)
    let before = render(s).lines
    #expect(before[0] == "for fishing.")
    s.type("fberg\n")
    #expect(render(s).lines[0] == "… 4 paragraphs …")
    s.press(clear)
    #expect(s.filter.isEmpty)
    #expect(render(s).lines == before)
  }

  /// When the filtered view was scrolled, the paragraph at its top stays at the top.
  @Test func clearingTheFilterAfterScrollingKeepsTheTopParagraph() {
    var s = state(60, 8)
    s.type("fberg\n")
    s.press(.down, times: 4)
    #expect(render(s).lines[0] == "Mayor Olaf Berg disagreed. [Berg] \"The repairs cost more")
    s.type("F")
    #expect(render(s).lines[0] == "Mayor Olaf Berg disagreed. [Berg] \"The repairs cost more")
  }

  @Test func jumpsVisitOnlyTheFilteredSpeakers() {
    var s = state(60, 10)
    s.type("fquint")
    s.press(.enter)
    s.type("]")
    #expect(s.currentQuotation == 0)
    s.type("]")
    #expect(s.currentQuotation == 3)
    #expect(s.statusLine.contains("quote 2/2 Quint │ filter: Quint"))
    s.type("]")
    #expect(s.currentQuotation == 0)
    #expect(s.footerLine == "quotation hit BOTTOM, continuing at TOP")
    s.type("p")
    #expect(s.footerLine == "No posts by the filtered speakers")
  }

  @Test func theSideListsNarrowToTheFilteredSpeakers() {
    var s = state(100, 20)
    s.type("fberg\n")
    #expect(s.filteredPosts == [1])
    #expect(s.filteredQuotations == [1])
    let lines = render(s).lines
    #expect(lines[1].hasSuffix("│ ▶ Olaf Berg @olafberg"))
    #expect(lines[3].hasSuffix("│"))
  }

  /// The side list folds spaces and line breaks (CR LF too) of any script into single spaces.
  @Test func theSideListShowsAPostsFirstWordsOnOneLine() {
    var b = ArticleBuilder()
    b.paragraph("Some text.")
    b.post("Caf\u{E9}  au\r\nlait,\tcafe\u{301}  中文 end", author: "Desk", handle: "desk", date: nil)
    let s = ReaderState(article: b.build(), name: "a", size: Size(width: 100, height: 10))
    let lines = render(s).lines
    #expect(lines[2].hasSuffix("│   Caf\u{E9} au lait, cafe\u{301} 中文 end"))
  }

  @Test func postsThatQuoteTheSpeakerStayInTheFilter() {
    var b = ArticleBuilder()
    let ann = b.speaker("Ann Lee", aliases: ["Lee"])
    b.paragraph("Some text.")
    let post = b.post("Lee: we stand by the plan", author: "City Desk", handle: "citydesk", date: nil)
    b.quote("we stand by the plan", in: post, by: ann)
    var s = ReaderState(article: b.build(), name: "a", size: Size(width: 60, height: 10))
    s.apply(.setFilter(SpeakerFilter(speakers: [ann])))
    #expect(s.filteredPosts == [0])
    #expect(s.visibleParagraphs == [1])
  }

  @Test func pickingSpeakersInTheListTogglesThem() {
    var s = state(100, 20)
    s.press(.tab)
    s.press(.right)
    #expect(s.sideTab == .speakers)
    s.type(" ")
    #expect(s.filter.speakers == [0])
    s.press(.down)
    s.press(.enter)
    #expect(s.filter.speakers == [0, 1])
    #expect(s.statusLine.contains("filter: Quint, Berg"))
    #expect(render(s).lines[1].contains("[x] Mara Quint"))
    s.type(" ")
    #expect(s.filter.speakers == [0])
    s.type("F")
    #expect(s.filter.isEmpty)
    #expect(s.visibleParagraphs == nil)
  }

  @Test func escapeClearsTheSearchThenTheFilter() {
    var s = state()
    s.type("fquint\n/pier\n")
    s.press(.escape)
    #expect(s.search == nil)
    #expect(!s.filter.isEmpty)
    s.press(.escape)
    #expect(s.filter.isEmpty)
  }

  @Test func aNameNobodyHasLeavesTheFilterAlone() {
    var s = state()
    s.type("fzzz\n")
    #expect(s.filter.isEmpty)
    #expect(s.footerLine == #"No speaker matches "zzz""#)
  }

  @Test func theReadingPositionSurvivesFilteringAndClearing() {
    var s = state(60, 10)
    s.type("}}}}")  // top: blank line above paragraph 4 (Berg's quotation)
    s.type("fberg\n")
    #expect(articleLines(render(s), width: 60)[1].hasPrefix("Mayor Olaf Berg"))
    s.type("F")
    #expect(articleLines(render(s), width: 60)[1].hasPrefix("Mayor Olaf Berg"))
  }

  @Test func theFilterPromptEditsAndCancels() {
    var s = state()
    s.type("fbergx")
    s.press(.backspace)
    #expect(s.prompt?.text == "berg")
    s.press(.escape)
    #expect(s.prompt == nil)
    #expect(s.filter.isEmpty)
    // While the prompt is open, keys are text, not commands.
    s.type("fq")
    #expect(s.prompt?.text == "q")
  }
}
