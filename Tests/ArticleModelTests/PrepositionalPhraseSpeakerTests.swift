import Testing

@testable import ArticleModel

/// A phrase that opens with a preposition names a document or a place, never who spoke:
/// nobody is named for the quotation (a short one with no speaker may be dropped).
@Suite struct PrepositionalPhraseSpeakerTests {
  @Test(arguments: [
    "В заявлении прямо говорится, что «решение о закрытии моста было ошибкой, которую надо исправить».",
    "W komunikacie napisano, że „decyzja o zamknięciu mostu była błędem, który trzeba naprawić”.",
    "Im Bericht heißt es, „die Entscheidung über die Brücke war ein Fehler, den man beheben muss“.",
    "Dans le communiqué, on peut lire que « la fermeture du pont était une erreur qu'il faut corriger ».",
  ])
  func namesNobody(text: String) {
    let article = Article(parsing: text)
    #expect(article.quotations.allSatisfy { $0.speaker == nil }, "\(article.speakers)")
    #expect(article.speakers.isEmpty)
  }

  @Test func aNameParticleStillOpensAName() {
    let article = Article(parsing: "\"We will rebuild the bridge,\" said Di Stefano, the mayor.")
    #expect(article.quotations.first?.speaker.map { article.speakers[$0].name } == "Di Stefano")
  }
}
