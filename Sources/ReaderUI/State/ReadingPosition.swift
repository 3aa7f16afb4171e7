/// Where the reader is in an article: a paragraph and a scalar offset into its text.
///
/// The top row of the article pane is the row of `paragraph` that shows
/// `offset`. Positions survive resizing: at a new width the same offset falls
/// on some other row of the same paragraph, and the reader keeps reading the
/// same words. Rows that belong to a paragraph but stand above its text (the
/// blank line before it, the date, a post's header) have negative offsets:
/// -1 is the row right above the text.
public struct ReadingPosition: Hashable, Sendable, Comparable {
  public var paragraph: Int
  public var offset: Int

  public init(paragraph: Int, offset: Int) {
    self.paragraph = paragraph
    self.offset = offset
  }

  public static let start = ReadingPosition(paragraph: 0, offset: Int.min / 2)

  public static func < (lhs: ReadingPosition, rhs: ReadingPosition) -> Bool {
    (lhs.paragraph, lhs.offset) < (rhs.paragraph, rhs.offset)
  }
}
