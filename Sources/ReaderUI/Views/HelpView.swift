/// Draws the help overlay: every binding of the key map, by section, in a box.
///
/// Drawn from `KeyMap.helpLines`, so it can never disagree with what the
/// keys do. Taller lists scroll with the movement keys.
public enum HelpView {
  static let title = " Keys — q, Esc or h closes "

  /// The text lines of the help, before clipping.
  static func lines(keyMap: KeyMap) -> [(String, String, isSection: Bool)] {
    var result: [(String, String, isSection: Bool)] = []
    let sections = keyMap.helpLines
    for (n, section) in sections.enumerated() {
      if n > 0 { result.append(("", "", false)) }
      result.append((section.section, "", true))
      for line in section.lines { result.append((line.keys, line.help, false)) }
    }
    result.append(("", "", false))
    result.append(("Speaker tags", "", true))
    result.append(("[Name]", "named beside the quotation, or through a pronoun or role", false))
    result.append(("[Name?]", "carried over from earlier speech: a likely guess", false))
    result.append(("[?]", "nobody named", false))
    return result
  }

  /// The box the help is drawn in.
  static func box(size: Size) -> Rect {
    let width = min(size.width, 76)
    let height = max(0, size.height - 2)
    return Rect(x: (size.width - width) / 2, y: 0, width: width, height: height)
  }

  /// How far the help can scroll at a size.
  public static func maximumScroll(size: Size, keyMap: KeyMap) -> Int {
    max(0, lines(keyMap: keyMap).count - max(1, box(size: size).height - 2))
  }

  public static func draw(into screen: inout Screen, size: Size, scroll: Int, keyMap: KeyMap, theme: Theme) {
    let box = box(size: size)
    guard box.width >= 4, box.height >= 3 else { return }
    let inner = screen.drawFrame(box, title: title, style: theme.helpBorder)
    let all = lines(keyMap: keyMap)
    let widestKeys = all.filter { !$0.isSection }.map { DisplayWidth.width(of: $0.0) }.max() ?? 8
    let keysWidth = min(widestKeys + 2, max(8, inner.width / 2))
    for (i, line) in all.dropFirst(max(0, scroll)).prefix(inner.height).enumerated() {
      let y = inner.y + i
      if line.isSection {
        screen.put(" " + line.0, x: inner.x, y: y, style: theme.helpSection, clip: inner)
      } else {
        screen.put(
          " " + line.0, x: inner.x, y: y, style: theme.helpKey,
          clip: Rect(x: inner.x, y: y, width: keysWidth, height: 1))
        screen.put(line.1, x: inner.x + keysWidth + 1, y: y, clip: inner)
      }
    }
    if all.count - max(0, scroll) > inner.height {
      screen.put(" more: j/Down ", x: box.maxX - 16, y: box.maxY - 1, style: theme.helpBorder, clip: box)
    }
  }
}
