import ArticleModel
import Foundation
import Testing

/// The sample articles in Resources/samples as fixtures for segmentation:
/// the posts their README lists, and the invariants on every one of them.
@Suite struct SampleFixtureSegmentationTests {
  static let samples: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Resources/samples")

  static func article(_ name: String) throws -> Article {
    let data = try #require(FileManager.default.contents(atPath: samples.appendingPathComponent(name).path))
    return Article(parsing: data)
  }

  @Test func everySampleKeepsTheInvariants() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter {
      $0.hasSuffix(".txt")
    }
    #expect(!names.isEmpty)
    for name in names { SegmenterInvariantTests.check(try Self.article(name)) }
  }

  @Test func gluedTweetsAreAllFound() throws {
    let article = try Self.article("tweets-glued.txt")
    #expect(article.date == "2018-01-02")
    #expect(
      article.posts.map(\.handle) == [
        "WestermereDrivers", "WestermereRail", "dafmarlow", "mirela_sandu", "WestermereDrivers",
        "WestermereRail",
        "annaveld_cllr", "vestby_havn", "crannock_commuter", "tgrund", "WestermereRail", "",
      ])
    #expect(article.posts[3].author == "Mirela Săndulescu")
    #expect(article.posts[7].author == "Havnearbeiderne Vestby 🇳🇴")
    #expect(article.posts[8].author == "")
    #expect(article.posts[10].text == "")
    #expect(article.posts[11].links == ["pic.twitter.com/Ke3Xd8Vm5T"])
    let glued = article.paragraphs[article.posts[3].paragraph + 1]
    #expect(
      glued.kind == .text && glued.text.hasPrefix("The regional transport commissioner, Oskar Lindqvist"))
  }

  @Test func instagramFacebookAndVideos() throws {
    let article = try Self.article("instagram-facebook.txt")
    #expect(
      article.posts.map(\.platform) == [.facebook, .facebook, .instagram, .instagram, .youtube, .youtube])
    #expect(article.posts.map(\.handle) == ["", "", "lucia.ferraris", "scuolasci_valbrenta", "", ""])
    #expect(article.posts[0].author == "Funivie Serrale")
    #expect(article.posts[2].date == "2017-09-24")
    #expect(!article.paragraphs.contains { $0.text.contains("facebook-jssdk") })
  }
}
