extension Article {
  /// The article as one line of JSON Lines: the export object with a leading `file` field.
  ///
  /// The object is the one `jsonObject()` writes, on a single line (the
  /// writer never emits a line break; line breaks inside texts are escaped).
  /// The result has no trailing newline. A dataset's record adds its `record` object.
  public func jsonLine(
    file: String, record: ArticleMetadata? = nil, offsets: OffsetConverter = .scalars
  ) -> String {
    var json = JSONWriter()
    writeJSON(into: &json, file: file, record: record, offsets: offsets)
    return json.output
  }
}
