import ArticleModel
import Foundation
import Testing

/// The seed article's quotations and speakers, read from `../shared/articles` when present.
@Suite struct SeedArticleQuotationTests {
  static let path: String? = {
    let here = URL(fileURLWithPath: #filePath)
    let root = here.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    for base in [
      root.deletingLastPathComponent(), root.deletingLastPathComponent().deletingLastPathComponent(),
    ] {
      let file = base.appendingPathComponent("shared/articles/unga-korea-2018-09-27.txt").path
      if FileManager.default.fileExists(atPath: file) { return file }
    }
    return nil
  }()

  @Test(
    .enabled(
      if: SeedArticleQuotationTests.path != nil, "../shared/articles/unga-korea-2018-09-27.txt is not here"))
  func seedArticleGivesFiveQuotationsAndFourSpeakers() throws {
    let data = try #require(Self.path.flatMap { FileManager.default.contents(atPath: $0) })
    let article = Article(parsing: data)
    let q = article.quotations
    try #require(q.count == 5, "quotations: \(q.map(\.text))")
    func speaker(_ i: Int) -> String? { q[i].speaker.map { article.speakers[$0].name } }

    #expect(q[0].text == "“The Dawn of the New Day”")
    #expect(speaker(0) == "Mike Pompeo")
    #expect(q[0].post != nil)
    #expect(q[1].text.hasPrefix("\"We are convinced"))
    #expect(speaker(1) == "Sergey Lavrov")
    #expect(q[2].text.hasPrefix("\"It is unacceptable"))
    #expect(speaker(2) == "Sergey Lavrov")
    #expect(q[2].mention?.text == "the country's foreign minister")
    #expect(q[3].text == "\"any negotiation is a two-way street,\"")
    #expect(speaker(3) == "Sergey Lavrov")
    #expect(q[4].text.hasPrefix("Steps by the DPRK towards disarmament"))
    #expect(q[4].kind == .unquoted)
    #expect(q[4].post != nil)
    #expect(speaker(4) == "Sergey Lavrov")
    for i in 0..<4 { #expect(q[i].kind == .direct) }
    for scare in ["stick", "carrot-and-stick", "peacekeepers"] {
      #expect(!q.contains { $0.text.contains(scare) && $0.text.count < scare.count + 4 })
    }
    for quotation in q {
      let source = Array(article.source.unicodeScalars)
      let span = String(String.UnicodeScalarView(source[quotation.range.start..<quotation.range.end]))
      #expect(span == quotation.text)
    }

    let speakers = article.speakers
    #expect(
      Set(speakers.map(\.name)) == ["Sergey Lavrov", "Mike Pompeo", "Russian Mission UN", "Denis Bolotsky"])
    #expect(speakers.count == 4)
    func entry(_ name: String) -> Speaker? { speakers.first { $0.name == name } }
    #expect(entry("Sergey Lavrov")?.quotations == [1, 2, 3, 4])
    #expect(entry("Mike Pompeo")?.quotations == [0])
    #expect(entry("Russian Mission UN")?.posts.count == 2)
    #expect(entry("Denis Bolotsky")?.posts.count == 2)
    for (i, s) in speakers.enumerated() { #expect(s.index == i) }
  }
}
