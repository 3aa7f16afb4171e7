import ArticleModel
import Synchronization

/// The side list's last pages as drawn, so that a key that leaves the page alone (j, k, a
/// search step) copies its cells instead of drawing every entry again, and so does G when the
/// reader has drawn the end while it waited.
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

  /// The pages kept, the most recently used first, and how many were drawn; `pinned`
  /// is kept apart from them until another page is pinned (see `pinMostRecent`).
  private struct Pages {
    var pages: [Page] = []
    var pinned: Page?
    /// Whether the page found or drawn last was the pinned one.
    var lastWasPinned = false
    var drawn = 0
  }

  private let pages = Mutex(Pages())

  /// How many pages have been kept since the cache was made (for tests: a page
  /// found in the cache is not drawn again).
  var drawnCount: Int { pages.withLock { $0.drawn } }

  /// The cells of the list's rectangle, row by row, drawn for `key`; `nil` if no page
  /// kept is. The page found becomes the most recently used.
  func cells(for key: Key) -> [Cell]? {
    pages.withLock { kept in
      if let pinned = kept.pinned, pinned.key == key {
        kept.lastWasPinned = true
        return pinned.cells
      }
      guard let index = kept.pages.firstIndex(where: { $0.key == key }) else { return nil }
      kept.lastWasPinned = false
      let page = kept.pages.remove(at: index)
      kept.pages.insert(page, at: 0)
      return page.cells
    }
  }

  /// Keeps the page drawn or found last apart from the others, however many are drawn
  /// after it: the reader pins the end's page, drawn while it waited, for G.
  func pinMostRecent() {
    pages.withLock { kept in
      guard !kept.lastWasPinned, !kept.pages.isEmpty else { return }
      kept.pinned = kept.pages.removeFirst()
      kept.lastWasPinned = true
    }
  }

  /// Keeps the cells of a page just drawn, with the two used before it.
  func keep(_ cells: [Cell], for key: Key) {
    pages.withLock { kept in
      kept.pages.removeAll { $0.key == key }
      kept.pages.insert(Page(key: key, cells: cells), at: 0)
      if kept.pages.count > 3 { kept.pages.removeLast() }
      kept.lastWasPinned = false
      kept.drawn += 1
    }
  }
}
