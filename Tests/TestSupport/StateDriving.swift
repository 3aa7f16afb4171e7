import ArticleModel
import ReaderUI

/// Renders a state as the reader would (attributes-only theme unless told otherwise).
public func render(_ state: ReaderState, depth: ColorDepth = .none) -> Screen {
  ReaderView.render(state, theme: Theme(depth: depth))
}

extension ReaderState {
  /// Applies an action with the default key map, as most tests drive the state.
  @discardableResult
  public mutating func apply(_ action: Action) -> Effect? { apply(action, keyMap: .default) }

  /// The state going to the end (G) would give, with the default key map.
  public var atEnd: ReaderState { atEnd(keyMap: .default) }

  /// Feeds events through a key map (the default one unless told), as the loop does;
  /// returns the last effect.
  @discardableResult
  public mutating func send(_ events: [InputEvent], keyMap: KeyMap = .default) -> Effect? {
    var last: Effect?
    for event in events {
      if let action = action(for: event, keyMap: keyMap) { last = apply(action, keyMap: keyMap) }
    }
    return last
  }

  /// Types characters: `state.type("]]")`.
  @discardableResult
  public mutating func type(_ text: String) -> Effect? { send(InputEvent.keys(text)) }

  /// Presses one key.
  @discardableResult
  public mutating func press(_ key: Key, times: Int = 1) -> Effect? {
    send(Array(repeating: .key(key), count: times))
  }

  /// The text of the status line.
  public var statusLine: String { render(self).lines[max(0, size.height - 2)] }

  /// The text of the bottom line.
  public var footerLine: String { render(self).lines[max(0, size.height - 1)] }
}
