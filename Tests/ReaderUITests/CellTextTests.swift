import ReaderUI
import Testing

@Suite struct CellTextTests {
  @Test(arguments: ["a", " ", "é", "e\u{301}", "中", "🇷", "👍🏽", "", "␛"])
  func textComesBackAsItWent(text: String) {
    let content = CellText(text)
    #expect(content.string == text)
    #expect(content.count == text.utf8.count)
    #expect(content.isEmpty == text.isEmpty)
  }

  @Test func aSingleASCIICharacterIsKnownAsOne() {
    #expect(CellText(ascii: 0x61) == CellText("a"))
    #expect(CellText("a").asciiByte == 0x61)
    #expect(CellText("ab").asciiByte == nil)
    #expect(CellText("é").asciiByte == nil)
    #expect(CellText("").asciiByte == nil)
  }

  @Test func aLongUnitKeepsTheWholeScalarsThatFit() {
    // A letter under seven combining marks: 1 + 7 × 2 bytes, all that fits.
    let piled = "a" + String(repeating: "\u{301}", count: 7)
    let kept = CellText(piled)
    #expect(kept.count == 15)
    #expect(kept.string == piled)
    let longer = "a" + String(repeating: "\u{301}", count: 9)
    #expect(CellText(longer).string == piled)
    // A scalar that would not fit whole is left out, never cut.
    let emoji = String(repeating: "x", count: 13) + "😀"
    #expect(CellText(emoji).string == String(repeating: "x", count: 13))
    // Five three-byte scalars (as many as ncurses keeps in a cell) fit.
    #expect(CellText("\u{0915}\u{093F}\u{0901}\u{0902}\u{0903}").count == 15)
  }

  @Test func aCellIsTwentyFourBytes() {
    #expect(MemoryLayout<Cell>.stride == 24)
  }

  @Test func cellsKeepTheirTextAndCompareByIt() {
    var cell = Cell(text: "中", width: 2)
    #expect(cell.text == "中")
    cell.text = "x"
    #expect(cell == Cell(text: "x", width: 2))
    #expect(Cell.blank == Cell(text: " "))
    #expect(Cell.continuation(style: .plain).text.isEmpty)
  }
}
