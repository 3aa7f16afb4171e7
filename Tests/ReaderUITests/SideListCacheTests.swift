import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// The side list's page is copied from the document's cache while it stays the same; every
/// frame must still be what drawing afresh gives.
@Suite struct SideListCacheTests {
  /// The state's render, and the render of the same state with documents whose caches are empty.
  func renders(_ state: ReaderState, depth: ColorDepth) -> (cached: Screen, fresh: Screen) {
    var cold = state
    cold.documents = state.documents.map { OpenDocument(name: $0.name, article: $0.article) }
    return (render(state, depth: depth), render(cold, depth: depth))
  }

  @Test(arguments: [ColorDepth.none, .many])
  func everyFrameIsWhatDrawingAfreshGives(depth: ColorDepth) {
    var reader = ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: 100, height: 12))
    let steps: [[InputEvent]] = [
      [], InputEvent.keys("j"), InputEvent.keys("jj"), [.key(.tab)], InputEvent.keys("j"),
      [.key(.right)], InputEvent.keys("jj"), InputEvent.keys(" "), [.key(.right)], InputEvent.keys("j"),
      [.key(.tab)], InputEvent.keys("fberg\n"), InputEvent.keys("]"), [.key(.left)], InputEvent.keys("F"),
      [.resize(Size(width: 90, height: 10))], InputEvent.keys("G"), [.resize(Size(width: 120, height: 14))],
    ]
    for (i, events) in steps.enumerated() {
      reader.send(events)
      _ = render(reader, depth: depth)  // warm the cache with this frame, then draw it again from the cache
      let (cached, fresh) = renders(reader, depth: depth)
      #expect(cached == fresh, "step \(i)")
    }
  }

  @Test func aChangedThemeIsNotServedFromTheCache() {
    let reader = ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: 100, height: 12))
    _ = render(reader, depth: .none)
    let (cached, fresh) = renders(reader, depth: .many)
    #expect(cached == fresh)
  }
}
