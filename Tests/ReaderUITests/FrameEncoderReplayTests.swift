import ReaderUI
import TestSupport
import Testing

/// Frames encoded one after another and played back on a small model of a terminal:
/// after each frame the model must show exactly the frame's cells, whatever shortcuts
/// the encoder took (stretches written at once, blanks erased or cleared, unchanged
/// cells rewritten or moved over, styles kept across cells).
@Suite struct FrameEncoderReplayTests {
  /// Readable codes, as in `FrameEncoderTests`; every move names its row and column.
  private static let codes = TerminalCodes(
    cursorAddressing: .custom({ row, column in Array("<m\(row),\(column)>".utf8) }),
    clearScreen: Array("<clear>".utf8), resetStyle: Array("<0>".utf8),
    clearToEndOfLine: Array("<el>".utf8), eraseCharacters: { Array("<ech\($0)>".utf8) },
    bold: Array("<b>".utf8), dim: Array("<d>".utf8), underline: Array("<u>".utf8),
    reverse: Array("<r>".utf8), italic: Array("<i>".utf8), standout: Array("<s>".utf8),
    setForeground: { Array("<f\($0)>".utf8) }, setBackground: { Array("<g\($0)>".utf8) },
    colorDepth: .many, colorCount: 256, canWriteBottomRight: true)

  /// What a terminal shows: a character and a style per cell, and where writing goes.
  struct Model {
    var cells: [[(Character, Style)]]
    var row = 0
    var column = 0
    var style = Style.plain
    var problems: [String] = []

    init(size: Size) {
      cells = Array(repeating: Array(repeating: (" ", .plain), count: size.width), count: size.height)
    }

    mutating func play(_ output: String) {
      var rest = Substring(output)
      while let first = rest.first {
        if first == "<", let close = rest.firstIndex(of: ">") {
          code(String(rest[rest.index(after: rest.startIndex)..<close]))
          rest = rest[rest.index(after: close)...]
        } else {
          write(first)
          rest = rest.dropFirst()
        }
      }
    }

    private mutating func write(_ character: Character) {
      guard row < cells.count, column < cells[row].count else {
        problems.append("\(character) written past the edge at \(row),\(column)")
        return
      }
      cells[row][column] = (character, style)
      column += 1
    }

    private mutating func blank(_ columns: Range<Int>) {
      for x in columns where row < cells.count && x < cells[row].count {
        cells[row][x] = (" ", style)
      }
    }

    private mutating func code(_ code: String) {
      let width = cells.first?.count ?? 0
      switch code {
      case "clear":
        cells = cells.map { $0.map { _ in (" ", style) } }
      case "0": style = .plain
      case "b": style.attributes.insert(.bold)
      case "u": style.attributes.insert(.underline)
      case "el": blank(column..<width)
      default:
        if code.hasPrefix("m") {
          let numbers = code.dropFirst().split(separator: ",").compactMap { Int($0) }
          (row, column) = (numbers[0], numbers[1])
        } else if code.hasPrefix("ech"), let count = Int(code.dropFirst(3)) {
          blank(column..<column + count)
        } else if code.hasPrefix("f"), let number = UInt8(code.dropFirst()) {
          style.foreground = .palette(number)
        } else if code.hasPrefix("g"), let number = UInt8(code.dropFirst()) {
          style.background = .palette(number)
        } else {
          problems.append("unknown code <\(code)>")
        }
      }
    }

    /// The rows that differ from `screen`, as "row: shown | wanted".
    func differences(from screen: Screen) -> [String] {
      var found: [String] = []
      for y in 0..<screen.size.height {
        var shown = ""
        var wanted = ""
        var same = true
        for x in 0..<screen.size.width {
          let cell = screen[x, y]
          let text = cell.text.isEmpty ? " " : cell.text
          shown.append(cells[y][x].0)
          wanted += text
          if String(cells[y][x].0) != text || cells[y][x].1 != cell.style {
            same = false
          }
        }
        if !same { found.append("\(y): \(shown) | \(wanted)") }
      }
      return found
    }
  }

  /// A row of words, single spaces and long stretches of blanks, in three looks.
  private static func randomRow(width: Int, using generator: inout SeededGenerator) -> [(String, Style)] {
    let looks = [
      Style.plain, Style(foreground: .palette(1), attributes: .bold),
      Style(background: .palette(2)), Style(attributes: .underline),
    ]
    var pieces: [(String, Style)] = []
    var used = 0
    while used < width {
      let look = looks[Int(generator.next() % UInt64(looks.count))]
      let text: String
      switch generator.next() % 4 {
      case 0: text = String(repeating: " ", count: 1 + Int(generator.next() % 15))
      case 1: text = " "
      default:
        let letters = Array("abcdefghij.,;'\"-")
        text = String((0..<(1 + Int(generator.next() % 7))).map { _ in letters[Int(generator.next() % 16)] })
      }
      let piece = String(text.prefix(width - used))
      pieces.append((piece, look))
      used += piece.count
    }
    return pieces
  }

  private static func frame(_ rows: [[(String, Style)]], width: Int) -> Screen {
    var screen = Screen(size: Size(width: width, height: rows.count))
    for (y, row) in rows.enumerated() {
      var x = 0
      for (text, style) in row {
        screen.put(text, x: x, y: y, style: style)
        x += text.count
      }
    }
    return screen
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
  func everyFrameShowsOnTheModelExactly(seed: UInt64) {
    var generator = SeededGenerator(state: seed)
    let width = 40
    var encoder = FrameEncoder(codes: Self.codes)
    var model = Model(size: Size(width: width, height: 5))
    var rows = (0..<5).map { _ in Self.randomRow(width: width, using: &generator) }
    for step in 0..<60 {
      // Each frame changes a few rows of the last one, or all of them.
      let changes = step % 7 == 0 ? 5 : 1 + Int(generator.next() % 3)
      for _ in 0..<changes {
        rows[Int(generator.next() % 5)] = Self.randomRow(width: width, using: &generator)
      }
      let screen = Self.frame(rows, width: width)
      var bytes: [UInt8] = []
      encoder.encode(screen, into: &bytes)
      model.play(String(decoding: bytes, as: UTF8.self))
      #expect(model.problems.isEmpty, "seed \(seed), frame \(step)")
      #expect(model.differences(from: screen) == [], "seed \(seed), frame \(step)")
      // Frames end in the plain style.
      #expect(model.style == .plain)
    }
  }
}
