import ArticleModel
import ReaderUI

/// Renders a state as the reader would (attributes-only theme unless told otherwise).
public func render(_ state: ReaderState, depth: ColorDepth = .none) -> Screen {
  ReaderView.render(state, theme: Theme(depth: depth))
}

extension ReaderState {
  /// Feeds events through the default key map, as the loop does; returns the last effect.
  @discardableResult
  public mutating func send(_ events: [InputEvent]) -> Effect? {
    var last: Effect?
    for event in events {
      if let action = action(for: event, keyMap: .default) { last = apply(action) }
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
