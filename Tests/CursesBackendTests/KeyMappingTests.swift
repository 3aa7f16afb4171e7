import CNCursesW
import ReaderUI
import Testing

@testable import CursesBackend

@Suite struct KeyMappingTests {
  @Test(arguments: [
    (UInt32(10), Key.enter), (13, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
    (1, .control("a")), (3, .control("c")), (12, .control("l")), (26, .control("z")),
    (0x71, .character("q")), (0x20, .character(" ")), (0x416, .character("Ж")),
    (0x1F600, .character("😀")),
  ])
  func charactersBecomeKeys(value: UInt32, key: Key) {
    #expect(CursesBackend.key(forCharacter: value) == key)
  }

  @Test(arguments: [UInt32(0), 28, 31, 0x85, 0x9B, 0xD800, 0x110000])
  func controlsAndNonCharactersAreIgnored(value: UInt32) {
    #expect(CursesBackend.key(forCharacter: value) == nil)
  }

  @Test func keyCodesBecomeKeys() {
    #expect(CursesBackend.key(forCode: KEY_UP) == .up)
    #expect(CursesBackend.key(forCode: KEY_DOWN) == .down)
    #expect(CursesBackend.key(forCode: KEY_LEFT) == .left)
    #expect(CursesBackend.key(forCode: KEY_RIGHT) == .right)
    #expect(CursesBackend.key(forCode: KEY_PPAGE) == .pageUp)
    #expect(CursesBackend.key(forCode: KEY_NPAGE) == .pageDown)
    #expect(CursesBackend.key(forCode: KEY_HOME) == .home)
    #expect(CursesBackend.key(forCode: KEY_END) == .end)
    #expect(CursesBackend.key(forCode: KEY_ENTER) == .enter)
    #expect(CursesBackend.key(forCode: KEY_BTAB) == .backTab)
    #expect(CursesBackend.key(forCode: KEY_BACKSPACE) == .backspace)
    #expect(CursesBackend.key(forCode: KEY_DC) == .delete)
    #expect(CursesBackend.key(forCode: byline_key_f(1)) == .function(1))
    #expect(CursesBackend.key(forCode: byline_key_f(12)) == .function(12))
    #expect(CursesBackend.key(forCode: byline_key_f(0)) == nil)
    #expect(CursesBackend.key(forCode: KEY_MOUSE) == nil)
  }

  @Test func mouseStatesBecomeWheelAndPresses() {
    #expect(CursesBackend.mouseKind(for: byline_button4_pressed()) == .wheelUp)
    #expect(CursesBackend.mouseKind(for: byline_button5_pressed()) == .wheelDown)
    #expect(CursesBackend.mouseKind(for: byline_button1_pressed()) == .press(button: 1))
    #expect(CursesBackend.mouseKind(for: 0) == nil)
  }

  @Test(arguments: [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
    ("https://t.co/Abc", "aHR0cHM6Ly90LmNvL0FiYw=="),
  ])
  func clipboardTextIsBase64(text: String, encoded: String) {
    #expect(CursesBackend.base64(Array(text.utf8)) == encoded)
  }
}
