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
    var reader = state()
    let theme = Theme(depth: .none)
    // "Posts" starts one column into the side pane.
    let side = reader.screenLayout.side!
    #expect(render(reader)[side.x + 1, side.y].style == theme.tabActive)
    reader.press(.tab)
    #expect(reader.focus == .side)
    #expect(render(reader)[side.x + 1, side.y].style == theme.tabActiveFocused)
    reader.press(.backTab)
    #expect(reader.focus == .article)
  }

  @Test func enterInThePostsListScrollsTheArticleToThePost() {
    var reader = state(100, 12)
    reader.press(.tab)
    reader.press(.down)
    #expect(reader.selectedPost == 1)
    reader.press(.enter)
    #expect(reader.currentPost == 1)
    #expect(articleLines(render(reader), width: 66).contains("│ Olaf Berg @olafberg · 2024-05-15"))
    // The focus stays in the list, so the next entry is one key away.
    #expect(reader.focus == .side)
  }

  @Test func enterInTheQuotesListJumpsToTheQuotation() {
    var reader = state(100, 12)
    reader.press(.tab)
    reader.press(.right, times: 2)
    #expect(reader.sideTab == .quotations)
    reader.press(.end)
    reader.press(.enter)
    #expect(reader.currentQuotation == 3)
    #expect(reader.isQuotationOnScreen(3))
  }

  @Test func theEntryNearestTheViewIsMarked() {
    var reader = state(100, 12)
    #expect(reader.nearestEntry(.posts, rows: reader.viewRows) == 0)
    reader.type("G")
    #expect(reader.nearestEntry(.posts, rows: reader.viewRows) == 1)
    #expect(render(reader).lines[3].contains("▶ Olaf Berg"))
    #expect(reader.nearestEntry(.quotations, rows: reader.viewRows) == 3)
    #expect(reader.nearestEntry(.speakers, rows: reader.viewRows) == 0)
    reader.type("g]]")
    #expect(reader.nearestEntry(.quotations, rows: reader.viewRows) == 1)
    #expect(reader.nearestEntry(.speakers, rows: reader.viewRows) == 1)
  }

  @Test func narrowTerminalsHideTheSidePaneUntilAsked() {
    var reader = state(60, 20)
    #expect(!reader.isSidePaneShown)
    reader.press(.tab)
    #expect(reader.focus == .article)
    #expect(reader.footerLine == "The side pane is hidden: s shows it")
    reader.type("s")
    #expect(reader.isSidePaneShown)
    #expect(reader.screenLayout.article.width == 30)
    reader.type("s")
    #expect(!reader.isSidePaneShown)
    reader.send([.resize(Size(width: 40, height: 20))])
    reader.type("s")
    #expect(!reader.isSidePaneShown)
    #expect(reader.footerLine == "Too narrow for the side pane")
  }

  @Test func resizeKeepsFocusAndSelection() {
    var reader = state(100, 20)
    reader.press(.tab)
    reader.press(.down)
    reader.send([.resize(Size(width: 60, height: 20))])
    #expect(reader.effectiveFocus == .article)
    reader.send([.resize(Size(width: 100, height: 30))])
    #expect(reader.effectiveFocus == .side)
    #expect(reader.selectedPost == 1)
  }

  @Test func resizeKeepsTheCurrentQuotationOnScreen() {
    var reader = state(100, 30)
    reader.type("]]]]")
    #expect(reader.isQuotationOnScreen(3))
    reader.send([.resize(Size(width: 60, height: 20))])
    #expect(reader.isQuotationOnScreen(3))
    reader.send([.resize(Size(width: 20, height: 6))])
    #expect(reader.isQuotationOnScreen(3) || reader.pageHeight < 6)
    reader.send([.resize(Size(width: 100, height: 30))])
    #expect(reader.isQuotationOnScreen(3))
  }

  @Test func afterAJumpElsewhereAResizeKeepsTheReadingPositionNotTheQuotation() {
    var reader = state(100, 30)
    reader.type("]]]]")
    #expect(reader.currentQuotation == 3)
    // Back to the top: the reading position, not the quotation, is what a resize keeps,
    // even after a window tall enough to show both.
    reader.type("g")
    let top = reader.position
    reader.send([.resize(Size(width: 100, height: 80))])
    #expect(reader.isQuotationOnScreen(3))
    reader.send([.resize(Size(width: 40, height: 8))])
    #expect(reader.position == top)
    #expect(!reader.isQuotationOnScreen(3))
  }

  @Test func theMouseScrollsThePaneUnderThePointerAndClicksSelect() {
    var reader = state(100, 20)
    let side = reader.screenLayout.side!
    reader.send([.mouse(MouseEvent(kind: .wheelDown, row: 3, column: side.x + 2))])
    // One list entry moves, not the article.
    #expect(reader.selectedPost == 1)
    #expect(reader.statusLine.hasSuffix("Top"))
    reader.send([.mouse(MouseEvent(kind: .press(button: 1), row: side.y, column: side.x + 10))])
    #expect(reader.sideTab == .speakers)
    #expect(reader.focus == .side)
    reader.send([.mouse(MouseEvent(kind: .press(button: 1), row: side.y + 3, column: side.x + 5))])
    #expect(reader.selectedSpeaker == 2)
    reader.send([.mouse(MouseEvent(kind: .press(button: 1), row: 5, column: 5))])
    #expect(reader.focus == .article)
    reader.send([.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5))])
    #expect(!reader.statusLine.hasSuffix("Top"))
  }

  @Test func spaceScrollsInTheArticleButTogglesInTheSpeakersList() {
    var reader = state(100, 12)
    reader.type(" ")
    #expect(!reader.statusLine.hasSuffix("Top"))
    #expect(reader.filter.isEmpty)
    reader.press(.tab)
    reader.press(.right)
    reader.type(" ")
    #expect(reader.filter.speakers == [0])
  }

  @Test func aClickSelectsTheEntryDrawnUnderThePointer() {
    var builder = ArticleBuilder()
    for i in 0..<8 {
      builder.paragraph("Paragraph \(i).")
      builder.post("Post number \(i).", author: "Author \(i)", handle: "a\(i)", date: nil)
    }
    var reader = ReaderState(article: builder.build(), name: "p", size: Size(width: 90, height: 8))
    // Six rows of side pane: a tab row and two entries of two rows per page.
    #expect(reader.listCapacity == 2)
    reader.type("G")
    let side = reader.screenLayout.side!
    let lines = render(reader).lines
    // Lists turn by pages: the last page shows posts 6 and 7, the selection (post 0) is off it.
    #expect(lines[1].hasSuffix("│   Author 6 @a6"))
    #expect(lines[3].hasSuffix("│ ▶ Author 7 @a7"))
    reader.send([.mouse(MouseEvent(kind: .press(button: 1), row: side.y + 1, column: side.x + 4))])
    #expect(reader.selectedPost == 6)
    #expect(render(reader).lines[1].hasSuffix("│   Author 6 @a6"))
  }

  @Test func aPostWithSpeechMakesItsQuotationCurrent() {
    var builder = ArticleBuilder()
    let ann = builder.speaker("Ann Lee", aliases: ["Lee"])
    for i in 0..<6 { builder.paragraph("Filler paragraph number \(i) with some words.") }
    let post = builder.post("Lee: the plan stands", author: "Desk", handle: "desk", date: nil)
    builder.quote("the plan stands", in: post, by: ann)
    var reader = ReaderState(article: builder.build(), name: "p", size: Size(width: 100, height: 10))
    reader.press(.tab)
    reader.press(.enter)
    #expect(reader.currentPost == 0)
    #expect(reader.currentQuotation == 0)
    #expect(reader.statusLine.contains("quote 1/1 Ann Lee"))
    reader.send([.resize(Size(width: 40, height: 8))])
    #expect(reader.isQuotationOnScreen(0))
  }

  @Test func aQuotationHalfOnScreenIsBroughtWholeAfterAResize() {
    var reader = state(60, 12)
    reader.type("]]")  // Berg's quotation
    reader.type("jj")  // its first row scrolls off the top
    #expect(!reader.isQuotationOnScreen(1))
    #expect(reader.isQuotationPartlyOnScreen(1))
    reader.send([.resize(Size(width: 50, height: 12))])
    #expect(reader.isQuotationOnScreen(1))
  }
}
