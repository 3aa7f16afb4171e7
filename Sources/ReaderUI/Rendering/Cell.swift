/// One column of the screen.
///
/// A wide grapheme (CJK, most emoji) occupies its cell and the next one; the
/// next one is then a *continuation* cell whose `text` is empty. Text is
/// always safe to print: layout has already replaced controls with visible marks.
///
/// A cell is plain bytes (its text is kept inline, see `CellText`): grids are
/// made, compared and dropped at every frame without reference counting.
public struct Cell: Hashable, Sendable {
  /// The grapheme drawn here (empty for a continuation cell).
  public var content: CellText
  /// Display columns the grapheme takes (1 or 2; 0 for a continuation cell).
  public var width: UInt8
  public var style: Style

  public init(text: String, width: UInt8 = 1, style: Style = .plain) {
    self.init(content: CellText(text), width: width, style: style)
  }

  @inline(__always)
  public init(content: CellText, width: UInt8 = 1, style: Style = .plain) {
    self.content = content
    self.width = width
    self.style = style
  }

  /// The grapheme drawn here ("" for a continuation cell).
  public var text: String {
    get { content.string }
    set { content = CellText(newValue) }
  }

  public static let blank = Cell(content: CellText(ascii: 0x20))
  public static func continuation(style: Style) -> Cell {
    Cell(content: CellText(""), width: 0, style: style)
  }

  public var isContinuation: Bool { width == 0 }
}
