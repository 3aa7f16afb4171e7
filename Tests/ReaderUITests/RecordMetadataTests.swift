import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// A dataset's record in the reader: its title on top, its source, date and author in the status line.
@Suite struct RecordMetadataTests {
  func state(width: Int, url: String? = "https://ledger.example/bridge") -> ReaderState {
    let text = "The council met on Monday.\n\n\"We will build it,\" said Mayor Ana Ruiz."
    let metadata = ArticleMetadata(
      id: "ledger-17", title: "Council votes on the bridge", source: "ledger", date: "2020-03-02",
      author: "Kim Sorensen", url: url)
    let document = OpenDocument(
      name: "nela.db#ledger-17", article: Article(parsing: text), metadata: metadata)
    var state = ReaderState(documents: [document], size: Size(width: width, height: 10))
    state.sidePaneChoice = false
    return state
  }

  @Test func titleHeadsThePaneAndTheStatusLineNamesSourceDateAndAuthor() {
    let screen = render(state(width: 80))
    expectScreen(
      screen,
      """
      Council votes on the bridge

      The council met on Monday.

      [Ana Ruiz] "We will build it," said Mayor Ana Ruiz.



       nela.db#ledger-17 │ ledger │ 2020-03-02 │ Kim Sorensen              ¶ 1/2  All
      q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side
      """)
  }

  @Test func aNarrowStatusLineDropsTheAuthorFirst() {
    let status = render(state(width: 50)).lines[8]
    #expect(status.contains("│ ledger │ 2020-03-02 ¶ 1/2"))
    #expect(!status.contains("Kim"))
  }

  @Test func oWithoutAPostOpensTheArticlesOwnAddress() {
    var reader = state(width: 80)
    #expect(reader.type("o") == .openLink("https://ledger.example/bridge"))
    #expect(reader.type("y") == .copyToClipboard("https://ledger.example/bridge"))
    var unsafe = state(width: 80, url: "javascript:alert(1)")
    #expect(unsafe.type("o") == nil)
  }

  @Test func theListOfArticlesGivesARecordsTitleAndDate() {
    var reader = state(width: 100)
    reader.type("A")
    let lines = render(reader).lines
    #expect(
      lines.contains { $0.contains("2020-03-02") && $0.contains("Council votes on the bridge") },
      "\(lines.joined(separator: "\n"))")
  }
}
