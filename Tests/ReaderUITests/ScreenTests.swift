import ReaderUI
import Testing

@Suite struct ScreenTests {
  @Test func putClipsWideCharacters() {
    var screen = Screen(size: Size(width: 5, height: 1))
    screen.put("ab中文", x: 0, y: 0)
    #expect(screen.lines == ["ab中"])
  }
}
