import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct JumpTests {
  func state(_ width: Int = 60, _ height: Int = 12) -> ReaderState {
    ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: width, height: height))
  }

  @Test func quotationJumpsVisitEachQuotationInOrder() {
    var s = state()
    let speakers = ["Mara Quint", "Olaf Berg", "unattributed", "Mara Quint"]
    for (i, speaker) in speakers.enumerated() {
      s.type("]")
      #expect(s.currentQuotation == i)
      #expect(s.isQuotationOnScreen(i))
      #expect(s.statusLine.contains("quote \(i + 1)/4 \(speaker)"))
    }
    s.type("]")
    #expect(s.currentQuotation == 0)
    #expect(s.footerLine == "quotation hit BOTTOM, continuing at TOP")
    s.type("[")
    #expect(s.currentQuotation == 3)
    #expect(s.footerLine == "quotation hit TOP, continuing at BOTTOM")
    s.type("[")
    #expect(s.currentQuotation == 2)
    #expect(s.footerLine.hasPrefix("q quit"))
  }

  @Test func theViewMovesOnlyWhenTheQuotationIsNotWholeOnScreen() {
    var s = state(60, 20)
    s.type("]")
    // The first quotation is already on the first screen: nothing scrolls.
    #expect(s.statusLine.hasSuffix("¶ 1/10  Top"))
    s.type("]")
    #expect(s.statusLine.hasSuffix("¶ 1/10  Top"))
    s.type("]")
    #expect(s.isQuotationOnScreen(2))
    #expect(!s.statusLine.hasSuffix("Top"))
  }

  @Test func afterScrollingAwayTheNextQuotationIsTheFirstBelowTheTop() {
    var s = state()
    s.type("]")  // quotation 0
    s.type("}}}}}")  // top: paragraph 5, past quotations 0 and 1
    s.type("]")
    #expect(s.currentQuotation == 2)
    // Backward goes to the last quotation that starts above the top row, as less's backward search does.
    s.type("G[")
    #expect(s.currentQuotation == 2)
  }

  @Test func theCurrentQuotationIsMarkedInReverse() throws {
    var s = state(60, 20)
    s.type("]")
    let screen = render(s, depth: .many)
    let tag = screen.find("[Quint]")
    let speech = screen.find(#""We"#)
    let other = screen.find("[Berg]")
    try #require(tag != nil && speech != nil && other != nil)
    #expect(screen[tag!.x, tag!.y].style.attributes.contains(.reverse))
    #expect(screen[speech!.x, speech!.y].style.attributes.contains(.reverse))
    #expect(!screen[other!.x, other!.y].style.attributes.contains(.reverse))
    s.type("]")
    let after = render(s, depth: .many)
    let berg = after.find("[Berg]")
    try #require(berg != nil)
    #expect(after[berg!.x, berg!.y].style.attributes.contains(.reverse))
  }

  @Test func postJumpsGoFromPostToPost() {
    var s = state()
    s.type("p")
    #expect(s.currentPost == 0)
    #expect(render(s).lines.contains("│ Harbour Council @harbourcouncil · 2024-05-14"))
    s.type("p")
    #expect(s.currentPost == 1)
    #expect(render(s).lines.contains("│ Olaf Berg @olafberg · 2024-05-15"))
    s.type("P")
    #expect(s.currentPost == 0)
    s.type("P")
    #expect(s.currentPost == 1)
    #expect(s.footerLine == "post hit TOP, continuing at BOTTOM")
  }

  @Test func jumpsOnAnArticleWithoutQuotationsSaySo() {
    var s = ReaderState(article: ScrollingTests.numbered(3), name: "n", size: Size(width: 40, height: 10))
    s.type("]")
    #expect(s.footerLine == "No quotations in this article")
    s.type("p")
    #expect(s.footerLine == "No embedded posts in this article")
  }
}
