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
    // Most cells are unchanged, so first a look at their bytes: a text's two words (equal
    // words are the same string: short texts are stored inline), then the width and the
    // style, six plain bytes side by side. Equal bytes are equal cells; cells whose bytes
    // differ are compared field by field (different bytes may still be equal values).
    let layout = CellBytes.layout
    let newBase = UnsafeRawPointer(new.baseAddress!)
    let oldBase = UnsafeRawPointer(old.baseAddress!)
    for row in 0..<height {
      let base = row * width
      // One pass: the run being built starts at `open`; `widened` marks a cell that must go
      // because the wide grapheme to its left went.
      var open = -1
      var widened = false
      for x in 0..<width {
        let i = base + x
        var changed = widened
        widened = false
        if !changed {
          if let layout, layout.sameBytes(newBase + i * layout.stride, oldBase + i * layout.stride) {
            changed = false
          } else {
            changed =
              new[i].width != old[i].width || new[i].style != old[i].style || new[i].content != old[i].content
          }
        }
        guard changed else {
          if open >= 0 {
            runs.append(Run(row: row, columns: open..<x))
            open = -1
          }
          continue
        }
        // Widen the change to the whole grapheme it belongs to, in either screen. (A lead
        // to the left needs no further widening: it was unchanged, so it is the same wide
        // cell in both screens.)
        var start = x
        if x > 0
          && ((new[i].isContinuation && new[i - 1].width == 2)
            || (old[i].isContinuation && old[i - 1].width == 2))
        {
          start = x - 1
        }
        if x + 1 < width && (new[i].width == 2 || old[i].width == 2) { widened = true }
        if open < 0 {
          if start < x, let last = runs.last, last.row == row, last.endColumn == start {
            open = runs.removeLast().column  // the lead joins the run just ended
          } else {
            open = start
          }
        }
      }
      if open >= 0 { runs.append(Run(row: row, columns: open..<width)) }
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
    if cell.width != 1 || cell.content.isEmpty {
      return Cell(text: " ", width: 1, style: cell.style)
    }
    return cell
  }
}

/// Where a cell's bytes lie, for a quick look at whether two cells are the same
/// (`nil` when the layout is not the expected one).
struct CellBytes {
  let stride: Int
  let key: Int

  static let layout: CellBytes? = {
    guard MemoryLayout<Cell>.offset(of: \Cell.content) == 0, MemoryLayout<CellText>.size == 16,
      let width = MemoryLayout<Cell>.offset(of: \Cell.width),
      let style = MemoryLayout<Cell>.offset(of: \Cell.style),
      width == 16, style == width + 1, MemoryLayout<Style>.size == 5
    else { return nil }
    return CellBytes(stride: MemoryLayout<Cell>.stride, key: width)
  }()

  /// `sameBytes` with the offsets `layout` checked (text 0–15, width 16, style 17–21).
  @inline(__always)
  static func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
    a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
      && a.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        == b.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
      && a.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        == b.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      && a.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        == b.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
  }

  /// Whether two cells have the same text bytes and the same width and style bytes.
  @inline(__always)
  func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
    a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
      && a.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        == b.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      && a.loadUnaligned(fromByteOffset: key, as: UInt32.self)
        == b.loadUnaligned(fromByteOffset: key, as: UInt32.self)
      && a.loadUnaligned(fromByteOffset: key + 4, as: UInt16.self)
        == b.loadUnaligned(fromByteOffset: key + 4, as: UInt16.self)
  }
}
