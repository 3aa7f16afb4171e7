/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Control plus a letter: `.control("c")` for ^C.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete, insert
  case function(Int)
}

/// A mouse event in screen cells.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case wheelUp, wheelDown
    case press(button: Int)
    case release(button: Int)
  }
  public var kind: Kind
  public var row: Int
  public var column: Int
  public init(kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}

/// Whatever the terminal tells the reader.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
  /// The process was resumed after a suspend (^Z then `fg`): redraw everything.
  case resumed
  /// A termination signal arrived (SIGINT, SIGTERM, SIGHUP): leave cleanly.
  case terminate(signal: Int32)
}
