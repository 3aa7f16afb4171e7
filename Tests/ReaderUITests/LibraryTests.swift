import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct LibraryTests {
  /// Three articles: Lavrov in the first and third, Okafor in the second.
  func documents() -> [Document] {
    var first = ArticleBuilder(date: "2018-09-27")
    let lavrov = first.speaker("Sergey Lavrov", aliases: ["Lavrov", "the minister"])
    first.paragraphs((0..<30).map { "Line \($0) of the first article about the talks." })
    let p = first.paragraph(#"Lavrov said: "We are ready.""#)
    first.quote(#""We are ready.""#, in: p, by: lavrov)

    var second = ArticleBuilder(date: "2017-11-27")
    let okafor = second.speaker("Daniel Okafor", aliases: ["the minister"])
    let q = second.paragraph(#"Okafor said: "Paid in full.""#)
    second.quote(#""Paid in full.""#, in: q, by: okafor)
    second.post(
      "Signed today.", author: "Daniel Okafor", handle: "DanielOkaforMP", date: "2017-11-27", by: okafor)

    var third = ArticleBuilder()
    let lavrov3 = third.speaker("Lavrov")
    let r = third.paragraph(#"Then Lavrov said: "Not today." And "Later.""#)
    third.quote(#""Not today.""#, in: r, by: lavrov3)
    third.quote(#""Later.""#, in: r, by: nil)
    return [
      Document(name: "a.txt", article: first.build()), Document(name: "b.txt", article: second.build()),
      Document(name: "c.txt", article: third.build()),
    ]
  }

  func state() -> ReaderState {
    ReaderState(documents: documents(), size: Size(width: 100, height: 12))
  }

  @Test func jAndKMoveBetweenArticlesAndEachKeepsItsPlace() {
    var state = state()
    state.type("dd")
    let placeInFirst = state.position
    #expect(placeInFirst != ReaderState(documents: documents(), size: state.size).position)
    state.type("J")
    #expect(state.current == 1)
    #expect(state.document.name == "b.txt")
    #expect(state.message?.text == "Article 2 of 3: b.txt")
    #expect(state.statusLine.hasPrefix(" b.txt (2/3) │ 2017-11-27"))
    state.type("K")
    #expect(state.current == 0)
    #expect(state.position == placeInFirst)
  }

  @Test func movingPastEitherEndSaysSo() {
    var state = state()
    state.type("K")
    #expect(state.current == 0)
    #expect(state.message?.text == "This is the first article")
    state.type("JJJ")
    #expect(state.current == 2)
    #expect(state.message?.text == "This is the last article")
    var single = ReaderState(documents: [documents()[0]], size: Size(width: 80, height: 12))
    single.type("J")
    #expect(single.message?.text == "Only one article is open")
  }

  @Test func theSpeakerFilterTravelsByName() {
    var state = state()
    state.apply(.filterSpeakers(matching: "lavrov"))
    #expect(state.filteredQuotations == [0])
    state.type("J")
    // Okafor's article has no Lavrov ("the minister" is a role, not a name).
    #expect(state.filter.isEmpty)
    #expect(state.message?.text == "Article 2 of 3: b.txt — no Sergey Lavrov in it")
    state.type("J")
    #expect(state.filter == SpeakerFilter(speakers: [0]))
    #expect(state.filteredQuotations == [0])
  }

  @Test func clearingTheFilterStopsItTravelling() {
    var state = state()
    state.apply(.filterSpeakers(matching: "lavrov"))
    state.type("F")
    state.type("JJ")
    #expect(state.current == 2)
    #expect(state.filter.isEmpty)
  }

  @Test func theListShowsEveryArticleAndEnterOpensOne() {
    var state = state()
    state.type("A")
    #expect(state.library.showsList)
    let screen = render(state).lines
    #expect(screen[0].contains("Articles — Enter opens, Esc closes"))
    #expect(screen[1].contains("> 1 a.txt  2018-09-27  1 quote   0 posts  Line 0 of the first article"))
    #expect(screen[2].contains("  2 b.txt  2017-11-27  1 quote   1 post   Okafor said:"))
    #expect(screen[3].contains("  3 c.txt              2 quotes  0 posts  Then Lavrov said:"))
    state.type("jj")
    state.press(.enter)
    #expect(!state.library.showsList)
    #expect(state.current == 2)
    state.type("A")
    #expect(state.library.selected == 2)
    state.press(.escape)
    #expect(!state.library.showsList)
    #expect(state.current == 2)
  }

  @Test func withAFilterTheListCountsWhatItLetsThrough() {
    var state = state()
    state.apply(.filterSpeakers(matching: "lavrov"))
    let summaries = state.articleSummaries
    #expect(summaries.map(\.filteredQuotations) == [1, 0, 1])
    #expect(summaries.map(\.quotations) == [1, 1, 2])
    state.type("A")
    #expect(render(state).lines[3].contains("  3 c.txt              1/2 quotes  0/0 posts"))
  }

  @Test func speakersAreMatchedByProperNamesOnly() {
    let speaker = Speaker(
      index: 0, name: "Sergey Lavrov", aliases: ["Lavrov", "the minister", "he", "@mfa_russia"])
    #expect(Library.names(of: speaker) == ["Sergey Lavrov", "Lavrov", "@mfa_russia"])
  }
}
