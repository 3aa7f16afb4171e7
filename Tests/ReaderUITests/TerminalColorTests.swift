import ReaderUI
import Testing

@Suite struct TerminalColorTests {
  @Test(arguments: [
    (UInt8(0), 0), (1, 1), (7, 7),  // the basic eight are themselves
    (9, 1), (15, 7),  // bright versions map to their basic colour
    (196, 1),  // pure red in the cube
    (46, 2),  // pure green
    (21, 4),  // pure blue
    (226, 3),  // yellow
    (51, 6),  // cyan
    (201, 5),  // magenta
    (16, 0),  // cube black
    (232, 0),  // darkest grey
    (255, 7),  // lightest grey
    (208, 3),  // orange looks more yellow than red
  ])
  func paletteEntriesMapToTheNearestBasicColour(index: UInt8, basic: Int) {
    #expect(TerminalColor.nearestBasicColor(to: index) == basic)
  }

  @Test func eightColourTerminalsGetBasicColours() {
    #expect(TerminalColor.number(for: .palette(196), depth: .eight, available: 8) == 1)
    #expect(TerminalColor.number(for: .palette(3), depth: .eight, available: 8) == 3)
    #expect(TerminalColor.number(for: .default, depth: .eight, available: 8) == -1)
  }

  @Test func manyColourTerminalsKeepThePalette() {
    #expect(TerminalColor.number(for: .palette(196), depth: .many, available: 256) == 196)
    #expect(TerminalColor.number(for: .palette(196), depth: .many, available: 16) == 1)
  }

  @Test func noColourMeansTheTerminalsOwnColours() {
    #expect(TerminalColor.number(for: .palette(196), depth: .none, available: 256) == -1)
    #expect(TerminalColor.number(for: .palette(1), depth: .none, available: 256) == -1)
  }
}
