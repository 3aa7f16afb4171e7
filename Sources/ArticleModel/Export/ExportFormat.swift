/// The machine-readable formats `byline export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// One JSON object; an array of objects (each with a `file` field) for several files.
  case json
  /// JSON Lines: one object per article, each with a `file` field.
  case jsonl
  /// One quotation per record, with a header record (RFC 4180).
  case csv
  /// A who-said-what digest per article.
  case markdown

  /// The export of several articles, each named by its file, ready to print.
  ///
  /// Always ends with a newline. `json` with exactly one article writes the
  /// single object without a `file` field (the published shape); with none or
  /// several, an array of objects that name their file.
  public func render(_ articles: [(file: String, article: Article)]) -> String {
    switch self {
    case .json:
      if articles.count == 1 { return articles[0].article.jsonObject() + "\n" }
      var json = JSONWriter()
      json.beginArray()
      for (file, article) in articles { article.writeJSON(into: &json, file: file) }
      json.endArray()
      return json.output + "\n"
    case .jsonl:
      return articles.map { $0.article.jsonLine(file: $0.file) + "\n" }.joined()
    case .csv:
      return CSV.header() + articles.map { $0.article.csvRecords(file: $0.file) }.joined()
    case .markdown:
      return articles.map { $0.article.markdownDigest(file: $0.file) }.joined(separator: "\n")
    }
  }
}
