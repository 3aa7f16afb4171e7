import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// Content never drives the terminal, and odd input never crashes the reader.
@Suite struct RobustnessTests {
  static func hostile() -> Article {
    var builder = ArticleBuilder(date: "2020-\u{1B}[2J")
    let evil = builder.speaker("Eve \u{1B}]52;c;aGk=\u{7}", aliases: ["Eve"])
    let p = builder.paragraph(
      "Plain \u{1B}[31mred\u{1B}[0m, NUL\u{0} and \u{202E}reversed\u{202C} \"quoted \u{9B}31m\" end\r\n.")
    builder.quote("\"quoted \u{9B}31m\"", in: p, by: evil)
    builder.post(
      "post \u{1B}]8;;http://x\u{7}link", author: "Bad\u{1B}[H", handle: "h\u{7}", date: "2020\u{0}", by: evil
    )
    return builder.build()
  }

  @Test(arguments: [Size(width: 100, height: 30), Size(width: 60, height: 20), Size(width: 20, height: 5)])
  func controlsInTheContentAreShownAsMarks(size: Size) {
    var reader = ReaderState(article: Self.hostile(), name: "evil\u{1B}[2J.txt", size: size)
    for keys in ["", "]", "\t", "\u{1B}", "fEve\n", "h"] {
      if keys == "\t" {
        reader.press(.tab)
      } else if keys == "\u{1B}" {
        reader.press(.escape)
      } else {
        reader.type(keys)
      }
      for tab in 0..<3 {
        let screen = render(reader, depth: .many)
        let bad = screen.cells.filter {
          $0.text.unicodeScalars.contains(where: ControlCharacters.isForbidden)
        }
        #expect(bad.isEmpty, "after \(keys.debugDescription), tab \(tab): \(bad.map(\.text))")
        reader.press(.right)
      }
    }
  }

  @Test func aHugeSingleParagraphScrollsAndResizes() {
    var text = ""
    for i in 0..<12_000 { text += "word\(i) 中文 " }
    var builder = ArticleBuilder()
    builder.paragraph(text)
    var reader = ReaderState(article: builder.build(), name: "long", size: Size(width: 80, height: 24))
    reader.type("G")
    let last = articleLines(render(reader), width: reader.screenLayout.article.width).last ?? ""
    #expect(last.hasSuffix("word11999 中文"), "\(last)")
    reader.type("k")
    reader.send([.resize(Size(width: 33, height: 10))])
    _ = render(reader)
    reader.type("g")
    #expect(articleLines(render(reader), width: 33).first == "word0 中文 word1 中文 word2 中文")
  }

  @Test func everyKeyOnATinyScreenIsHarmless() {
    var reader = ReaderState(article: SampleArticles.summit(), name: "s", size: Size(width: 1, height: 1))
    let keys: [Key] =
      "jk bgG][}{pP/x\n?y\nnNfq\nFsh".map { Key.character($0) } + [
        .tab, .backTab, .enter, .escape, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
        .function(1),
      ]
    for size in [
      Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 3, height: 2),
      Size(width: 20, height: 5),
    ] {
      reader.send([.resize(size)])
      for key in keys where key != .character("q") {
        reader.press(key)
        _ = render(reader)
        reader.send([
          .mouse(MouseEvent(kind: .wheelDown, row: 0, column: 0)),
          .mouse(MouseEvent(kind: .press(button: 1), row: 0, column: 0)),
        ])
        _ = render(reader)
      }
    }
    #expect(render(reader).size == Size(width: 20, height: 5))
  }

  @Test func parsedGarbageOpens() {
    let bytes: [UInt8] = [
      0xFF, 0xFE, 0x00, 0x41, 0x0A, 0x0A, 0xC3, 0x28, 0x22, 0x68, 0x69, 0x0D, 0x0A, 0x0A, 0x0A, 0xE2, 0x80,
    ]
    var reader = ReaderState(article: Article(parsing: bytes), name: "bin", size: Size(width: 40, height: 10))
    reader.type("G]p/A\n")
    let screen = render(reader)
    #expect(
      screen.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: ControlCharacters.isForbidden) })
  }
}
