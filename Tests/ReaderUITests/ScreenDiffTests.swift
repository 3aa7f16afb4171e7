import ReaderUI
import Testing

@Suite struct ScreenDiffTests {
  /// A screen of `width` x `rows.count` with each row's text drawn from column 0.
  private func screen(width: Int, _ rows: [String]) -> Screen {
    var screen = Screen(size: Size(width: width, height: rows.count))
    for (y, row) in rows.enumerated() { screen.put(row, x: 0, y: y) }
    return screen
  }

  /// Runs as `row:column:text` (continuation cells shown as `~`).
  private func describe(_ runs: [Screen.Run], on screen: Screen) -> [String] {
    runs.map { run in
      "\(run.row):\(run.column):" + screen.cells(of: run).map { $0.isContinuation ? "~" : $0.text }.joined()
    }
  }

  @Test func identicalScreensHaveNoRuns() {
    let a = screen(width: 6, ["hello", "world"])
    #expect(a.changedRuns(since: a).isEmpty)
  }

  @Test func withoutPreviousEveryRowIsSentWhole() {
    let a = screen(width: 4, ["ab", "中"])
    #expect(describe(a.changedRuns(since: nil), on: a) == ["0:0:ab  ", "1:0:中~  "])
  }

  @Test func aPreviousScreenOfAnotherSizeForcesAFullRedraw() {
    let old = screen(width: 3, ["abc"])
    let new = screen(width: 4, ["abc"])
    #expect(describe(new.changedRuns(since: old), on: new) == ["0:0:abc "])
  }

  @Test(arguments: [
    // (old, new, expected runs)
    ("hello", "hallo", ["0:1:a"]),
    ("hello", "jelly", ["0:0:j", "0:4:y"]),
    ("abcdef", "aXYdef", ["0:1:XY"]),
    ("abcdef", "abcdeZ", ["0:5:Z"]),
  ])
  func narrowChangesAreMinimalRuns(old: String, new: String, expected: [String]) {
    let runs = screen(width: 6, [new]).changedRuns(since: screen(width: 6, [old]))
    #expect(describe(runs, on: screen(width: 6, [new])) == expected)
  }

  @Test func onlyChangedRowsAppear() {
    let old = screen(width: 5, ["one", "two", "three"])
    let new = screen(width: 5, ["one", "tWo", "three"])
    #expect(describe(new.changedRuns(since: old), on: new) == ["1:1:W"])
  }

  @Test func aWideGraphemeReplacingNarrowOnesIsSentWhole() {
    let runs = screen(width: 5, ["a中b"]).changedRuns(since: screen(width: 5, ["axxb"]))
    #expect(describe(runs, on: screen(width: 5, ["a中b"])) == ["0:1:中~"])
  }

  @Test func changingOnlyTheRightHalfOfAnOldWideGraphemeResendsTheLeftHalf() {
    // Old: a 中 (columns 1-2). Only column 2 is drawn over, with "y".
    let old = screen(width: 4, ["a中"])
    var new = old
    new[2, 0] = Cell(text: "y")
    let runs = new.changedRuns(since: old)
    #expect(describe(runs, on: new) == ["0:1:中y"])
    // The half-overwritten grapheme is drawn as a blank, so columns stay aligned.
    #expect(new.drawableCell(x: 1, y: 0) == Cell(text: " "))
  }

  @Test func restylingTheContinuationHalfResendsTheWholeGrapheme() {
    let old = screen(width: 4, ["中"])
    var new = old
    new[1, 0] = .continuation(style: Style(attributes: .bold))
    #expect(describe(new.changedRuns(since: old), on: new) == ["0:0:中~"])
  }

  @Test func restylingTheLeadHalfIncludesTheContinuation() {
    let old = screen(width: 4, ["x中"])
    var new = old
    new[1, 0].style = Style(attributes: .reverse)
    #expect(describe(new.changedRuns(since: old), on: new) == ["0:1:中~"])
  }

  @Test func aNarrowCharacterOverTheRightHalfOfAnOldWideOneResendsTheLeft() {
    // Old: 中 at 0-1. New: a wide grapheme shifted right: "x中" (0 = x, 1-2 = 中).
    let old = screen(width: 4, ["中ab"])
    let new = screen(width: 4, ["x中b"])
    #expect(describe(new.changedRuns(since: old), on: new) == ["0:0:x中~"])
  }

  @Test func neighbouringWideGraphemesMergeIntoOneRun() {
    let old = screen(width: 6, ["中文字"])
    let new = screen(width: 6, ["中字文"])
    #expect(describe(new.changedRuns(since: old), on: new) == ["0:2:字~文~"])
  }

  @Test func aStyleChangeAloneIsAChange() {
    let old = screen(width: 3, ["abc"])
    var new = old
    new.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.attributes = .bold }
    let runs = new.changedRuns(since: old)
    #expect(describe(runs, on: new) == ["0:1:b"])
    #expect(runs.first.flatMap { new.cells(of: $0).first }?.style.attributes == .bold)
  }

  @Test func emptyScreenHasNoRuns() {
    let empty = Screen(size: Size(width: 0, height: 0))
    #expect(empty.changedRuns(since: nil).isEmpty)
  }

  @Test func drawableCellSkipsContinuationsAndBlanksOrphans() {
    var grid = screen(width: 4, ["中a"])
    #expect(grid.drawableCell(x: 0, y: 0)?.text == "中")
    #expect(grid.drawableCell(x: 1, y: 0) == nil)
    #expect(grid.drawableCell(x: 2, y: 0)?.text == "a")
    // Overwrite the lead with a narrow cell: the continuation is now an orphan.
    grid[0, 0] = Cell(text: "b")
    #expect(grid.drawableCell(x: 1, y: 0) == Cell(text: " "))
    // A wide cell in the last column has no room for its second half.
    grid[3, 0] = Cell(text: "文", width: 2)
    #expect(grid.drawableCell(x: 3, y: 0) == Cell(text: " "))
    // A wide cell whose continuation was overwritten.
    grid[0, 0] = Cell(text: "文", width: 2)
    grid[1, 0] = Cell(text: "c")
    #expect(grid.drawableCell(x: 0, y: 0) == Cell(text: " "))
  }
}
