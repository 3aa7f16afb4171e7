import ArticleModel
import Testing

/// Inputs the fuzzer (`Scripts/fuzz`) found crashing, kept as the bytes it found.
///
/// Each must parse and keep the model's invariants; the comment says what broke.
@Suite struct FuzzRegressionTests {
  static let crashes: [[UInt8]] = [
    // `Le"r"he add`: a capitalised particle alone made a name run with no words, and
    // resolving the pronoun "he" unwrapped the missing surname.
    Array(#"Le"r"he add"#.utf8)
  ]

  @Test(arguments: crashes)
  func foundInputParses(bytes: [UInt8]) {
    let article = Article(parsing: bytes)
    #expect(article.scalarCount == article.source.unicodeScalars.count)
    for quotation in article.quotations {
      #expect(quotation.speaker.map { article.speakers.indices.contains($0) } ?? true)
      #expect(article.paragraphs.indices.contains(quotation.paragraph))
    }
  }
}
