import ArticleModel
import TestSupport
import Testing

/// Properties that hold for any input, checked on generated text and bytes
/// from a fixed-seed generator (the same cases on every run).
@Suite struct SegmenterInvariantTests {
  typealias Generator = SeededGenerator

  /// Pieces that reach every stage: line ends, quotes and dashes, signatures,
  /// links, references, tags, script, dates, scripts of several languages.
  static let fragments: [String] = [
    "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "  ", "\t", "\u{0}", "\u{7}", "\"", "“", "”", "‘", "’", "«",
    "»", "„",
    "—", "–", "-", " — ", "(@", "@x", "(@janeroe)", ")", "(", "#tag", "#Brexit", "pic.twitter.com/AbCdEf1234",
    "https://t.co/Xy1", "https://youtu.be/abc", "t.me/chan/1", "&amp;", "&amp;quot;", "&#", "&#x1F600;",
    "&#150;", ";",
    "&", "<p>", "</a>", "<script>", "</script>", "<!--", "-->", "<", ">", "(function(d, s, id) {", "}", "{",
    "));",
    "window.twttr = ", "A post shared by ", "Posted by Page on ", " on ", " at 12:51pm PST", "May 7, 2018",
    "Monday, October 16, 2017", "26 сентября 2018 г.", "2018", "date 2018-01-01 ", "\u{FEFF}", "\u{A0}",
    "\u{85}",
    "\u{2028}", "🇷🇺", "👍🏽", "é", "e\u{301}", "Лавров", "中文", "word", "Word", "Mr.", ". ", "... ", "! ", "? ",
    "Story continues below", "Advertisement", "\u{93}", "\u{FFFD}",
  ]

  static func generatedText(_ generator: inout Generator, pieces: Int) -> String {
    var text = ""
    for _ in 0..<pieces {
      if Int.random(in: 0..<4, using: &generator) == 0 {
        text += String(repeating: "lorem ipsum dolor ", count: Int.random(in: 1...30, using: &generator))
      } else {
        text += fragments[Int.random(in: 0..<fragments.count, using: &generator)]
      }
    }
    return text
  }

  /// Checks every invariant of a parsed article against its source.
  static func check(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    let source = Array(article.source.unicodeScalars)
    #expect(article.scalarCount == source.count, sourceLocation: sourceLocation)
    var previousEnd = 0
    for (index, paragraph) in article.paragraphs.enumerated() {
      #expect(paragraph.index == index, sourceLocation: sourceLocation)
      let range = paragraph.range
      #expect(
        range.start >= previousEnd && range.start <= range.end && range.end <= source.count,
        sourceLocation: sourceLocation)
      previousEnd = max(previousEnd, range.end)
      let text = Array(paragraph.text.unicodeScalars)
      // Display text is folded and trimmed, and carries no controls.
      #expect(text.first.map { !$0.properties.isWhitespace } ?? true, sourceLocation: sourceLocation)
      #expect(text.last.map { !$0.properties.isWhitespace } ?? true, sourceLocation: sourceLocation)
      #expect(!text.contains { $0.value < 0x20 || $0.value == 0x7F }, sourceLocation: sourceLocation)
      #expect(
        !zip(text, text.dropFirst()).contains { $0 == " " && $1 == " " }, sourceLocation: sourceLocation)
      if let map = paragraph.sourceMap {
        #expect(map.count == text.count + 1, sourceLocation: sourceLocation)
        #expect(zip(map, map.dropFirst()).allSatisfy { $0 <= $1 }, sourceLocation: sourceLocation)
        #expect(map.allSatisfy { $0 >= range.start && $0 <= range.end }, sourceLocation: sourceLocation)
        // A scalar that is neither a folded space nor decoded stands where the map says.
        let misplaced = text.indices.filter { k in
          guard map[k] < source.count, text[k] != " " else { return false }
          let original = source[map[k]]
          // Decoded: a reference (at its "&"), a C1 control, or UTF-8 read as Windows-1252 (at its lead).
          let decoded =
            original == "&" || (0x80...0x9F).contains(original.value)
            || (0xC2...0xF4).contains(original.value)
          return !(original == text[k] || decoded)
        }
        #expect(misplaced.isEmpty, sourceLocation: sourceLocation)
      } else {
        #expect(Array(source[range.start..<range.end]) == text, sourceLocation: sourceLocation)
      }
      switch paragraph.kind {
      case .text:
        #expect(paragraph.post == nil, sourceLocation: sourceLocation)
      case .post:
        if let post = paragraph.post, article.posts.indices.contains(post) {
          #expect(article.posts[post].paragraph == index, sourceLocation: sourceLocation)
          #expect(article.posts[post].range == range, sourceLocation: sourceLocation)
        } else {
          Issue.record("post paragraph \(index) without a valid post", sourceLocation: sourceLocation)
        }
      }
    }
    for (index, post) in article.posts.enumerated() {
      #expect(post.index == index, sourceLocation: sourceLocation)
      #expect(article.paragraphs.indices.contains(post.paragraph), sourceLocation: sourceLocation)
      #expect(post.date.map { $0.count == 10 } ?? true, sourceLocation: sourceLocation)
      #expect(
        !post.handle.hasPrefix("@") && !post.hashtags.contains { $0.hasPrefix("#") },
        sourceLocation: sourceLocation)
    }
    #expect(
      zip(article.posts, article.posts.dropFirst()).allSatisfy { $0.paragraph < $1.paragraph },
      sourceLocation: sourceLocation)
  }

  @Test func generatedTextKeepsEveryInvariant() {
    var generator = Generator(state: 0x5EED_0001)
    for _ in 0..<200 {
      let source = Self.generatedText(&generator, pieces: Int.random(in: 0...60, using: &generator))
      Self.check(Article(parsing: source))
    }
  }

  @Test func randomBytesKeepEveryInvariant() {
    var generator = Generator(state: 0xB17E_5002)
    let interesting: [UInt8] = [
      0x00, 0x0A, 0x0D, 0x20, 0x22, 0x26, 0x28, 0x2D, 0x3B, 0x3C, 0x40, 0x23, 0xE2, 0x80, 0x94, 0xC2, 0xA0,
      0xEF, 0xBB, 0xBF, 0xFF,
    ]
    for _ in 0..<200 {
      let length = Int.random(in: 0...400, using: &generator)
      let bytes: [UInt8] = (0..<length).map { _ in
        Bool.random(using: &generator)
          ? interesting[Int.random(in: 0..<interesting.count, using: &generator)]
          : UInt8.random(in: 0...255, using: &generator)
      }
      Self.check(Article(parsing: bytes))
    }
  }

  @Test func longSingleLineAndManyShortParagraphs() {
    let line =
      String(repeating: "word ", count: 20_000) + "pic.twitter.com/AbCdEf1234 — Jane (@jane) May 7, 2018"
    let long = Article(parsing: line)
    Self.check(long)
    #expect(long.posts.count == 1)

    let many = String(repeating: "Short one.\n\n", count: 20_000)
    let article = Article(parsing: many)
    #expect(article.paragraphs.count == 20_000)
    #expect(article.paragraphs.last?.range == TextRange(start: 12 * 19_999, end: 12 * 19_999 + 10))
  }
}
