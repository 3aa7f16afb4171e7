import ArticleModel
import Foundation
import Testing

/// The seed expectations on the real sample in `../shared/articles` (read
/// from there, never copied into the repository; skipped when absent).
@Suite struct SampleArticleTests {
  /// `shared/articles` next to the package root or next to one of its ancestors
  /// (a worktree under `/work/wt/NAME` finds `/work/shared`).
  static func sharedArticle(_ name: String) -> String? {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.deletingLastPathComponent().appendingPathComponent("shared/articles/\(name)")
      if let data = FileManager.default.contents(atPath: candidate.path) {
        return String(decoding: data, as: UTF8.self)
      }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }

  static let ungaKorea = sharedArticle("unga-korea-2018-09-27.txt")

  @Test(
    .enabled(
      if: SampleArticleTests.ungaKorea != nil, "../shared/articles/unga-korea-2018-09-27.txt is not there"))
  func ungaKoreaSegmentation() throws {
    let source = try #require(Self.ungaKorea)
    let article = Article(parsing: source)
    #expect(article.date == "2018-09-27")
    #expect(article.scalarCount == source.unicodeScalars.count)
    #expect(article.paragraphs.count == 17)
    #expect(article.paragraphs.filter { $0.kind == .post }.count == 4)
    #expect(article.paragraphs.first?.text.hasPrefix("It's been 65 years") == true)
    try #require(article.posts.count == 4)
    let expected: [(String, String, String, String)] = [
      ("RussiaUN", "Russian Mission UN", "2018-09-26", "pic.twitter.com/LDNKkuIVZc"),
      ("BolotskySputnik", "Denis Bolotsky", "2018-09-27", "pic.twitter.com/Ekk6qiGzNK"),
      ("BolotskySputnik", "Denis Bolotsky", "2018-09-27", "pic.twitter.com/RJbixosKry"),
      ("RussiaUN", "Russian Mission UN", "2018-09-27", "pic.twitter.com/lnMYpgUDX3"),
    ]
    for (post, (handle, author, date, link)) in zip(article.posts, expected) {
      #expect(post.platform == .twitter)
      #expect(post.handle == handle)
      #expect(post.author == author)
      #expect(post.date == date)
      #expect(post.links == [link])
      #expect(article.paragraphs[post.paragraph].kind == .post)
      #expect(article.paragraphs[post.paragraph].post == post.index)
      #expect(
        slice(source, post.range).hasSuffix(
          "(@\(handle)) " + (date.hasSuffix("26") ? "September 26, 2018" : "September 27, 2018")))
    }
    #expect(article.posts[0].hashtags == ["Lavrov", "DPRK", "Korean", "КНДР", "UNGA", "UNGA73"])
    #expect(article.posts[1].hashtags == [])
    #expect(article.posts[2].hashtags == ["Lavrov"])
    #expect(article.posts[3].hashtags == ["Lavrov", "BRICS", "UNGA"])
    #expect(article.posts[1].text.contains("“The Dawn of the New Day”"))
  }
}
