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
    var reader = state()
    let speakers = ["Mara Quint", "Olaf Berg", "unattributed", "Mara Quint"]
    for (i, speaker) in speakers.enumerated() {
      reader.type("]")
      #expect(reader.currentQuotation == i)
      #expect(reader.isQuotationOnScreen(i))
      #expect(reader.statusLine.contains("quote \(i + 1)/4 \(speaker)"))
    }
    reader.type("]")
    #expect(reader.currentQuotation == 0)
    #expect(reader.footerLine == "quotation hit BOTTOM, continuing at TOP")
    reader.type("[")
    #expect(reader.currentQuotation == 3)
    #expect(reader.footerLine == "quotation hit TOP, continuing at BOTTOM")
    reader.type("[")
    #expect(reader.currentQuotation == 2)
    #expect(reader.footerLine.hasPrefix("q quit"))
  }

  @Test func theViewMovesOnlyWhenTheQuotationIsNotWholeOnScreen() {
    var reader = state(60, 20)
    reader.type("]")
    // The first quotation is already on the first screen: nothing scrolls.
    #expect(reader.statusLine.hasSuffix("¶ 1/10  Top"))
    reader.type("]")
    #expect(reader.statusLine.hasSuffix("¶ 1/10  Top"))
    reader.type("]")
    #expect(reader.isQuotationOnScreen(2))
    #expect(!reader.statusLine.hasSuffix("Top"))
  }

  @Test func afterScrollingAwayTheNextQuotationIsTheFirstBelowTheTop() {
    var reader = state()
    reader.type("]")  // quotation 0
    reader.type("}}}}}")  // top: paragraph 5, past quotations 0 and 1
    reader.type("]")
    #expect(reader.currentQuotation == 2)
    // Backward goes to the last quotation that starts above the top row, as less's backward search does.
    reader.type("G[")
    #expect(reader.currentQuotation == 2)
  }

  @Test func theCurrentQuotationIsMarkedInReverse() throws {
    var reader = state(60, 20)
    reader.type("]")
    let screen = render(reader, depth: .many)
    let tag = screen.find("[Quint]")
    let speech = screen.find(#""We"#)
    let other = screen.find("[Berg]")
    try #require(tag != nil && speech != nil && other != nil)
    #expect(screen[tag!.x, tag!.y].style.attributes.contains(.reverse))
    #expect(screen[speech!.x, speech!.y].style.attributes.contains(.reverse))
    #expect(!screen[other!.x, other!.y].style.attributes.contains(.reverse))
    reader.type("]")
    let after = render(reader, depth: .many)
    let berg = after.find("[Berg]")
    try #require(berg != nil)
    #expect(after[berg!.x, berg!.y].style.attributes.contains(.reverse))
  }

  @Test func postJumpsGoFromPostToPost() {
    var reader = state()
    reader.type("p")
    #expect(reader.currentPost == 0)
    #expect(render(reader).lines.contains("│ Harbour Council @harbourcouncil · 2024-05-14"))
    reader.type("p")
    #expect(reader.currentPost == 1)
    #expect(render(reader).lines.contains("│ Olaf Berg @olafberg · 2024-05-15"))
    reader.type("P")
    #expect(reader.currentPost == 0)
    reader.type("P")
    #expect(reader.currentPost == 1)
    #expect(reader.footerLine == "post hit TOP, continuing at BOTTOM")
  }

  @Test func jumpsOnAnArticleWithoutQuotationsSaySo() {
    var reader = ReaderState(
      article: ScrollingTests.numbered(3), name: "n", size: Size(width: 40, height: 10))
    reader.type("]")
    #expect(reader.footerLine == "No quotations in this article")
    reader.type("p")
    #expect(reader.footerLine == "No embedded posts in this article")
  }
}
