import ReaderUI
import TestSupport
import Testing

/// The bytes a frame goes out as, written with readable codes: `<r,c>` moves
/// the cursor, `<clear>`, `<0>` (all attributes off), `<el>` (clear to the end
/// of the row), `<b>` bold, `<u>` underline, `<fN>` and `<gN>` colours.
@Suite struct FrameEncoderTests {
  private func codes(bottomRight: Bool = true) -> TerminalCodes {
    func code(_ text: String) -> [UInt8] { Array(text.utf8) }
    return TerminalCodes(
      cursorAddressing: .custom({ row, column in Array("<\(row),\(column)>".utf8) }),
      clearScreen: code("<clear>"), resetStyle: code("<0>"), clearToEndOfLine: code("<el>"),
      eraseCharacters: { Array("<ech\($0)>".utf8) },
      bold: code("<b>"), dim: code("<d>"), underline: code("<u>"), reverse: code("<r>"),
      italic: code("<i>"), standout: code("<s>"),
      setForeground: { Array("<f\($0)>".utf8) }, setBackground: { Array("<g\($0)>".utf8) },
      colorDepth: .many, colorCount: 256, canWriteBottomRight: bottomRight)
  }

  private func screen(width: Int, _ rows: [String]) -> Screen {
    var screen = Screen(size: Size(width: width, height: rows.count))
    for (y, row) in rows.enumerated() { screen.put(row, x: 0, y: y) }
    return screen
  }

