/// A label drawn inside the text without being part of it: the speaker's name before a quotation.
///
/// Tags take columns on the line (so they are wrapped with the words), but
/// they have no scalar offset of their own: they stand *before* the glyph at
/// `offset`, and a line that starts with a tag starts at that offset.
public struct InlineTag: Hashable, Sendable {
  /// Local scalar offset of the text the tag stands before.
  public var offset: Int
  /// The label as drawn, sanitised, trailing space included (`"[Lavrov] "`).
  public var text: String
  /// Columns the label takes.
  public var width: Int
  /// The quotation the tag names.
  public var quotation: Int
  /// The speaker (for the colour), or `nil` for an unattributed quotation.
  public var speaker: Int?

  public init(offset: Int, text: String, quotation: Int, speaker: Int?) {
    self.offset = offset
    self.text = text
    self.width = DisplayWidth.width(of: text)
    self.quotation = quotation
    self.speaker = speaker
  }
}
