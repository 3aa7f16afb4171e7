/// Work for the loop, handed back by `ReaderState.apply(_:keyMap:)` and `finishLoading`.
public enum Effect: Hashable, Sendable {
  /// Leave the reader with this exit status.
  case quit(status: Int32)
  /// Repaint every cell (the screen may have been disturbed).
  case redraw
  /// Open this address with the user's browser.
  case openLink(String)
  /// Put this text on the clipboard through the terminal (OSC 52).
  case copyToClipboard(String)
}
