import ArticleModel
import TestSupport
import Testing

@Suite struct SearchMatchesTests {
  @Test func aParagraphsMatchesComeBackTogetherWithTheIndexOfTheFirst() {
    let article = Article(parsing: "aXa aXa\n\nnone\n\nxax")
    let matches = article.search("xa")
    #expect(matches.count == 3)
    #expect(matches.matches(inParagraph: 0).first == 0)
    #expect(matches.matches(inParagraph: 0).matches.map(\.local) == spans("a⟦Xa⟧ a⟦Xa⟧"))
    #expect(matches.matches(inParagraph: 1).matches.isEmpty)
    #expect(matches.matches(inParagraph: 2).first == 2)
    #expect(matches.matches(inParagraph: 2).matches.map(\.local) == spans("⟦xa⟧x"))
    #expect(matches[2] == SearchMatch(paragraph: 2, local: 0..<2))
  }

  @Test func occurrencesDoNotOverlap() {
    let article = Article(parsing: "aaaaa")
    #expect(Array(article.search("aa")).map(\.local) == spans("⟦aa⟧⟦aa⟧a"))
  }

  @Test func anArticleIsSearchedParagraphByParagraph() {
    let article = Article(parsing: "The cat sat.\n\nNo match here.\n\nthe end, THE end")
    let found = Array(article.search("the"))
    #expect(found.map(\.paragraph) == [0, 2, 2])
    #expect(found.map(\.local) == spans("⟦The⟧ cat sat.") + spans("⟦the⟧ end, ⟦THE⟧ end"))
    // An upper-case letter makes the search match case.
    #expect(Array(article.search("THE")).map(\.local) == spans("the end, ⟦THE⟧ end"))
    #expect(article.search("").isEmpty)
    #expect(Array(article.search("the", in: [2])).count == 2)
  }

  @Test func aCommonLetterMatchesEverywhereAndEachMatchComesBackWhole() {
    let text = String(repeating: "e e e e e e e e e e\n\n", count: 1000)
    let matches = Article(parsing: text).search("e")
    #expect(matches.count == 10_000)
    // Every match is still a whole value when asked for.
    #expect(matches.allSatisfy { $0.local.count == 1 })
  }

  /// Every match, found the plain way: the scalars folded one by one, the pattern
  /// compared at every place, the next looked for after the last.
  private func reference(_ text: String, _ pattern: String) -> [[Range<Int>]] {
    let ignoreCase = !pattern.unicodeScalars.contains { $0.properties.isUppercase }
    func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
      guard ignoreCase else { return scalar }
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      return lower.count == 1 ? lower.first! : scalar
    }
    let needle = pattern.unicodeScalars.map(fold)
    return Article(parsing: text).paragraphs.map { paragraph in
      let scalars = paragraph.text.unicodeScalars.map(fold)
      var found: [Range<Int>] = []
      var start = 0
      while !needle.isEmpty && start + needle.count <= scalars.count {
        if Array(scalars[start..<(start + needle.count)]) == needle {
          found.append(start..<(start + needle.count))
          start += needle.count
        } else {
          start += 1
        }
      }
      return found
    }
  }

  @Test func matchesAreTheOnesFoundThePlainWayInAnyScript() {
    // Letters whose case folds, accents precomposed and combining, Cyrillic, Greek,
    // CJK, emoji (four bytes), and a letter whose lower case is two scalars.
    let pieces = [
      "a", "A", "b", " ", "é", "É", "e\u{301}", "Д", "д", "Σ", "σ", "ς", "中", "😀", "İ", "ß", "aa", ".",
    ]
    var generator = SeededGenerator(state: 7)
    for _ in 0..<300 {
      let text =
        (0..<(1 + Int(generator.next() % 40))).map { _ in
          pieces[Int(generator.next() % UInt64(pieces.count))]
        }.joined() + "\n\n" + "Aa éÉ Дд aa"
      let pattern = (0..<(1 + Int(generator.next() % 3))).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      let article = Article(parsing: text)
      let matches = article.search(pattern)
      let found = article.paragraphs.indices.map { matches.matches(inParagraph: $0).matches.map(\.local) }
      #expect(found == reference(text, pattern), "\(text.debugDescription) / \(pattern.debugDescription)")
      #expect(matches.count == found.map(\.count).reduce(0, +))
    }
  }
}
