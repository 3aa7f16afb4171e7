import ReaderUI
import Testing

@testable import CursesBackend

@Suite struct TerminfoTests {
  @Test(arguments: [
    ("\u{1B}[%i%p1%d;%p2%dH$<5>", "\u{1B}[%i%p1%d;%p2%dH"),
    ("\u{1B}[m\u{0F}$<2>", "\u{1B}[m\u{0F}"),
    ("\u{1B}[H\u{1B}[J$<50/>", "\u{1B}[H\u{1B}[J"),
    ("$<2.5*>x", "x"),
    ("costs $5", "costs $5"),
    ("$<abc>", "$<abc>"),
    ("$<", "$<"),
  ])
  func paddingIsTakenOutOfCapabilities(capability: String, sent: String) {
    let bytes = CursesBackend.withoutPadding(Array(capability.utf8))
    #expect(String(decoding: bytes, as: UTF8.self) == sent)
  }

  @Test func ncvNamesTheAttributesLeftOutOfColouredCells() {
    #expect(CursesBackend.attributes(fromNCV: -1) == [])
    #expect(CursesBackend.attributes(fromNCV: 18) == [.underline, .dim])  // the Linux console
    #expect(CursesBackend.attributes(fromNCV: 1 | 4 | 32) == [.standout, .reverse, .bold])
  }
}
