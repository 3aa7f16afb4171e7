/// An in-memory grid of cells that views draw into; the backend copies it to the terminal.
public struct Screen: Hashable, Sendable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]

  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    let count = max(0, size.width * size.height)
    self.cells = Array(repeating: fill, count: count)
  }

  /// Makes this a blank screen of `size`, in the storage it has when it is big enough.
  public mutating func clear(size: Size) {
    let count = max(0, size.width * size.height)
    if count == cells.count {
      withCells { cells in cells.update(repeating: .blank) }
    } else {
      cells = Array(repeating: .blank, count: count)
    }
    self.size = size
  }

  /// The cells of a rectangle that lies within the screen, row by row.
  func cells(in rect: Rect) -> [Cell] {
    var result: [Cell] = []
    result.reserveCapacity(rect.width * rect.height)
    for y in rect.y..<rect.maxY {
      let base = y * size.width
      result.append(contentsOf: cells[(base + rect.x)..<(base + rect.maxX)])
    }
    return result
  }

  /// Puts back cells taken with `cells(in:)` from a rectangle of the same size.
  mutating func paste(_ pasted: [Cell], in rect: Rect) {
    guard pasted.count == rect.width * rect.height else { return }
    let width = size.width
    withCells { cells in
      for row in 0..<rect.height {
        let base = (rect.y + row) * width + rect.x
        for x in 0..<rect.width { cells[base + x] = pasted[row * rect.width + x] }
      }
    }
  }

  /// Runs `body` on the grid's cells in place (one uniqueness check, not one per cell).
  mutating func withCells<R>(_ body: (UnsafeMutableBufferPointer<Cell>) -> R) -> R {
    cells.withUnsafeMutableBufferPointer { body($0) }
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set { cells[y * size.width + x] = newValue }
  }

  /// Fills a rectangle (clipped to the screen) with one cell.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
    guard let (columns, rows) = onScreen(rect) else { return }
    for y in rows {
      for x in columns { cells[y * size.width + x] = cell }
    }
  }

  /// Sets the style of every cell in a rectangle, keeping the text.
  public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
    guard let (columns, rows) = onScreen(rect) else { return }
    for y in rows {
      for x in columns { transform(&cells[y * size.width + x].style) }
    }
  }

  /// The columns and rows of a rectangle that are on the screen; `nil` when none is.
  private func onScreen(_ rect: Rect) -> (columns: Range<Int>, rows: Range<Int>)? {
    let left = max(0, rect.x)
    let top = max(0, rect.y)
    let right = min(size.width, rect.maxX)
    let bottom = min(size.height, rect.maxY)
    guard left < right, top < bottom else { return nil }
    return (left..<right, top..<bottom)
  }

  /// Draws text from (x, y), clipped to `clip` (the whole screen by default).
  ///
  /// A wide grapheme that would straddle the clip's right edge is not drawn
  /// and the column is left blank in `style`.
  /// - Returns: The column after the last one written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil
  ) -> Int {
    let area = clip ?? bounds
    let x1 = min(area.maxX, size.width)
    guard y >= max(0, area.y), y < min(area.maxY, size.height) else { return x }
    let x0 = max(0, area.x)
    let rowStart = y * size.width
    return withCells { cells in
      var column = x
      // The bytes in place while they are lone ASCII characters, as news text mostly is
      // (the bulk of `Scripts/bench-profile frame 250x70 20`).
      var consumed = 0
      let finished =
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
          let count = bytes.count
          while consumed < count {
            if column >= x1 { return true }
            let byte = bytes[consumed]
            let following: UInt8? = consumed + 1 < count ? bytes[consumed + 1] : nil
            guard DisplayWidth.isLoneASCII(byte, followedBy: following) else { return false }
            if column >= x0 {
              cells[rowStart + column] = Cell(content: CellText(ascii: byte), width: 1, style: style)
            }
            column += 1
            consumed += 1
          }
          return true
        } ?? false
      if finished { return column }
      // Writes one unit at `column`; gives the column to return once the clip's edge is reached.
      func place(_ unit: DisplayWidth.Unit) -> Int? {
        if column + unit.width > x1 {
          if column < x1 && column >= x0 {
            cells[rowStart + column] = Cell(text: " ", width: 1, style: style)
          }
          return x1
        }
        if column >= x0 && unit.width > 0 {
          cells[rowStart + column] = Cell(text: unit.text, width: UInt8(unit.width), style: style)
          if unit.width == 2 {
            cells[rowStart + column + 1] = .continuation(style: style)
          }
        }
        column += unit.width
        return nil
      }
      // The rest grapheme by grapheme (`consumed` ends a lone ASCII character: a grapheme boundary).
      let utf8 = text.utf8
      var i = utf8.index(utf8.startIndex, offsetBy: consumed)
      while i != utf8.endIndex {
        if column >= x1 { break }
        // A printable ASCII character standing alone is one cell showing itself: no grapheme
        // breaking (`Scripts/bench-profile frame 250x70 20`).
        let byte = utf8[i]
        let next = utf8.index(after: i)
        if DisplayWidth.isLoneASCII(byte, followedBy: next == utf8.endIndex ? nil : utf8[next]) {
          if column >= x0 {
            cells[rowStart + column] = Cell(content: CellText(ascii: byte), width: 1, style: style)
          }
          column += 1
          i = next
          continue
        }
        let character = text[i]
        i = text.index(after: i)
        if let unit = DisplayWidth.singleUnit(of: character) {
          if let end = place(unit) { return end }
        } else {
          for unit in DisplayWidth.units(of: character) {
            if let end = place(unit) { return end }
          }
        }
      }
      return column
    }
  }

  /// The text of each row, trailing spaces removed: what a person would read.
  public var lines: [String] {
    (0..<size.height).map { row in
      var line = ""
      for x in 0..<size.width { line += self[x, row].text }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The rows joined by newlines (handy in tests).
  public var text: String { lines.joined(separator: "\n") }
}
