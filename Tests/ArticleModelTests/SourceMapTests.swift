import Testing

@testable import ArticleModel

@Suite struct SourceMapTests {
  /// Every form gives back exactly the offsets it was made from.
  @Test(arguments: [
    [7],  // an empty text: only the end
    [10, 11, 12, 13, 20],  // one run, then the end elsewhere (identity)
    [0, 1, 2, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 30],  // a few runs (an entity decoded)
    [5, 5, 6, 9, 9, 12, 14, 15],  // jumps everywhere (distances)
    [0, 1, 5_000_000_000, 5_000_000_001],  // a distance over 32 bits (plain offsets)
  ])
  func givesBackItsOffsets(offsets: [Int]) {
    let map = SourceMap(offsets)
    #expect(map.count == offsets.count)
    #expect(map.offsets == offsets)
    for i in offsets.indices { #expect(map[i] == offsets[i]) }
  }

  @Test func runsOfEveryLengthGiveBackTheirOffsets() {
    // Non-decreasing offsets with a jump every `gap` scalars, from 1 (no runs) to 300.
    for gap in [1, 2, 3, 4, 7, 50, 300] {
      var offsets: [Int] = []
      var source = 1_000
      for i in 0..<1_200 {
        offsets.append(source)
        source += i % gap == gap - 1 ? 3 : 1
      }
      let map = SourceMap(offsets)
      #expect(map.offsets == offsets, "gap \(gap)")
      #expect(SourceMap(map.offsets) == map)
    }
  }

  @Test func aParagraphWithADecodedEntityMapsBackToItsSource() {
    let source = "Tom &amp; Jerry said nothing at all about the matter today."
    let paragraph = Article(parsing: source).paragraphs[0]
    #expect(paragraph.text == "Tom & Jerry said nothing at all about the matter today.")
    #expect(paragraph.sourceOffset(ofLocal: 4) == 4)  // the "&" maps to its "&amp;"
    #expect(paragraph.sourceOffset(ofLocal: 6) == 10)  // "Jerry"
    #expect(paragraph.localOffset(ofSource: 10) == 6)
    #expect(
      paragraph.sourceOffset(ofLocal: paragraph.text.unicodeScalars.count) == source.unicodeScalars.count)
  }
}

/// The sizes the documentation promises for the structures a big article has most of.
@Suite struct ModelSizeTests {
  @Test func paragraphsAndNameRunsStaySmall() {
    #expect(MemoryLayout<Paragraph>.stride == 88)
    #expect(MemoryLayout<SpeakerResolver.NameRun>.stride == 40)
  }

  @Test func searchMatchesStaySmallAndKeepTheirPlaces() {
    #expect(MemoryLayout<SearchMatch>.stride == 12)
    var match = SearchMatch(paragraph: 70_000, local: 12..<15)
    #expect(match.paragraph == 70_000)
    #expect(match.local == 12..<15)
    match.local = 3_000_000..<3_000_004
    match.paragraph = 2
    #expect(match == SearchMatch(paragraph: 2, local: 3_000_000..<3_000_004))
  }
}