  /// Encodes the frames one after another; the text of each frame's bytes.
  private func encode(_ frames: [Screen], with codes: TerminalCodes? = nil, terminal: Size? = nil)
    -> [String]
  {
    var encoder = FrameEncoder(codes: codes ?? self.codes())
    return frames.map { frame in
      var bytes: [UInt8] = []
      encoder.encode(frame, terminal: terminal, into: &bytes)
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  @Test func theFirstFrameClearsAndWritesOnlyWhatIsNotBlank() {
    let frame = screen(width: 8, ["ab", "   c"])
    #expect(encode([frame]) == ["<0><clear><0,0>ab<1,3>c"])
  }

  @Test func aFrameLikeTheLastSendsNothing() {
    let frame = screen(width: 8, ["hello", "world"])
    #expect(encode([frame, frame]).last == "")
  }

  @Test func onlyTheChangedCellsGoOutEachAfterOneMove() {
    let old = screen(width: 10, ["hello", "world"])
    let new = screen(width: 10, ["hallo", "wOrld!"])
    #expect(encode([old, new]).last == "<0,1>a<1,1>Orld!")
  }

  @Test func aFewUnchangedCellsBetweenChangesAreRewrittenNotMovedOver() {
    let old = screen(width: 20, ["ab cd     efghijk"])
    let new = screen(width: 20, ["Xb cY     efghijZ"])
    // Three unchanged cells cost less than a move; eleven do not.
    #expect(encode([old, new]).last == "<0,0>Xb cY<0,16>Z")
  }

  @Test func aStretchOfBlanksIsErasedInPlace() {
    let old = screen(width: 30, [String(repeating: "a", count: 20) + "  zz"])
    let new = screen(width: 30, [String(repeating: " ", count: 22) + "zz"])
    #expect(encode([old, new]).last == "<0,0><ech20>")
    // Few blanks are written.
    let short = screen(width: 30, ["aaaa" + String(repeating: " ", count: 18) + "zz"])
    #expect(encode([new, short]).last == "<0,0>aaaa")
    #expect(encode([short, new]).last == "<0,0>    ")
  }

  @Test func neighbouringChangesGoOutAsOneStretch() {
    let old = screen(width: 10, ["abcdef"])
    let new = screen(width: 10, ["aXYZef"])
    #expect(encode([old, new]).last == "<0,1>XYZ")
  }

  @Test func blanksToTheEndOfARowAreOneClear() {
    let old = screen(width: 10, ["abcdefghij"])
    let new = screen(width: 10, ["ab"])
    #expect(encode([old, new]).last == "<0,2><el>")
    // A short stretch of blanks is cheaper written than cleared.
    let short = screen(width: 10, ["abcdefgh"])
    #expect(encode([old, short]).last == "<0,8>  ")
  }

  @Test func stylesAreSetWhenTheyChangeAndResetAtTheEnd() {
    var new = Screen(size: Size(width: 10, height: 1))
    new.put("ab", x: 0, y: 0, style: Style(foreground: .palette(1), attributes: .bold))
    new.put("cd", x: 2, y: 0, style: Style(foreground: .palette(2), attributes: .bold))
    new.put("e", x: 4, y: 0)
    new.put("f", x: 5, y: 0, style: Style(attributes: .underline))
    #expect(encode([new]) == ["<0><clear><0,0><0><b><f1>ab<f2>cd<0>e<0><u>f<0>"])
  }

  @Test func coloursAreMappedToWhatTheTerminalHas() {
    var new = Screen(size: Size(width: 4, height: 1))
    new.put("a", x: 0, y: 0, style: Style(foreground: .palette(196), background: .palette(21)))
    var eight = codes()
    eight.colorDepth = .eight
    eight.colorCount = 8
    #expect(encode([new], with: eight) == ["<0><clear><0,0><f1><g4>a<0>"])
    var none = codes()
    none.colorDepth = .none
    #expect(encode([new], with: none) == ["<0><clear><0,0>a<0>"])
  }

  @Test func attributesTheTerminalCannotShowInColourAreLeftOutOfColouredCells() {
    var linux = codes()
    linux.attributesNotWithColor = [.underline, .dim]
    var new = Screen(size: Size(width: 6, height: 1))
    new.put("ab", x: 0, y: 0, style: Style(foreground: .palette(6), attributes: [.bold, .underline]))
    new.put("c", x: 2, y: 0, style: Style(attributes: .underline))
    new.put("d", x: 3, y: 0, style: Style(foreground: .palette(6), attributes: .underline))
    #expect(encode([new], with: linux) == ["<0><clear><0,0><0><b><f6>ab<0><u>c<0><f6>d<0>"])
  }

  @Test func aWideGraphemeGoesOutWholeWhenEitherHalfChanges() {
    // Over the second half of a wide grapheme: the whole grapheme's place is rewritten.
    let wide = screen(width: 6, ["中b"])
    let narrow = screen(width: 6, ["xyb"])
    #expect(encode([wide, narrow]).last == "<0,0>xy")
    // A wide grapheme over two narrow ones.
    let plain = screen(width: 6, ["abc"])
    let widened = screen(width: 6, ["a中"])
    #expect(encode([plain, widened]).last == "<0,1>中")
    // A wide grapheme cut by the last column is a blank.
    var cut = Screen(size: Size(width: 3, height: 1))
    cut.put("ab", x: 0, y: 0)
    cut[2, 0] = Cell(text: "中", width: 2)
    #expect(encode([cut]) == ["<0><clear><0,0>ab "])
  }

  @Test func wideGraphemesAreSentWholeAndHalvesLeftAloneAreBlanks() {
    // A wide grapheme over two narrow ones, and two swapped wide ones.
    #expect(encode([screen(width: 5, ["axxb"]), screen(width: 5, ["a中b"])]).last == "<0,1>中")
    #expect(encode([screen(width: 6, ["中文字"]), screen(width: 6, ["中字文"])]).last == "<0,2>字文")
    // A wide grapheme moved right by one: the old one's place is rewritten from its start.
    #expect(encode([screen(width: 4, ["中ab"]), screen(width: 4, ["x中b"])]).last == "<0,0>x中")
    // Only the right half of a wide grapheme drawn over: the left half becomes a blank.
    let old = screen(width: 4, ["a中"])
    var halved = old
    halved[2, 0] = Cell(text: "y")
    #expect(encode([old, halved]).last == "<0,1> y")
    // A restyled second half: the grapheme is sent again (a terminal styles it whole).
    var restyled = screen(width: 4, ["中"])
    restyled[1, 0] = .continuation(style: Style(attributes: .bold))
    #expect(encode([screen(width: 4, ["中"]), restyled]).last == "<0,0>中")
    // A restyled first half takes its second half along.
    var lead = screen(width: 4, ["x中"])
    lead[1, 0].style = Style(attributes: .reverse)
    #expect(encode([screen(width: 4, ["x中"]), lead]).last == "<0,1><0><r>中<0>")
  }

  @Test func orphanedHalvesAreBlanks() {
    var grid = Screen(size: Size(width: 4, height: 1))
    grid[0, 0] = Cell(text: "b")
    grid[1, 0] = .continuation(style: .plain)  // no wide grapheme to its left
    grid[2, 0] = Cell(text: "a")
    grid[3, 0] = Cell(text: "文", width: 2)  // no room for its second half
    #expect(encode([grid]) == ["<0><clear><0,0>b a "])
  }

  @Test func aStyleChangeAloneIsSent() {
    let old = screen(width: 3, ["abc"])
    var new = old
    new.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.attributes = .bold }
    #expect(encode([old, new]).last == "<0,1><0><b>b<0>")
  }

  @Test func controlCharactersThatReachACellAreNeverSent() {
    var new = Screen(size: Size(width: 6, height: 1))
    new[0, 0] = Cell(text: "\u{1B}")
    new[1, 0] = Cell(text: "\u{9B}")
    new[2, 0] = Cell(text: "\u{07}")
    new[3, 0] = Cell(text: "e\u{200D}")
    let sent = encode([new])[0]
    #expect(sent == "<0><clear><0,0>\u{FFFD}\u{FFFD}\u{FFFD}e")
    #expect(!sent.unicodeScalars.contains("\u{1B}") && !ControlCharacters.hasC1Control(sent))
  }

  @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
    let frame = screen(width: 3, ["abc", "def"])
    #expect(encode([frame], with: codes(bottomRight: false)) == ["<0><clear><0,0>abc<1,0>de"])
    #expect(encode([frame]) == ["<0><clear><0,0>abc<1,0>def"])
  }

