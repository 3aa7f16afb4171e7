import ArticleModel

extension ReaderState {
  /// Where the panes are at the current size.
  public var screenLayout: ScreenLayout { ScreenLayout(size: size, sidePaneChoice: sidePaneChoice) }

  /// The article's rows at the article pane's width, with the filter applied.
  public var articleLayout: ArticleLayout {
    ArticleLayout(document: document, visible: visibleParagraphs, width: screenLayout.article.width)
  }

  /// Rows of the article pane.
  public var pageHeight: Int { max(1, screenLayout.article.height) }

  /// The pane that really has the keyboard (the article when the side pane is hidden).
  public var effectiveFocus: Pane { screenLayout.side == nil ? .article : focus }

  /// Whether the side pane is on screen.
  public var isSidePaneShown: Bool { screenLayout.side != nil }

  /// The rows the article pane shows now.
  public var viewRows: [ArticleRow] { articleLayout.rows(from: position, height: pageHeight) }

  /// Lays out the page below the one shown (its paragraphs' glyphs and lines go into the
  /// document's layout cache), so that paging down finds them ready. The reader calls it
  /// while it waits for a key.
  public func layOutNextPage() {
    prepare(articleLayout.rows(from: position, height: pageHeight * 2))
  }

  /// The state going to the end (G) would give.
  public func atEnd(keyMap: KeyMap) -> ReaderState {
    var end = self
    _ = end.apply(.toBottom, keyMap: keyMap)
    return end
  }

  /// Draws the frame going to the end (G) would show (see `ReadyFrame`): its article rows
  /// go into the layout cache too, so that G finds them ready even when it cannot use the
  /// frame. The reader calls it while it waits for a key.
  ///
  /// - Parameter spare: A grid no longer needed, drawn into (see `ReaderView.render`).
  @discardableResult
  public func drawEndAhead(theme: Theme, keyMap: KeyMap, reusing spare: consuming Screen? = nil)
    -> ReadyFrame
  {
    ReadyFrame(drawing: atEnd(keyMap: keyMap), theme: theme, keyMap: keyMap, reusing: spare)
  }

  /// Makes sure what drawing `rows` takes besides their lines is in the layout cache:
  /// the glyphs and tags of their paragraphs (lines found in the cache were wrapped
  /// from glyphs that may have been forgotten since).
  private func prepare(_ rows: [ArticleRow]) {
    var last = -1
    for row in rows {
      guard case .text(let paragraph, _, _) = row.kind, paragraph != last else { continue }
      last = paragraph
      _ = document.glyphs(of: paragraph)
      _ = document.tags(of: paragraph)
    }
  }

  /// The first and last rows (as positions) that show a quotation.
  public func span(ofQuotation q: Int, in layout: ArticleLayout) -> (
    start: ReadingPosition, end: ReadingPosition
  )? {
    guard article.quotations.indices.contains(q), let first = article.quotations[q].pieces.first,
      let last = article.quotations[q].pieces.last
    else { return nil }
    let start = layout.position(ofParagraph: first.paragraph, offset: first.local.lowerBound)
    let end = layout.position(
      ofParagraph: last.paragraph, offset: max(last.local.lowerBound, last.local.upperBound - 1))
    return (start, max(start, end))
  }

  /// The first and last rows of the block that shows paragraph `p`.
  func span(ofParagraph p: Int, in layout: ArticleLayout) -> (start: ReadingPosition, end: ReadingPosition)? {
    guard let block = layout.block(containing: p) else { return nil }
    let rows = layout.rows(of: block)
    return (rows[0].position, rows[rows.count - 1].position)
  }

  /// Whether rows `start...end` are all on screen.
  func isOnScreen(_ span: (start: ReadingPosition, end: ReadingPosition)?, rows: [ArticleRow]) -> Bool {
    guard let span, let first = rows.first, let last = rows.last else { return false }
    return span.start >= first.position && span.end <= last.position
  }

