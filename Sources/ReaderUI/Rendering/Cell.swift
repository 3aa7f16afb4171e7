/// One column of the screen.
///
/// A wide grapheme (CJK, most emoji) occupies its cell and the next one; the
/// next one is then a *continuation* cell whose `text` is empty. Text is
/// always safe to print: layout has already replaced controls with visible marks.
public struct Cell: Hashable, Sendable {
  /// The grapheme drawn here ("" for a continuation cell).
  public var text: String
  /// Display columns the grapheme takes (1 or 2; 0 for a continuation cell).
  public var width: UInt8
  public var style: Style

  public init(text: String, width: UInt8 = 1, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  public static let blank = Cell(text: " ")
  public static func continuation(style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

  public var isContinuation: Bool { width == 0 }
}
