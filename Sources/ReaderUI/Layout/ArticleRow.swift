/// One row of the article pane, before it is drawn.
public struct ArticleRow: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// A dataset's title of the article, at the very top.
    case title(String)
    /// The article's date, at the very top (below the title).
    case date(String)
    /// The blank line between blocks.
    case blank
    /// The header of an embedded post: author, @handle, date.
    case postHeader(post: Int)
    /// A line of a paragraph's text; `indent` columns are left for a post's bar.
    case text(paragraph: Int, line: WrappedLine, indent: Int)
    /// A stretch of paragraphs hidden by the speaker filter.
    case hidden(first: Int, count: Int)
  }

  public var kind: Kind
  /// The position that puts this row at the top of the pane.
  public var position: ReadingPosition

  public init(kind: Kind, position: ReadingPosition) {
    self.kind = kind
    self.position = position
  }

  /// The paragraph the row belongs to.
  public var paragraph: Int { position.paragraph }
}
