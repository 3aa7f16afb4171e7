extension Screen {
  /// A stretch of neighbouring cells on one row that must be sent to the terminal.
  ///
  /// A run names its place on the screen (a row and a range of columns); it
  /// copies no cells: read them from the new screen with `cells(of:)`. A run
  /// never starts on the continuation half of a wide grapheme and never ends
  /// on its first half: a wide grapheme is always sent whole.
  public struct Run: Hashable, Sendable {
    public var row: Int
    /// The run's columns, left to right (never empty).
    public var columns: Range<Int>

    public init(row: Int, columns: Range<Int>) {
      self.row = row
      self.columns = columns
    }

    /// The column of the run's first cell.
    public var column: Int { columns.lowerBound }
    /// The column after the run's last cell.
    public var endColumn: Int { columns.upperBound }
  }

  /// The cells a run covers on this screen (a view into the grid, not a copy).
  ///
  /// - Precondition: `run` lies within this screen, as the runs of
  ///   `changedRuns(since:)` called on this screen do.
  public func cells(of run: Run) -> ArraySlice<Cell> {
    let base = run.row * size.width
    return cells[(base + run.columns.lowerBound)..<(base + run.columns.upperBound)]
  }

  /// The runs of cells that differ from `previous`, row by row, left to right.
  ///
  /// With no previous screen, or one of another size, every row is one run
  /// (a full redraw). A wide grapheme counts as changed when either of its
  /// two cells changed, in the old screen or the new one, and is then resent
  /// whole:
  ///
  ///     old  | a | 中    | b |        new  | a | x | y | b |
  ///     run            ^^^^^                 (columns 1–2)
  ///
  /// - Parameter previous: What the terminal shows now, or `nil` if unknown.
  public func changedRuns(since previous: Screen?) -> [Run] {
    let width = size.width
    guard width > 0, size.height > 0 else { return [] }
    guard let previous, previous.size == size else {
      return (0..<size.height).map { row in
        Run(row: row, columns: 0..<width)
      }
    }
    var runs: [Run] = []
    cells.withUnsafeBufferPointer { new in
      previous.cells.withUnsafeBufferPointer { old in
        Self.appendChangedRuns(new: new, old: old, width: width, height: size.height, to: &runs)
      }
    }
    return runs
  }

  /// The work of `changedRuns(since:)` on two grids of the same size, read in
  /// place (no copies of cells, no reference counting, no bounds checks).
  private static func appendChangedRuns(
    new: UnsafeBufferPointer<Cell>, old: UnsafeBufferPointer<Cell>, width: Int, height: Int,
    to runs: inout [Run]
  ) {
    var changed = [Bool](repeating: false, count: width)
    // A cell's text compared by its two words first: equal words are the same string
    // (small strings are stored inline, so equal short texts have equal words); only
    // differing words need a comparison of the characters.
    let textOffset = MemoryLayout<Cell>.offset(of: \Cell.text)!
    let newBase = UnsafeRawPointer(new.baseAddress!)
    let oldBase = UnsafeRawPointer(old.baseAddress!)
    let stride = MemoryLayout<Cell>.stride
    for row in 0..<height {
      let base = row * width
      var any = false
      for x in 0..<width {
        let i = base + x
        // The cheap fields first; the text last.
        if new[i].width != old[i].width || new[i].style != old[i].style {
          changed[x] = true
          any = true
          continue
        }
        let a = newBase + i * stride + textOffset
        let b = oldBase + i * stride + textOffset
        if a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
          && a.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            == b.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        {
          continue
        }
        if new[i].text != old[i].text {
          changed[x] = true
          any = true
        }
      }
      guard any else { continue }
      // Widen each change to the whole grapheme it belongs to, in either screen.
      // (Marking a lead to the left needs no further widening: the lead was
      // unchanged, so it is the same wide cell in both screens.)
      var x = 0
      while x < width {
        if changed[x] {
          let i = base + x
          if x > 0
            && ((new[i].isContinuation && new[i - 1].width == 2)
              || (old[i].isContinuation && old[i - 1].width == 2))
          {
            changed[x - 1] = true
          }
          if x + 1 < width && (new[i].width == 2 || old[i].width == 2) {
            changed[x + 1] = true
          }
        }
        x += 1
      }
      x = 0
      while x < width {
        guard changed[x] else {
          x += 1
          continue
        }
        let start = x
        while x < width && changed[x] {
          changed[x] = false
          x += 1
        }
        runs.append(Run(row: row, columns: start..<x))
      }
    }
  }

  /// What the terminal must draw at a cell, or `nil` for the second half of a wide grapheme.
  ///
  /// Tolerates grids that were drawn over carelessly: a continuation cell
  /// whose left neighbour is not wide, and a wide grapheme without its
  /// continuation (or in the last column), are drawn as a blank in their style,
  /// so the terminal's columns always agree with the grid's.
  public func drawableCell(x: Int, y: Int) -> Cell? {
    let cell = self[x, y]
    if cell.isContinuation {
      if x > 0 && self[x - 1, y].width == 2 { return nil }
      return Cell(text: " ", width: 1, style: cell.style)
    }
    if cell.width == 2 {
      if x + 1 < size.width && self[x + 1, y].isContinuation { return cell }
      return Cell(text: " ", width: 1, style: cell.style)
    }
    if cell.width != 1 || cell.text.isEmpty {
      return Cell(text: " ", width: 1, style: cell.style)
    }
    return cell
  }
}