  /// Whether a quotation is whole on screen.
  public func isQuotationOnScreen(_ q: Int) -> Bool {
    let layout = articleLayout
    return isOnScreen(span(ofQuotation: q, in: layout), rows: layout.rows(from: position, height: pageHeight))
  }

  /// Whether any row of a quotation is on screen.
  public func isQuotationPartlyOnScreen(_ q: Int) -> Bool {
    let layout = articleLayout
    let rows = layout.rows(from: position, height: pageHeight)
    guard let span = span(ofQuotation: q, in: layout), let first = rows.first, let last = rows.last else {
      return false
    }
    return span.end >= first.position && span.start <= last.position
  }

  /// The start of a quotation as a position (for ordering against the view).
  func start(ofQuotation q: Int) -> ReadingPosition {
    guard article.quotations.indices.contains(q), let piece = article.quotations[q].pieces.first else {
      return ReadingPosition(
        paragraph: article.quotations.indices.contains(q) ? article.quotations[q].paragraph : 0, offset: 0)
    }
    return ReadingPosition(paragraph: piece.paragraph, offset: piece.local.lowerBound)
  }

  /// The number of entries of each list, as the side pane shows them.
  public func listIDs(_ tab: SideTab) -> [Int] {
    switch tab {
    case .posts: return filteredPosts
    case .speakers: return Array(article.speakers.indices)
    case .quotations: return filteredQuotations
    }
  }

  /// The selected id of a list.
  public func selection(_ tab: SideTab) -> Int? {
    switch tab {
    case .posts: return selectedPost
    case .speakers: return selectedSpeaker
    case .quotations: return selectedQuotation
    }
  }

  mutating func setSelection(_ tab: SideTab, _ id: Int?) {
    switch tab {
    case .posts: selectedPost = id
    case .speakers: selectedSpeaker = id
    case .quotations: selectedQuotation = id
    }
  }

  /// The row of the selection in a list (the nearest following entry when the selected one is filtered out).
  public func selectedRow(_ tab: SideTab) -> Int? {
    let ids = listIDs(tab)
    guard !ids.isEmpty else { return nil }
    guard let id = selection(tab) else { return 0 }
    return min(ids.count - 1, lowerBound(ids, id))
  }

  /// Rows of screen one entry of a list takes.
  public static func entryHeight(_ tab: SideTab) -> Int { tab == .speakers ? 1 : 2 }

  /// Entries of a list that fit in the side pane.
  public var listCapacity: Int {
    guard let side = screenLayout.side else { return 1 }
    return max(1, (side.height - 1) / Self.entryHeight(sideTab))
  }
}

/// Index of the first element not less than `value` in a sorted array.
func lowerBound(_ array: [Int], _ value: Int) -> Int {
  var lo = 0
  var hi = array.count
  while lo < hi {
    let mid = (lo + hi) / 2
    if array[mid] < value { lo = mid + 1 } else { hi = mid }
  }
  return lo
}

/// Index of the first element for which `isAfter` holds, in an array ordered so that it holds for a suffix.
func partitionPoint<C: RandomAccessCollection>(_ array: C, _ isAfter: (C.Element) -> Bool) -> Int
where C.Index == Int {
  var lo = 0
  var hi = array.count
  while lo < hi {
    let mid = (lo + hi) / 2
    if isAfter(array[mid]) { hi = mid } else { lo = mid + 1 }
  }
  return lo
}

/// A frame drawn ahead, and the state it shows: the reader shows it as it is when the
/// state comes to be equal (rendering is a function of the state, the theme and the keys).
public struct ReadyFrame: Sendable {
  public let state: ReaderState
  public let screen: Screen

  /// The frame of `state`, drawn into `spare` when given.
  public init(drawing state: ReaderState, theme: Theme, keyMap: KeyMap, reusing spare: consuming Screen?) {
    self.state = state
    screen = ReaderView.render(state, theme: theme, keyMap: keyMap, reusing: spare)
  }
}
