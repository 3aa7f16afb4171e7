import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct ThemeTests {
  @Test(arguments: [ColorDepth.many, .eight])
  func speakersHaveColoursOfTheirOwn(depth: ColorDepth) {
    let theme = Theme(depth: depth)
    let colours = (0..<6).map { theme.color(ofSpeaker: $0) }
    #expect(Set(colours.compactMap { $0 }).count == 6)
    #expect(theme.color(ofSpeaker: nil) != nil)
    #expect(!colours.contains(theme.color(ofSpeaker: nil)))
  }

  @Test func aSpeakerHasTheSameColourInTheArticleAndTheLists() throws {
    var reader = ReaderState(article: SampleArticles.summit(), name: "s", size: Size(width: 100, height: 20))
    reader.press(.tab)
    reader.press(.right)
    let screen = render(reader, depth: .many)
    let inArticle = screen.find("[Berg]")
    let inList = screen.find("Olaf Berg            1q")
    try #require(inArticle != nil && inList != nil)
    #expect(
      screen[inArticle!.x, inArticle!.y].style.foreground == screen[inList!.x, inList!.y].style.foreground)
    #expect(screen[inArticle!.x, inArticle!.y].style.foreground == Theme(depth: .many).color(ofSpeaker: 1))
  }

  @Test func withoutColourSpeechIsStillVisible() throws {
    let reader = ReaderState(article: SampleArticles.summit(), name: "s", size: Size(width: 60, height: 20))
    let screen = render(reader, depth: .none)
    let speech = screen.find(#""The repairs"#)
    let plain = screen.find("Mayor")
    try #require(speech != nil && plain != nil)
    #expect(screen[speech!.x, speech!.y].style.attributes.contains(.underline))
    #expect(screen[plain!.x, plain!.y].style == .plain)
    #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
  }

  @Test(arguments: [ColorDepth.many, .eight, .none])
  func backgroundsAreTheTerminalsOwnExceptHighlights(depth: ColorDepth) {
    var reader = ReaderState(article: SampleArticles.summit(), name: "s", size: Size(width: 100, height: 30))
    reader.type("]")
    let screen = render(reader, depth: depth)
    #expect(screen.cells.allSatisfy { $0.style.background == .default })
  }
}
