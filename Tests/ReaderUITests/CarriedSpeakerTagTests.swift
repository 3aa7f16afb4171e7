import ArticleModel
import Testing

@testable import ReaderUI

/// A speaker carried over from earlier speech is tagged `[Name?]`; one named
/// beside its quotation is tagged `[Name]`.
@Suite struct CarriedSpeakerTagTests {
  @Test func aCarriedSpeakerIsMarkedAsAGuess() {
    let article = Article(
      parsing: """
        "We are ready," said Jane Roe.

        Tom Fell, the harbour master, spoke next. "The wall holds," Fell said.

        "Nobody was hurt."
        """)
    #expect(article.quotations.map(\.attribution) == [.explicit, .explicit, .carried])
    let document = OpenDocument(name: "tags", article: article)
    #expect(document.tags(of: 0).map(\.text) == ["[Jane Roe] "])
    #expect(document.tags(of: 2).map(\.text) == ["[Fell?] "])
  }

  @Test func theHelpSaysWhatTheMarkMeans() {
    let lines = HelpView.lines(keyMap: KeyMap.default)
    #expect(lines.contains { $0.0 == "[Name?]" && $0.1.contains("carried") })
  }
}
