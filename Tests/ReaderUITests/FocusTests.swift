import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct FocusTests {
  func state(_ width: Int = 100, _ height: Int = 20) -> ReaderState {
    ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: width, height: height))
  }

  @Test func tabMovesTheFocusAndTheTabRowShowsIt() {
    var s = state()
    let theme = Theme(depth: .none)
    // "Posts" starts one column into the side pane.
    let side = s.screenLayout.side!
    #expect(render(s)[side.x + 1, side.y].style == theme.tabActive)
    s.press(.tab)
    #expect(s.focus == .side)
    #expect(render(s)[side.x + 1, side.y].style == theme.tabActiveFocused)
    s.press(.backTab)
    #expect(s.focus == .article)
  }

  @Test func enterInThePostsListScrollsTheArticleToThePost() {
    var s = state(100, 12)
    s.press(.tab)
    s.press(.down)
    #expect(s.selectedPost == 1)
    s.press(.enter)
    #expect(s.currentPost == 1)
    #expect(articleLines(render(s), width: 66).contains("│ Olaf Berg @olafberg · 2024-05-15"))
    // The focus stays in the list, so the next entry is one key away.
    #expect(s.focus == .side)
  }

  @Test func enterInTheQuotesListJumpsToTheQuotation() {
    var s = state(100, 12)
    s.press(.tab)
    s.press(.right, times: 2)
    #expect(s.sideTab == .quotations)
    s.press(.end)
    s.press(.enter)
    #expect(s.currentQuotation == 3)
    #expect(s.isQuotationOnScreen(3))
  }

  @Test func theEntryNearestTheViewIsMarked() {
    var s = state(100, 12)
    #expect(s.nearestEntry(.posts, rows: s.viewRows) == 0)
    s.type("G")
    #expect(s.nearestEntry(.posts, rows: s.viewRows) == 1)
    #expect(render(s).lines[3].contains("▶ Olaf Berg"))
    #expect(s.nearestEntry(.quotations, rows: s.viewRows) == 3)
    #expect(s.nearestEntry(.speakers, rows: s.viewRows) == 0)
    s.type("g]]")
    #expect(s.nearestEntry(.quotations, rows: s.viewRows) == 1)
    #expect(s.nearestEntry(.speakers, rows: s.viewRows) == 1)
  }

  @Test func narrowTerminalsHideTheSidePaneUntilAsked() {
    var s = state(60, 20)
    #expect(!s.isSidePaneShown)
    s.press(.tab)
    #expect(s.focus == .article)
    #expect(s.footerLine == "The side pane is hidden: s shows it")
    s.type("s")
    #expect(s.isSidePaneShown)
    #expect(s.screenLayout.article.width == 30)
    s.type("s")
    #expect(!s.isSidePaneShown)
    s.send([.resize(Size(width: 40, height: 20))])
    s.type("s")
    #expect(!s.isSidePaneShown)
    #expect(s.footerLine == "Too narrow for the side pane")
  }

  @Test func resizeKeepsFocusAndSelection() {
    var s = state(100, 20)
    s.press(.tab)
    s.press(.down)
    s.send([.resize(Size(width: 60, height: 20))])
    #expect(s.effectiveFocus == .article)
    s.send([.resize(Size(width: 100, height: 30))])
    #expect(s.effectiveFocus == .side)
    #expect(s.selectedPost == 1)
  }

  @Test func resizeKeepsTheCurrentQuotationOnScreen() {
    var s = state(100, 30)
    s.type("]]]]")
    #expect(s.isQuotationOnScreen(3))
    s.send([.resize(Size(width: 60, height: 20))])
    #expect(s.isQuotationOnScreen(3))
    s.send([.resize(Size(width: 20, height: 6))])
    #expect(s.isQuotationOnScreen(3) || s.pageHeight < 6)
    s.send([.resize(Size(width: 100, height: 30))])
    #expect(s.isQuotationOnScreen(3))
  }

  @Test func afterAJumpElsewhereAResizeKeepsTheReadingPositionNotTheQuotation() {
    var s = state(100, 30)
    s.type("]]]]")
    #expect(s.currentQuotation == 3)
    // Back to the top: the reading position, not the quotation, is what a resize keeps,
    // even after a window tall enough to show both.
    s.type("g")
    let top = s.position
    s.send([.resize(Size(width: 100, height: 80))])
    #expect(s.isQuotationOnScreen(3))
    s.send([.resize(Size(width: 40, height: 8))])
    #expect(s.position == top)
    #expect(!s.isQuotationOnScreen(3))
  }

  @Test func theMouseScrollsThePaneUnderThePointerAndClicksSelect() {
    var s = state(100, 20)
    let side = s.screenLayout.side!
    s.send([.mouse(MouseEvent(kind: .wheelDown, row: 3, column: side.x + 2))])
    // One list entry moves, not the article.
    #expect(s.selectedPost == 1)
    #expect(s.statusLine.hasSuffix("Top"))
    s.send([.mouse(MouseEvent(kind: .press(button: 1), row: side.y, column: side.x + 10))])
    #expect(s.sideTab == .speakers)
    #expect(s.focus == .side)
    s.send([.mouse(MouseEvent(kind: .press(button: 1), row: side.y + 3, column: side.x + 5))])
    #expect(s.selectedSpeaker == 2)
    s.send([.mouse(MouseEvent(kind: .press(button: 1), row: 5, column: 5))])
    #expect(s.focus == .article)
    s.send([.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5))])
    #expect(!s.statusLine.hasSuffix("Top"))
  }

  @Test func spaceScrollsInTheArticleButTogglesInTheSpeakersList() {
    var s = state(100, 12)
    s.type(" ")
    #expect(!s.statusLine.hasSuffix("Top"))
    #expect(s.filter.isEmpty)
    s.press(.tab)
    s.press(.right)
    s.type(" ")
    #expect(s.filter.speakers == [0])
  }

  @Test func aClickSelectsTheEntryDrawnUnderThePointer() {
    var b = ArticleBuilder()
    for i in 0..<8 {
      b.paragraph("Paragraph \(i).")
      b.post("Post number \(i).", author: "Author \(i)", handle: "a\(i)", date: nil)
    }
    var s = ReaderState(article: b.build(), name: "p", size: Size(width: 90, height: 8))
    // Six rows of side pane: a tab row and two entries of two rows per page.
    #expect(s.listCapacity == 2)
    s.type("G")
    let side = s.screenLayout.side!
    let lines = render(s).lines
    // Lists turn by pages: the last page shows posts 6 and 7, the selection (post 0) is off it.
    #expect(lines[1].hasSuffix("│   Author 6 @a6"))
    #expect(lines[3].hasSuffix("│ ▶ Author 7 @a7"))
    s.send([.mouse(MouseEvent(kind: .press(button: 1), row: side.y + 1, column: side.x + 4))])
    #expect(s.selectedPost == 6)
    #expect(render(s).lines[1].hasSuffix("│   Author 6 @a6"))
  }

  @Test func aPostWithSpeechMakesItsQuotationCurrent() {
    var b = ArticleBuilder()
    let ann = b.speaker("Ann Lee", aliases: ["Lee"])
    for i in 0..<6 { b.paragraph("Filler paragraph number \(i) with some words.") }
    let post = b.post("Lee: the plan stands", author: "Desk", handle: "desk", date: nil)
    b.quote("the plan stands", in: post, by: ann)
    var s = ReaderState(article: b.build(), name: "p", size: Size(width: 100, height: 10))
    s.press(.tab)
    s.press(.enter)
    #expect(s.currentPost == 0)
    #expect(s.currentQuotation == 0)
    #expect(s.statusLine.contains("quote 1/1 Ann Lee"))
    s.send([.resize(Size(width: 40, height: 8))])
    #expect(s.isQuotationOnScreen(0))
  }

  @Test func aQuotationHalfOnScreenIsBroughtWholeAfterAResize() {
    var s = state(60, 12)
    s.type("]]")  // Berg's quotation
    s.type("jj")  // its first row scrolls off the top
    #expect(!s.isQuotationOnScreen(1))
    #expect(s.isQuotationPartlyOnScreen(1))
    s.send([.resize(Size(width: 50, height: 12))])
    #expect(s.isQuotationOnScreen(1))
  }
}
