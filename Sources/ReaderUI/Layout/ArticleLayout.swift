import ArticleModel

/// The article pane's rows at one width, produced lazily around a position.
///
/// The article is a sequence of *blocks*: a paragraph, or (with a speaker
/// filter on) a stretch of hidden paragraphs drawn as one line. Each block
/// has a few decoration rows (the blank line before it, the date above the
/// first block, a post's header) and then its text rows. Nothing here walks
/// the whole article: finding a block is a binary search in the filter's
/// paragraph list, and only blocks that are asked for are wrapped.
///
///     Talks in New York       title     (0, -4), for a dataset's record
///                             blank     (0, -3)
///     2018-09-27              date      (0, -2)
///                             blank     (0, -1)
///     It's been 65 years      text      (0, 0)
///     since the war ended.    text      (0, 19)
///                             blank     (1, -1)
///     For years, Russia…      text      (1, 0)
public struct ArticleLayout {
  /// A paragraph, or a stretch of paragraphs hidden by the filter.
  public enum Block: Hashable, Sendable {
    case paragraph(Int)
    case hidden(ClosedRange<Int>)

    public var first: Int {
      switch self {
      case .paragraph(let index): return index
      case .hidden(let range): return range.lowerBound
      }
    }

    public var last: Int {
      switch self {
      case .paragraph(let index): return index
      case .hidden(let range): return range.upperBound
      }
    }
  }

  public let document: OpenDocument
  /// Paragraphs shown, sorted; `nil` shows all.
  public let visible: [Int]?
  /// Columns of the pane.
  public let width: Int

  /// Columns a post's text is indented by (its bar and a space).
  public static let postIndent = 2

  public init(document: OpenDocument, visible: [Int]?, width: Int) {
    self.document = document
    self.visible = visible
    self.width = max(1, width)
  }

  var paragraphCount: Int { document.article.paragraphs.count }