  @Test func afterTheLastColumnTheCursorIsMovedAgain() {
    let old = screen(width: 3, ["abc", "def"])
    let new = screen(width: 3, ["abX", "Yef"])
    // The wrap after the last column is pending: the cursor is placed again.
    #expect(encode([old, new]).last == "<0,2>X<1,0>Y")
  }

  @Test func nothingIsWrittenBeyondASmallerTerminalAndTheNextFrameRepaints() {
    let big = screen(width: 6, ["abcdef", "ghijkl"])
    let sent = encode([big, big], terminal: Size(width: 4, height: 1))
    #expect(sent == ["<0><clear><0,0>abcd", "<0><clear><0,0>abcd"])
  }

  @Test func withoutAClearEveryCellOfARepaintIsWritten() {
    var noClear = codes()
    noClear.clearScreen = []
    let frame = screen(width: 14, ["ab", "  c"])
    #expect(encode([frame], with: noClear) == ["<0><0,0>ab<el><1,0>  c<el>"])
  }

  @Test func forgettingRepaintsEverything() {
    let frame = screen(width: 4, ["ab"])
    var encoder = FrameEncoder(codes: codes())
    var bytes: [UInt8] = []
    encoder.encode(frame, into: &bytes)
    encoder.forget()
    bytes = []
    encoder.encode(frame, into: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "<0><clear><0,0>ab")
  }

  @Test func ecma48MovesAreShortAndMoveRightAlongARow() {
    let old = screen(width: 12, ["a-----c", "", "x"])
    let new = screen(width: 12, ["X-----Y", "", "x"])
    let sent = encode([old, new], with: .ecma48()).last!
    #expect(sent == "\u{1B}[1HX\u{1B}[5CY")
    let lower = screen(width: 12, ["a-----c", "", "xz"])
    #expect(encode([old, lower], with: .ecma48()).last == "\u{1B}[3;2Hz")
  }

  @Test func aScrolledPaneIsRewrittenRowByRow() {
    let old = screen(width: 8, ["one", "two", "three", "four"])
    let new = screen(width: 8, ["two", "three", "four", "five"])
    #expect(encode([old, new]).last == "<0,0>two<1,1>hree<2,0>four <3,1>ive")
  }
}
