import ReaderUI
import Testing

@Suite struct ScreenTests {
  @Test func putClipsWideCharacters() {
    var screen = Screen(size: Size(width: 5, height: 1))
    screen.put("ab中文", x: 0, y: 0)
    #expect(screen.lines == ["ab中"])
  }

  /// ASCII letters go into cells byte by byte, except one that a mark or joiner that follows belongs to.
  @Test func putKeepsAMarkWithTheASCIILetterBeforeIt() {
    var screen = Screen(size: Size(width: 12, height: 2))
    let end = screen.put("cafe\u{301} x\u{1B}y", x: 0, y: 0)
    #expect(end == 8)
    #expect((0..<8).map { screen[$0, 0].text } == ["c", "a", "f", "e\u{301}", " ", "x", "␛", "y"])
    let substring = "[a\u{20DD}b中]".dropFirst().dropLast()
    #expect(screen.put(substring, x: 0, y: 1) == 4)
    #expect((0..<4).map { screen[$0, 1].text } == ["a\u{20DD}", "b", "中", ""])
  }

  @Test func widthsOfMixedTextCountGraphemesNotBytes() {
    #expect(DisplayWidth.width(of: "cafe\u{301}") == 4)
    #expect(DisplayWidth.width(of: "a中b") == 4)
    #expect(DisplayWidth.width(of: "ab\u{1B}") == 3)
    #expect(DisplayWidth.width(of: "Лавров said") == 11)
  }
}
