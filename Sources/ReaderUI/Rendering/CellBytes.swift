/// Two cells compared by their bytes: most cells of a new frame are compared with
/// the cell the terminal shows, and a cell is plain bytes (its text inline, see
/// `CellText`), so equal bytes are equal cells.
enum CellBytes {
  /// Whether `Cell` is laid out as `same` reads it: text in bytes 0–15, the width
  /// in byte 16, the style in bytes 17–21 (else cells are compared as values).
  static let isExpectedLayout: Bool =
    MemoryLayout<Cell>.offset(of: \Cell.content) == 0 && MemoryLayout<CellText>.size == 16
    && MemoryLayout<Cell>.offset(of: \Cell.width) == 16
    && MemoryLayout<Cell>.offset(of: \Cell.style) == 17 && MemoryLayout<Style>.size == 5

  /// Whether two cells have the same text, width and style bytes (the layout must be
  /// the expected one). Bytes past the style (padding) are not read.
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
}
