import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// Content never drives the terminal, and odd input never crashes the reader.
@Suite struct RobustnessTests {
  static func hostile() -> Article {
    var b = ArticleBuilder(date: "2020-\u{1B}[2J")
    let evil = b.speaker("Eve \u{1B}]52;c;aGk=\u{7}", aliases: ["Eve"])
    let p = b.paragraph(
      "Plain \u{1B}[31mred\u{1B}[0m, NUL\u{0} and \u{202E}reversed\u{202C} \"quoted \u{9B}31m\" end\r\n.")
    b.quote("\"quoted \u{9B}31m\"", in: p, by: evil)
    b.post(
      "post \u{1B}]8;;http://x\u{7}link", author: "Bad\u{1B}[H", handle: "h\u{7}", date: "2020\u{0}", by: evil
    )
    return b.build()
  }

  @Test(arguments: [Size(width: 100, height: 30), Size(width: 60, height: 20), Size(width: 20, height: 5)])
  func controlsInTheContentAreShownAsMarks(size: Size) {
    var s = ReaderState(article: Self.hostile(), name: "evil\u{1B}[2J.txt", size: size)
    for keys in ["", "]", "\t", "\u{1B}", "fEve\n", "h"] {
      if keys == "\t" { s.press(.tab) } else if keys == "\u{1B}" { s.press(.escape) } else { s.type(keys) }
      for tab in 0..<3 {
        let screen = render(s, depth: .many)
        let bad = screen.cells.filter {
          $0.text.unicodeScalars.contains(where: ControlCharacters.isForbidden)
        }
        #expect(bad.isEmpty, "after \(keys.debugDescription), tab \(tab): \(bad.map(\.text))")
        s.press(.right)
      }
    }
  }

  @Test func aHugeSingleParagraphScrollsAndResizes() {
    var text = ""
    for i in 0..<12_000 { text += "word\(i) 中文 " }
    var b = ArticleBuilder()
    b.paragraph(text)
    var s = ReaderState(article: b.build(), name: "long", size: Size(width: 80, height: 24))
    s.type("G")
    let last = articleLines(render(s), width: s.screenLayout.article.width).last ?? ""
    #expect(last.hasSuffix("word11999 中文"), "\(last)")
    s.type("k")
    s.send([.resize(Size(width: 33, height: 10))])
    _ = render(s)
    s.type("g")
    #expect(articleLines(render(s), width: 33).first == "word0 中文 word1 中文 word2 中文")
  }

  @Test func everyKeyOnATinyScreenIsHarmless() {
    var s = ReaderState(article: SampleArticles.summit(), name: "s", size: Size(width: 1, height: 1))
    let keys: [Key] =
      "jk bgG][}{pP/x\n?y\nnNfq\nFsh".map { Key.character($0) } + [
        .tab, .backTab, .enter, .escape, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
        .function(1),
      ]
    for size in [
      Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 3, height: 2),
      Size(width: 20, height: 5),
    ] {
      s.send([.resize(size)])
      for key in keys where key != .character("q") {
        s.press(key)
        _ = render(s)
        s.send([
          .mouse(MouseEvent(kind: .wheelDown, row: 0, column: 0)),
          .mouse(MouseEvent(kind: .press(button: 1), row: 0, column: 0)),
        ])
        _ = render(s)
      }
    }
    #expect(render(s).size == Size(width: 20, height: 5))
  }

  @Test func parsedGarbageOpens() {
    let bytes: [UInt8] = [
      0xFF, 0xFE, 0x00, 0x41, 0x0A, 0x0A, 0xC3, 0x28, 0x22, 0x68, 0x69, 0x0D, 0x0A, 0x0A, 0x0A, 0xE2, 0x80,
    ]
    var s = ReaderState(article: Article(parsing: bytes), name: "bin", size: Size(width: 40, height: 10))
    s.type("G]p/A\n")
    let screen = render(s)
    #expect(
      screen.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: ControlCharacters.isForbidden) })
  }
}
