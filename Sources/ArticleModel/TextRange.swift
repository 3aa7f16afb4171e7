/// A half-open range of Unicode scalar offsets.
///
/// Offsets count Unicode scalars in the text exactly as read (after UTF-8
/// decoding, before any normalisation); `end` is exclusive.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public var count: Int { end - start }
  public var isEmpty: Bool { end <= start }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