  /// The block that shows paragraph `index` (clamped to the article); `nil` for an empty article.
  public func block(containing index: Int) -> Block? {
    let count = paragraphCount
    guard count > 0 else { return nil }
    let clamped = max(0, min(index, count - 1))
    guard let visible else { return .paragraph(clamped) }
    var lo = 0
    var hi = visible.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if visible[mid] < clamped { lo = mid + 1 } else { hi = mid }
    }
    if lo < visible.count && visible[lo] == clamped { return .paragraph(clamped) }
    let start = lo > 0 ? visible[lo - 1] + 1 : 0
    let end = lo < visible.count ? visible[lo] - 1 : count - 1
    return .hidden(start...end)
  }

  public func next(_ block: Block) -> Block? {
    block.last + 1 < paragraphCount ? self.block(containing: block.last + 1) : nil
  }

  public func previous(_ block: Block) -> Block? {
    block.first > 0 ? self.block(containing: block.first - 1) : nil
  }

  /// The rows of a block, decorations first.
  public func rows(of block: Block) -> [ArticleRow] {
    let first = block.first
    var decorations: [ArticleRow.Kind] = []
    if first == 0 {
      if let title = document.title { decorations += [.title(title), .blank] }
      if let date = document.article.date { decorations += [.date(date), .blank] }
    } else {
      decorations.append(.blank)
    }
    var rows: [ArticleRow] = []
    switch block {
    case .hidden(let range):
      for (i, kind) in decorations.enumerated() {
        rows.append(
          ArticleRow(kind: kind, position: ReadingPosition(paragraph: first, offset: i - decorations.count)))
      }
      rows.append(
        ArticleRow(
          kind: .hidden(first: range.lowerBound, count: range.count),
          position: ReadingPosition(paragraph: first, offset: 0)))
    case .paragraph(let index):
      let paragraph = document.article.paragraphs[index]
      var indent = 0
      if paragraph.kind == .post, let post = paragraph.post, document.article.posts.indices.contains(post) {
        decorations.append(.postHeader(post: post))
        indent = Self.postIndent
      }
      for (i, kind) in decorations.enumerated() {
        rows.append(
          ArticleRow(kind: kind, position: ReadingPosition(paragraph: index, offset: i - decorations.count)))
      }
      let lines = document.lines(of: index, width: max(1, width - indent))
      for (i, line) in lines.enumerated() {
        rows.append(
          ArticleRow(
            kind: .text(paragraph: index, line: line, indent: indent),
            position: ReadingPosition(paragraph: index, offset: i == 0 ? 0 : line.offset)))
      }
    }
    return rows
  }

  /// Index of the row that shows `position` among a block's rows.
  func rowIndex(of position: ReadingPosition, in rows: [ArticleRow], block: Block) -> Int {
    if position.paragraph != block.first {
      // Inside a hidden stretch (or clamped): its line.
      return position.paragraph < block.first ? 0 : rows.count - 1
    }
    var lo = 0
    var hi = rows.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if rows[mid].position <= position { lo = mid + 1 } else { hi = mid }
    }
    return max(0, lo - 1)
  }

  /// A place among the rows: a block, its rows, and one of them.
  public struct Cursor {
    public var block: Block
    public var rows: [ArticleRow]
    public var index: Int
    public var row: ArticleRow { rows[index] }
  }

  /// The cursor on the row that shows `position`.
  public func cursor(at position: ReadingPosition) -> Cursor? {
    guard let block = block(containing: position.paragraph) else { return nil }
    let rows = rows(of: block)
    let position = position.paragraph < 0 ? ReadingPosition.start : position
    return Cursor(block: block, rows: rows, index: rowIndex(of: position, in: rows, block: block))
  }

  /// Moves a cursor by `n` rows (negative: up); stops at the ends. Returns the rows actually moved.
  @discardableResult
  public func move(_ cursor: inout Cursor, by n: Int) -> Int {
    var moved = 0
    if n > 0 {
      while moved < n {
        if cursor.index + 1 < cursor.rows.count {
          cursor.index += 1
        } else if let next = next(cursor.block) {
          cursor = Cursor(block: next, rows: rows(of: next), index: 0)
        } else {
          break
        }
        moved += 1
      }
    } else {
      while moved < -n {
        if cursor.index > 0 {
          cursor.index -= 1
        } else if let previous = previous(cursor.block) {
          let rows = rows(of: previous)
          cursor = Cursor(block: previous, rows: rows, index: rows.count - 1)
        } else {
          break
        }
        moved += 1
      }
    }
    return n >= 0 ? moved : -moved
  }

  /// The canonical position of the row that shows `position`.
  public func normalized(_ position: ReadingPosition) -> ReadingPosition {
    cursor(at: position)?.row.position ?? ReadingPosition(paragraph: 0, offset: 0)
  }

  /// The position `n` rows below (or above, when negative) `position`, stopping at the ends.
  public func position(_ position: ReadingPosition, movedBy n: Int) -> ReadingPosition {
    guard var cursor = cursor(at: position) else { return position }
    move(&cursor, by: n)
    return cursor.row.position
  }

  /// The first row of the article.
  public var top: ReadingPosition {
    cursor(at: .start)?.row.position ?? ReadingPosition(paragraph: 0, offset: 0)
  }

  /// The lowest top position: the one that puts the last row at the bottom of a pane `height` rows high.
  public func lastTop(height: Int) -> ReadingPosition {
    guard let last = block(containing: paragraphCount - 1) else {
      return ReadingPosition(paragraph: 0, offset: 0)
    }
    let rows = rows(of: last)
    var cursor = Cursor(block: last, rows: rows, index: rows.count - 1)
    move(&cursor, by: -(max(1, height) - 1))
    return cursor.row.position
  }

  /// `position` moved up if needed so the pane does not scroll past the end.
  public func clampedTop(_ position: ReadingPosition, height: Int) -> ReadingPosition {
    let normal = normalized(position)
    let limit = lastTop(height: height)
    return normal > limit ? limit : normal
  }

  /// The rows the pane shows from `top`, at most `height` of them.
  public func rows(from top: ReadingPosition, height: Int) -> [ArticleRow] {
    guard height > 0, var cursor = cursor(at: top) else { return [] }
    var result: [ArticleRow] = [cursor.row]
    while result.count < height {
      if move(&cursor, by: 1) == 0 { break }
      result.append(cursor.row)
    }
    return result
  }

  /// The position of the row that shows local `offset` of paragraph `p` (for a hidden paragraph: its stretch's line).
  public func position(ofParagraph p: Int, offset: Int) -> ReadingPosition {
    normalized(ReadingPosition(paragraph: p, offset: max(0, offset)))
  }

  /// The first row of the block that shows paragraph `p` (its blank line or header).
  ///
  /// Counts the block's decoration rows as `rows(of:)` makes them, without wrapping its text.
  public func blockStart(ofParagraph p: Int) -> ReadingPosition {
    guard let block = block(containing: p) else { return ReadingPosition(paragraph: 0, offset: 0) }
    let first = block.first
    var decorations =
      first == 0 ? (document.article.date == nil ? 0 : 2) + (document.title == nil ? 0 : 2) : 1
    if case .paragraph(let index) = block {
      let paragraph = document.article.paragraphs[index]
      if paragraph.kind == .post, let post = paragraph.post, document.article.posts.indices.contains(post) {
        decorations += 1
      }
    }
    // A paragraph with no decorations starts at its text (offset 0); so does a hidden stretch.
    return ReadingPosition(paragraph: first, offset: decorations == 0 ? 0 : -decorations)
  }
}
