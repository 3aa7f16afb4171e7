import CNCursesW
import ReaderUI

extension CursesBackend {
  /// The key for a character `wget_wch` returned (`OK`), or `nil` to ignore it.
  ///
  /// Enter arrives as `\n` or `\r`; Backspace as DEL (127) or ^H; other
  /// control bytes 1–26 become `.control` with their letter.
  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter
    case 27: return .escape
    case 9: return .tab
    case 127, 8: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) - 1 + UInt8(ascii: "a"))))
    case 0, 28...31, 0x80...0x9F: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The event for a key code `wget_wch` returned (`KEY_CODE_YES`), or `nil` to ignore it.
  /// `KEY_MOUSE` and `KEY_RESIZE` are handled by the caller.
  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_FIND, KEY_A1: return .home
    case KEY_END, KEY_SELECT, KEY_C1: return .end
    case KEY_A3: return .pageUp
    case KEY_C3: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    default:
      let f0 = byline_key_f(0)
      if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
      return nil
    }
  }

  /// The mouse event for an ncurses button state, or `nil` for one the reader does not use.
  static func mouseKind(for state: mmask_t) -> MouseEvent.Kind? {
    if state & byline_button4_pressed() != 0 { return .wheelUp }
    if state & byline_button5_pressed() != 0 { return .wheelDown }
    if state & byline_button1_pressed() != 0 { return .press(button: 1) }
    if state & byline_button1_released() != 0 { return .release(button: 1) }
    if state & byline_button3_pressed() != 0 { return .press(button: 3) }
    return nil
  }
}
