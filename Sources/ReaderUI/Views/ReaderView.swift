/// Draws the whole reader for a state: panes, status line, footer, and the help on top.
///
/// A pure function of the state: the same state always gives the same screen.
public enum ReaderView {
  /// The message shown on a terminal too small to read in.
  public static let tooSmallMessage = "Terminal too small"

  public static func render(_ state: ReaderState, theme: Theme, keyMap: KeyMap = .default) -> Screen {
    render(state, theme: theme, keyMap: keyMap, reusing: nil)
  }

  /// `render(_:theme:keyMap:)` into the storage of a screen no longer needed
  /// (the frame before last), which saves making and freeing a grid per frame.
  public static func render(
    _ state: ReaderState, theme: Theme, keyMap: KeyMap = .default, reusing spare: consuming Screen?
  ) -> Screen {
    // Moved, not copied: the grid stays uniquely referenced and is cleared in place.
    var screen = (consume spare) ?? Screen(size: state.size)
    screen.clear(size: state.size)
    let layout = state.screenLayout
    if layout.isTooSmall {
      let words = tooSmallMessage.split(separator: " ")
      for (i, word) in words.enumerated() where i < state.size.height {
        screen.put(word, x: 0, y: i, style: Style(attributes: [.bold]))
      }
      return screen
    }
    let rows = state.viewRows
    ArticleView.draw(into: &screen, rect: layout.article, state: state, rows: rows, theme: theme)
    if let separator = layout.separator {
      let style = state.effectiveFocus == .side ? theme.separatorFocused : theme.separator
      for y in separator.y..<separator.maxY {
        screen.put("│", x: separator.x, y: y, style: style)
      }
    }
    if let side = layout.side {
      SideView.draw(into: &screen, rect: side, state: state, rows: rows, theme: theme)
    }
    StatusView.draw(into: &screen, rect: layout.status, state: state, rows: rows, theme: theme)
    FooterView.draw(into: &screen, rect: layout.footer, state: state, keyMap: keyMap, theme: theme)
    if state.library.showsList {
      ArticleListView.draw(into: &screen, state: state, theme: theme)
    }
    if state.showsHelp {
      HelpView.draw(into: &screen, size: state.size, scroll: state.helpScroll, keyMap: keyMap, theme: theme)
    }
    return screen
  }
}
