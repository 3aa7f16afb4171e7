/// Draws the bottom line: the prompt being typed, a message, or hints for the main keys.
public enum FooterView {
  public static func draw(
    into screen: inout Screen, rect: Rect, state: ReaderState, keyMap: KeyMap, theme: Theme
  ) {
    guard !rect.isEmpty else { return }
    if let prompt = state.prompt {
      var x = screen.put(prompt.label, x: rect.x, y: rect.y, style: theme.message, clip: rect)
      // Show the end of a long input, as shells do.
      let room = rect.maxX - x - 1
      var text = prompt.text
      while DisplayWidth.width(of: text) > room, !text.isEmpty { text.removeFirst() }
      x = screen.put(text, x: x, y: rect.y, clip: rect)
      screen.put(" ", x: x, y: rect.y, style: Style(attributes: [.reverse]), clip: rect)
      return
    }
    if let message = state.message {
      screen.put(
        message.text, x: rect.x, y: rect.y, style: message.isError ? theme.error : theme.message, clip: rect)
      return
    }
    // Whole hints only: one that does not fit is left out rather than cut.
    var x = rect.x
    for hint in keyMap.hints {
      let gap = x == rect.x ? 0 : 2
      let width = DisplayWidth.width(of: hint.keys) + 1 + DisplayWidth.width(of: hint.label)
      if x + gap + width > rect.maxX { break }
      x += gap
      x = screen.put(hint.keys, x: x, y: rect.y, style: theme.hintKey, clip: rect)
      x = screen.put(" " + hint.label, x: x, y: rect.y, style: theme.hintLabel, clip: rect)
    }
  }
}
