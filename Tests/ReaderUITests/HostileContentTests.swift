import ArticleModel
import Foundation
import ReaderUI
import TestSupport
import Testing

/// The hostile corpus (Tests/Fixtures/hostile) through the model, the grid and every export.
///
/// Content tries to drive the terminal with ESC, CSI, OSC 8 and OSC 52, DCS, C1
/// controls (8-bit CSI), bidi overrides and isolates, zero-width characters, tabs and
/// combining marks, in paragraphs, quotations, speaker names and posts. Nothing of it
/// may reach a cell or a line of output as a control.
@Suite struct HostileContentTests {
  static let fixtureDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")

  static let fixtureNames = ["controls-everywhere.txt", "raw-c1-bytes.txt"]

  static func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtureDirectory.appendingPathComponent(name)))
  }

  /// Every kind of control, built in code as well (so the test stands without the files).
  static let generated: String = {
    let controls = (0..<0x20).filter { $0 != 0x0A }.map { String(UnicodeScalar(UInt8($0))) }.joined()
    let c1 = (0x80...0x9F).map { String(Character(Unicode.Scalar($0)!)) }.joined()
    let bidi = [
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
    ]
    .map { String(Character(Unicode.Scalar($0)!)) }.joined()
    return "date 2026-04-02\n\nAll C0 [\(controls)] DEL [\u{7F}] C1 [\(c1)] bidi [\(bidi)] end.\n\n"
      + "\"Quoted \u{1B}]52;c;aGk=\u{7} \u{9B}2J text,\" said Ann\u{202E}ej Kowal\u{1B}[31m.\n\n"
      + "Post \u{1B}]8;;http://x\u{7}link\u{1B}]8;;\u{7} #Tag pic.twitter.com/Ab3De5Fg7H \u{2014} "
      + "Ev\u{1B}[2Je\u{202E} (@e\u{9B}ve) April 2, 2026\n"
  }()

  static func articles() throws -> [(String, Article)] {
    var result = [("generated", Article(parsing: generated))]
    for name in fixtureNames { result.append((name, Article(parsing: try fixture(name)))) }
    return result
  }

  @Test func theModelKeepsItsInvariantsOnHostileText() throws {
    for (name, article) in try Self.articles() {
      #expect(article.scalarCount == article.source.unicodeScalars.count, "\(name)")
      #expect(!article.paragraphs.isEmpty, "\(name)")
      for paragraph in article.paragraphs {
        #expect(paragraph.range.end <= article.scalarCount, "\(name)")
        if let map = paragraph.sourceMap {
          #expect(map.count == paragraph.text.unicodeScalars.count + 1, "\(name)")
        }
      }
      for quotation in article.quotations {
        #expect(quotation.speaker.map { article.speakers.indices.contains($0) } ?? true, "\(name)")
        for piece in quotation.pieces {
          #expect(piece.local.upperBound <= article.paragraphs[piece.paragraph].text.unicodeScalars.count)
        }
      }
    }
  }

  @Test func theCorpusHasQuotationsAndPosts() throws {
    // Otherwise the grid checks below would not reach speaker names and post authors.
    let article = Article(parsing: try Self.fixture("controls-everywhere.txt"))
    #expect(article.quotations.count >= 2)
    #expect(article.posts.count >= 1)
    #expect(!article.speakers.isEmpty)
  }

  @Test(arguments: [
    Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 33, height: 9),
    Size(width: 20, height: 5), Size(width: 2, height: 2),
  ])
  func noCellHoldsAControl(size: Size) throws {
    for (name, article) in try Self.articles() {
      var state = ReaderState(article: article, name: "evil\u{1B}]0;t\u{7}\u{202E}.txt", size: size)
      var screens: [Screen] = [render(state, depth: .many)]
      let steps: [[InputEvent]] = [
        InputEvent.keys("]"), InputEvent.keys("]"), InputEvent.keys("p"), InputEvent.keys("G"),
        [.key(.tab)], [.key(.right)], [.key(.right)], [.key(.enter)], [.key(.escape)],
        InputEvent.keys("/\u{1B}[2J\n"), InputEvent.keys("?"), [.key(.escape)],
        InputEvent.keys("g"), [.resize(Size(width: size.width / 2 + 1, height: size.height))],
      ]
      for events in steps {
        state.send(events)
        screens.append(render(state, depth: .many))
      }
      for quotation in article.quotations.indices {
        _ = state.apply(.jumpToQuotation(quotation))
        screens.append(render(state, depth: .many))
      }
      for (n, screen) in screens.enumerated() {
        let bad = screen.cells.filter {
          $0.text.unicodeScalars.contains(where: ControlCharacters.isForbidden)
        }
        #expect(
          bad.isEmpty, "\(name) at \(size), screen \(n): \(bad.map(\.text.unicodeScalars.first!.value))")
      }
    }
  }

  @Test func controlsShowAsVisibleMarks() {
    var builder = ArticleBuilder()
    builder.paragraph("a\u{1B}b\u{202E}c\u{9B}d\te")
    let state = ReaderState(article: builder.build(), name: "t", size: Size(width: 60, height: 10))
    let text = render(state).lines.joined(separator: "\n")
    #expect(text.contains("a␛b⸮c\u{FFFD}d e"), "\(text)")
  }

  @Test func everyExportFormatIsFreeOfControls() throws {
    for (name, article) in try Self.articles() {
      let file = "evil\u{1B}[2J\u{202E}.txt"
      for format in ExportFormat.allCases {
        let output = format.render([(file: file, article: article)])
        Self.expectNoControls(output, allowing: format == .csv ? ["\n", "\r"] : ["\n"], "\(name) \(format)")
      }
      Self.expectNoControls(article.quotationLines(file: file), allowing: ["\n", "\t"], "\(name) quotes")
      Self.expectNoControls(article.postLines(file: file), allowing: ["\n", "\t"], "\(name) posts")
    }
  }

  static func expectNoControls(_ text: String, allowing: Set<Unicode.Scalar>, _ what: String) {
    let bad = text.unicodeScalars.filter { ControlCharacters.isForbidden($0) && !allowing.contains($0) }
    #expect(bad.isEmpty, "\(what): \(bad.map(\.value))")
  }
}
