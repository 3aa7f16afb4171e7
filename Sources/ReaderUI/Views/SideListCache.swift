import ArticleModel
import Synchronization

/// The side list's last pages as drawn, so that a key that leaves the page alone (j, k, a
/// search step) copies its cells instead of drawing every entry again.
///
/// Only the entries are kept: the `▶` mark and the selection are drawn over them each
/// frame. The key holds everything the entries' cells depend on besides the document,
/// which owns the cache (its article never changes), so a copied page is the page that
/// drawing would give.
final class SideListCache: Sendable {
  struct Key: Hashable, Sendable {
    var tab: SideTab
    var list: Rect
    var rows: Range<Int>
    var filter: SpeakerFilter
    var theme: Theme
  }

  private struct Page {
    var key: Key
    var cells: [Cell]
  }

  /// The pages kept, the most recently used first.
  private let pages = Mutex([Page]())

  /// The cells of the list's rectangle, row by row, drawn for `key`; `nil` if no page
  /// kept is. The page found becomes the most recently used.
  func cells(for key: Key) -> [Cell]? {
    pages.withLock { pages in
      guard let index = pages.firstIndex(where: { $0.key == key }) else { return nil }
      let page = pages.remove(at: index)
      pages.insert(page, at: 0)
      return page.cells
    }
  }

  /// Keeps the cells of a page just drawn, with the two used before it.
  func keep(_ cells: [Cell], for key: Key) {
    pages.withLock { pages in
      pages.removeAll { $0.key == key }
      pages.insert(Page(key: key, cells: cells), at: 0)
      if pages.count > 3 { pages.removeLast() }
    }
  }
}
