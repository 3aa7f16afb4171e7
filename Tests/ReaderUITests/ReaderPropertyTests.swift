import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// Properties of every screen the reader draws, on generated articles, sizes and key
/// sequences from a fixed-seed generator (the same cases on every run).
@Suite struct ReaderPropertyTests {
  typealias Generator = SeededGenerator

  static let fragments: [String] = [
    "\n\n", "\r\n", " ", "\t", "\"", "“", "”", "«", "»", " said Ann Lee. ", "Lee said ", "\u{1B}[2J",
    "\u{1B}]52;c;aGk=\u{7}",
    "\u{9B}", "\u{202E}", "\u{2067}", "\u{200B}", "\u{200D}", "e\u{301}", "\u{301}", "中文", "👍🏽", "🇷🇺", "Лавров",
    "word ",
    "Quay ", " — Jo Roe (@joroe) May 7, 2018\n\n", "pic.twitter.com/Ab12 ", "#tag ", "&amp;", "\u{0}",
    "\u{7F}",
  ]

  static func text(_ g: inout Generator) -> String {
    var text = "date 2020-01-01\n\n"
    for _ in 0..<Int.random(in: 5...120, using: &g) {
      text += fragments[Int.random(in: 0..<fragments.count, using: &g)]
    }
    return text
  }

  static let keys: [InputEvent] =
    InputEvent.keys("jkG g]][[pP}{sfx\n/e\n nN?") + [
      .key(.tab), .key(.backTab), .key(.escape), .key(.enter), .key(.right), .key(.left), .key(.pageDown),
      .key(.pageUp), .key(.end), .key(.home), .mouse(MouseEvent(kind: .wheelDown, row: 2, column: 2)),
      .mouse(MouseEvent(kind: .press(button: 1), row: 3, column: 90)),
    ]

  @Test(arguments: 0..<12)
  func everyScreenIsWellFormed(seed: Int) {
    var g = Generator(state: UInt64(seed) &* 7919)
    let article = Article(parsing: Self.text(&g))
    var size = Size(width: Int.random(in: 1...140, using: &g), height: Int.random(in: 1...45, using: &g))
    var state = ReaderState(article: article, name: "generated", size: size)
    for step in 0..<24 {
      if Int.random(in: 0..<6, using: &g) == 0 {
        size = Size(width: Int.random(in: 1...140, using: &g), height: Int.random(in: 1...45, using: &g))
        state.send([.resize(size)])
      } else {
        let key = Self.keys[Int.random(in: 0..<Self.keys.count, using: &g)]
        if key == .key(.character("q")) { continue }
        state.send([key])
      }
      let screen = render(state, depth: .many)
      #expect(screen.size == size, "seed \(seed) step \(step)")
      #expect(screen.cells.count == size.width * size.height)
      for y in 0..<size.height {
        var x = 0
        while x < size.width {
          let cell = screen.cells[y * size.width + x]
          #expect(
            !cell.text.unicodeScalars.contains(where: ControlCharacters.isForbidden),
            "seed \(seed) step \(step)")
          #expect(
            !cell.isContinuation,
            "seed \(seed) step \(step): a continuation without its wide cell at \(x),\(y)")
          if cell.width == 2 {
            #expect(x + 1 < size.width, "seed \(seed) step \(step): a wide cell in the last column")
            if x + 1 < size.width { #expect(screen.cells[y * size.width + x + 1].isContinuation) }
            x += 2
          } else {
            x += 1
          }
        }
      }
    }
  }
}
