/// Where each part of the reader goes on a screen of a given size.
///
///     +-----------------------------------+--------------------+
///     | article pane                      x| side pane (tabs)   |
///     |                                   x| entries            |
///     +-----------------------------------+--------------------+
///     | status line                                            |
///     | footer: hints, prompt or message                       |
///     +--------------------------------------------------------+
///
/// `x` is a one-column separator, after a blank column. The side pane takes a third of the width,
/// at least `ReaderState.sidePaneMinimumWidth` columns; it is shown by
/// default from `ReaderState.sidePaneMinimumTerminalWidth` columns, and never
/// when it would leave the article fewer than 20 columns.
public struct ScreenLayout: Hashable, Sendable {
  public var article: Rect
  public var side: Rect?
  public var separator: Rect?
  public var status: Rect
  public var footer: Rect
  /// Whether the screen is below `ReaderState.minimumSize` (only a message is drawn).
  public var isTooSmall: Bool

  public init(size: Size, sidePaneChoice: Bool?) {
    let minimum = ReaderState.minimumSize
    isTooSmall = size.width < minimum.width || size.height < minimum.height
    let paneHeight = max(0, size.height - 2)
    status = Rect(x: 0, y: max(0, size.height - 2), width: size.width, height: size.height >= 2 ? 1 : 0)
    footer = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: size.height >= 1 ? 1 : 0)
    let sideWidth = max(ReaderState.sidePaneMinimumWidth, size.width / 3)
    let wantsSide = sidePaneChoice ?? (size.width >= ReaderState.sidePaneMinimumTerminalWidth)
    if wantsSide && !isTooSmall && size.width - sideWidth - 2 >= 20 {
      let articleWidth = size.width - sideWidth - 2
      article = Rect(x: 0, y: 0, width: articleWidth, height: paneHeight)
      separator = Rect(x: articleWidth + 1, y: 0, width: 1, height: paneHeight)
      side = Rect(x: articleWidth + 2, y: 0, width: sideWidth, height: paneHeight)
    } else {
      article = Rect(x: 0, y: 0, width: size.width, height: paneHeight)
      separator = nil
      side = nil
    }
  }

  /// Whether a point is inside a rectangle.
  public static func contains(_ rect: Rect?, x: Int, y: Int) -> Bool {
    guard let rect else { return false }
    return x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY
  }
}
