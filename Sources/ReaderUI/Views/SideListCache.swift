import ArticleModel
import Synchronization

/// The side list's last page as drawn, so that a key that leaves the page alone (j, k, a
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

  private let page = Mutex<Page?>(nil)

  /// The cells of the list's rectangle, row by row, drawn for `key`; `nil` if another page is kept.
  func cells(for key: Key) -> [Cell]? {
    page.withLock { $0?.key == key ? $0?.cells : nil }
  }

  /// Keeps the cells of a page just drawn.
  func keep(_ cells: [Cell], for key: Key) {
    page.withLock { $0 = Page(key: key, cells: cells) }
  }
}
