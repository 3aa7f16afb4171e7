import ReaderUI
import Testing

@testable import CursesBackend

@Suite struct ColorPairTableTests {
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
    #expect(ColorPairTable.nearestBasicColor(to: index) == basic)
  }

  @Test func eightColourTerminalsGetBasicColours() {
    let table = ColorPairTable(depth: .eight, available: 8, pairs: 64)
    #expect(table.terminalColor(.palette(196)) == 1)
    #expect(table.terminalColor(.palette(3)) == 3)
    #expect(table.terminalColor(.default) == -1)
  }

  @Test func manyColourTerminalsKeepThePalette() {
    let table = ColorPairTable(depth: .many, available: 256, pairs: 256)
    #expect(table.terminalColor(.palette(196)) == 196)
    let sixteen = ColorPairTable(depth: .many, available: 16, pairs: 256)
    #expect(sixteen.terminalColor(.palette(196)) == 1)
  }

  @Test func noColourMeansPairZeroAlways() {
    var table = ColorPairTable(depth: .none, available: 256, pairs: 256)
    #expect(table.terminalColor(.palette(196)) == -1)
    #expect(table.pair(for: Style(foreground: .palette(1), background: .palette(4))) == 0)
  }

  @Test func theTerminalsOwnColoursArePairZero() {
    var table = ColorPairTable(depth: .many, available: 256, pairs: 256)
    #expect(table.pair(for: .plain) == 0)
    #expect(table.pair(for: Style(attributes: .bold)) == 0)
  }
}
