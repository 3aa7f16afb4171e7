import CNCursesW
import ReaderUI
import Testing

@testable import CursesBackend

@Suite struct LookMemoTests {
  @Test func eachStyleIsWorkedOutOnceAndKeepsItsOwnLook() {
    let bold = Style(attributes: .bold)
    let red = Style(foreground: .palette(1))
    var memo = CursesBackend.LookMemo()
    var made: [Style] = []
    func look(_ style: Style) -> CursesBackend.Look {
      memo.look(for: style) { style in
        made.append(style)
        return (attr_t(style.attributes.rawValue), style == red ? 7 : 0)
      }
    }
    // Alternating styles exercise both the last-style shortcut and the table.
    for style in [bold, bold, red, bold, .plain, red, .plain, bold] {
      let got = look(style)
      #expect(got.attributes == attr_t(style.attributes.rawValue))
      #expect(got.pair == (style == red ? 7 : 0))
    }
    #expect(made == [bold, red, .plain])
  }
}
