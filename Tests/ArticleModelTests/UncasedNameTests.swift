import Testing

@testable import ArticleModel

/// Names in scripts without capitals (Han, Hangul, Arabic, Hebrew) are still names.
@Suite struct UncasedNameTests {
  @Test(arguments: [
    ("Then 李明 said: \"We will see.\"", "李明"),
    ("\"Not today,\" 김민수 said.", "김민수"),
    ("Afterwards the envoy דוד said: \"Peace first.\"", "דוד"),
  ])
  func aNameWithoutCapitalsAfterASentenceOpeningWordIsTheSpeaker(text: String, name: String) {
    let article = Article(parsing: text)
    #expect(article.quotations.count == 1)
    let speaker = article.quotations.first?.speaker.map { article.speakers[$0].name }
    #expect(speaker == name)
  }

  @Test func uncasedLettersAreTheScriptsWithoutCase() {
    for scalar in ["李", "김", "ש", "ب", "क", "ก", "か"] {
      #expect(Scalars.isUncasedLetter(Unicode.Scalar(scalar)!.value), "\(scalar)")
    }
    for scalar in ["a", "Z", "é", "Ж", "ж", "Ω", "1", "🌊"] {
      #expect(!Scalars.isUncasedLetter(Unicode.Scalar(scalar)!.value), "\(scalar)")
    }
  }
}

/// A surname seen only at the start of a sentence is a name when the reporting verb stands beside it.
@Suite struct SurnameBesideVerbTests {
  @Test(arguments: [
    "Ruiz told reporters: \"Nobody pays a toll on the bridge.\"",
    "\"Nobody pays a toll on the bridge,\" Ruiz said.",
    "\"Nobody pays a toll on the bridge,\" said Ruiz.",
  ])
  func isTheSpeaker(text: String) {
    let article = Article(parsing: text)
    #expect(article.quotations.count == 1)
    #expect(article.quotations.first?.speaker.map { article.speakers[$0].name } == "Ruiz")
  }

  @Test func aSentenceOpeningWordWithoutAVerbNamesNobody() {
    let article = Article(parsing: "Disputed and denied, \"a plan for the bridge\" stayed on the table.")
    #expect(article.quotations.allSatisfy { $0.speaker == nil })
  }
}
