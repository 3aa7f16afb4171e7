extension Screen {
  /// Clears `box` and draws a line border round it with `title` in the top edge.
  ///
  ///     ┌─ title ──────┐
  ///     │              │
  ///     └──────────────┘
  ///
  /// - Returns: The rectangle inside the border.
  @discardableResult
  mutating func drawFrame(_ box: Rect, title: String, style: Style) -> Rect {
    fill(box)
    let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
    guard box.width >= 2, box.height >= 2 else { return inner }
    let edge = String(repeating: "─", count: box.width - 2)
    put("┌" + edge + "┐", x: box.x, y: box.y, style: style)
    put("└" + edge + "┘", x: box.x, y: box.maxY - 1, style: style)
    for y in inner.y..<inner.maxY {
      put("│", x: box.x, y: y, style: style)
      put("│", x: box.maxX - 1, y: y, style: style)
    }
    put(
      title, x: box.x + 2, y: box.y, style: style,
      clip: Rect(x: box.x + 1, y: box.y, width: box.width - 2, height: 1))
    return inner
  }
}
