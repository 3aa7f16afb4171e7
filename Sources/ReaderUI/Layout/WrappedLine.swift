/// One screen row of a wrapped paragraph.
public struct WrappedLine: Hashable, Sendable {
  /// A run of what the row shows, left to right.
  public enum Segment: Hashable, Sendable {
    /// Glyphs `range` of the paragraph's glyph array.
    case glyphs(Range<Int>)
    /// Tag number `n` of the paragraph's tags.
    case tag(Int)
  }

  /// Local scalar offset where the row starts (its first glyph, or the text a leading tag stands before).
  public var offset: Int
  public var segments: [Segment]
  /// Columns used.
  public var width: Int

  public init(offset: Int, segments: [Segment], width: Int) {
    self.offset = offset
    self.segments = segments
    self.width = width
  }
}
