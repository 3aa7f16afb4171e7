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
    // A letter under eleven combining marks: 1 + 11 × 2 bytes, more than fits.
    let piled = "a" + String(repeating: "\u{301}", count: 11)
    let kept = CellText(piled)
    #expect(kept.count == 23)
    #expect(kept.string == "a" + String(repeating: "\u{301}", count: 11))
    let longer = "a" + String(repeating: "\u{301}", count: 12)
    #expect(CellText(longer).string == kept.string)
    // A scalar that would not fit whole is left out, never cut.
    let emoji = String(repeating: "x", count: 21) + "😀"
    #expect(CellText(emoji).string == String(repeating: "x", count: 21))
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
