import ArticleModel
import TestSupport
import Testing

/// Properties of quotations and speakers that hold for any input, checked on text
/// and bytes from a fixed-seed generator (the same cases on every run).
@Suite struct QuotationInvariantTests {
  typealias Generator = SeededGenerator

  /// Pieces rich in marks, apostrophes, dashes, names, verbs and breaks.
  static let fragments: [String] = [
    "\"", "“", "”", "‘", "’", "'", "''", "«", "»", "„", "‹", "›", "—", "–", " — ", ", ", ". ", ": ",
    "\n", "\n\n", "\r\n", " ", "said", " said ", "told", "according to ", "he", " she ", "they",
    "the spokeswoman", "the country's foreign minister", "Anna Berg", "Berg", "Mr. Berg", "#Berg: ",
    "it's", "Jones'", "'90s", "so-called", "the", "a", "some", "Лавров", "пояснил", "napisał",
    "pic.twitter.com/AbC123 — Anna Berg (@annaberg) May 7, 2018", "\u{0}", "\u{FEFF}", "🇷🇺",
    "word", "Word", "(", ")", "?", "!", "…",
  ]

  static func generatedText(_ generator: inout Generator) -> String {
    var text = ""
    let pieces = Int.random(in: 1...120, using: &generator)
    for _ in 0..<pieces {
      text += fragments[Int.random(in: 0..<fragments.count, using: &generator)]
    }
    return text
  }

  static func check(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    let count = article.scalarCount
    var previous: TextRange?
    for (i, q) in article.quotations.enumerated() {
      #expect(q.index == i, sourceLocation: sourceLocation)
      #expect(
        q.range.start >= 0 && q.range.end <= count && q.range.start < q.range.end,
        sourceLocation: sourceLocation)
      if let p = previous { #expect(p.start <= q.range.start, sourceLocation: sourceLocation) }
      previous = q.range
      #expect(!q.pieces.isEmpty, sourceLocation: sourceLocation)
      #expect(q.paragraph == q.pieces.first?.paragraph, sourceLocation: sourceLocation)
      var lastParagraph = -1
      for piece in q.pieces {
        #expect(piece.paragraph > lastParagraph, sourceLocation: sourceLocation)
        lastParagraph = piece.paragraph
        guard piece.paragraph >= 0 && piece.paragraph < article.paragraphs.count else {
          Issue.record("piece outside the paragraphs", sourceLocation: sourceLocation)
          continue
        }
        let paragraph = article.paragraphs[piece.paragraph]
        let length = paragraph.text.unicodeScalars.count
        #expect(
          piece.local.lowerBound >= 0 && piece.local.upperBound <= length
            && !piece.local.isEmpty, sourceLocation: sourceLocation)
        let start = paragraph.sourceOffset(ofLocal: piece.local.lowerBound)
        #expect(
          start >= paragraph.range.start && start <= paragraph.range.end,
          sourceLocation: sourceLocation)
      }
      if let s = q.speaker {
        #expect(s >= 0 && s < article.speakers.count, sourceLocation: sourceLocation)
        if s >= 0 && s < article.speakers.count {
          #expect(article.speakers[s].quotations.contains(i), sourceLocation: sourceLocation)
        }
      }
      if let m = q.mention {
        #expect(m.range.start >= 0 && m.range.end <= count, sourceLocation: sourceLocation)
      }
      if let post = q.post {
        #expect(post >= 0 && post < article.posts.count, sourceLocation: sourceLocation)
      }
    }
    for (i, speaker) in article.speakers.enumerated() {
      #expect(speaker.index == i, sourceLocation: sourceLocation)
      #expect(!speaker.quotations.isEmpty || !speaker.posts.isEmpty, sourceLocation: sourceLocation)
      for q in speaker.quotations {
        #expect(
          q >= 0 && q < article.quotations.count && article.quotations[q].speaker == i,
          sourceLocation: sourceLocation)
      }
      #expect(speaker.quotations == speaker.quotations.sorted(), sourceLocation: sourceLocation)
    }
  }

  @Test func generatedTextKeepsEveryInvariant() {
    var generator = Generator(state: 0x5EED_2026)
    for _ in 0..<400 {
      let text = Self.generatedText(&generator)
      Self.check(Article(parsing: text))
    }
  }

  @Test func randomBytesNeverCrashAndKeepEveryInvariant() {
    var generator = Generator(state: 0xB17E5)
    for _ in 0..<200 {
      let length = Int.random(in: 0...600, using: &generator)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(length)
      for _ in 0..<length {
        // Mostly marks and ASCII, with stray high bytes and NULs.
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: bytes.append(contentsOf: Array("“".utf8))
        case 1: bytes.append(0x22)
        case 2: bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
        default: bytes.append(UInt8.random(in: 0...0x7F, using: &generator))
        }
      }
      Self.check(Article(parsing: bytes))
    }
  }

  @Test func manyUnclosedMarksStayLinearAndEmpty() {
    let text = String(repeating: "«“„‘ ", count: 20_000)
    let article = Article(parsing: text)
    Self.check(article)
    #expect(article.quotations.count <= 1)
  }

  @Test func aLongParagraphOfQuotesIsFullyPaired() {
    let text = (0..<2_000).map { "\"We will build bridge number \($0) by the river,\" said Anna Berg." }
      .joined(separator: " ")
    let article = Article(parsing: text)
    Self.check(article)
    #expect(article.quotations.count == 2_000)
    #expect(article.speakers.map(\.name) == ["Anna Berg"])
  }
}
