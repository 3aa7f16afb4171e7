/// The machine-readable formats `byline export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// One JSON object for one file argument; an array of objects for anything else. Each has `file`.
  case json
  /// JSON Lines: one object per article, each with a `file` field.
  case jsonl
  /// One quotation per record, with a header record (RFC 4180).
  case csv
  /// A who-said-what digest per article.
  case markdown

  /// The export of the articles, each named by its file, ready to print.
  ///
  /// Always ends with a newline (unless there is nothing to write). Every JSON
  /// object carries `file`. The shape of `json` follows the command line, not
  /// how many files could be read: `one` (a single file argument) writes one
  /// object (nothing when it could not be read), anything else an array.
  /// - Parameters:
  ///   - one: Whether the arguments named a single article.
  ///   - offsets: The unit of every `start`/`end`.
  ///   - table: Which records `csv` writes.
  ///   - records: Each article's dataset record, if it came from one (`record` in JSON).
  public func render(
    _ articles: [(file: String, article: Article)], one: Bool = false, offsets: OffsetUnit = .scalars,
    table: ExportTable = .quotations, records: [ArticleMetadata?] = []
  ) -> String {
    func record(_ index: Int) -> ArticleMetadata? { index < records.count ? records[index] : nil }
    let converters = articles.map { OffsetConverter(source: $0.article.source, unit: offsets) }
    switch self {
    case .json:
      var json = JSONWriter()
      if one {
        guard let (file, article) = articles.first else { return "" }
        article.writeJSON(into: &json, file: file, record: record(0), offsets: converters[0])
        return json.output + "\n"
      }
      json.beginArray()
      for (index, (file, article)) in articles.enumerated() {
        article.writeJSON(into: &json, file: file, record: record(index), offsets: converters[index])
      }
      json.endArray()
      return json.output + "\n"
    case .jsonl:
      return articles.enumerated().map { index, item in
        var json = JSONWriter()
        item.article.writeJSON(
          into: &json, file: item.file, record: record(index), offsets: converters[index])
        return json.output + "\n"
      }.joined()
    case .csv:
      var output = CSV.header(table.columns)
      for (index, (file, article)) in articles.enumerated() {
        for row in article.tableRows(table, file: file, offsets: converters[index]) {
          CSV.appendRecord(row, to: &output)
        }
      }
      return output
    case .markdown:
      return articles.map { $0.article.markdownDigest(file: $0.file) }.joined(separator: "\n")
    }
  }
}
