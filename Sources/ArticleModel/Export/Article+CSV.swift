/// The tables `byline export --format csv --table NAME` writes.
public enum ExportTable: String, CaseIterable, Sendable {
  /// One record per quotation (`Article.csvColumns`).
  case quotations
  /// One record per embedded post (`Article.postCSVColumns`).
  case posts
  /// One record per speaker who is quoted or posts (`Article.speakerListColumns`).
  case speakers

  /// The columns of the table, in order.
  public var columns: [String] {
    switch self {
    case .quotations: return Article.csvColumns
    case .posts: return Article.postCSVColumns
    case .speakers: return Article.speakerListColumns
    }
  }
}

extension Article {
  /// The columns of the quotation table, in order.
  public static let csvColumns = [
    "file", "index", "speaker", "mention", "kind", "start", "end", "paragraph", "post", "text",
    "attribution",
  ]

  /// The columns of the post table, in order (lists are separated by spaces).
  public static let postCSVColumns = [
    "file", "index", "platform", "author", "handle", "date", "text", "links", "hashtags", "mentions",
    "paragraph", "start", "end",
  ]

  /// One CSV record per quotation, in article order, each ending in CRLF (RFC 4180).
  ///
  /// Columns as in `csvColumns`: `speaker` is the canonical name and `mention`
  /// the words naming the speaker (both empty when missing), `start`/`end`
  /// the quotation's span in the input (in `offsets`' unit), `post` the index
  /// of the post it stands in (empty when in running text), `attribution` how the speaker was
  /// found (`explicit`, `resolved`, `carried` or `none`). Texts go through `printableLine`.
  public func csvRecords(file: String, offsets: OffsetConverter = .scalars) -> String {
    var output = ""
    for row in tableRows(.quotations, file: file, offsets: offsets) { CSV.appendRecord(row, to: &output) }
    return output
  }

  /// The rows of one of the export tables, fields as plain strings (not escaped yet).
  public func tableRows(_ table: ExportTable, file: String, offsets: OffsetConverter = .scalars) -> [[String]]
  {
    switch table {
    case .quotations:
      return quotations.map { quotation in
        [
          file, String(quotation.index), speakerName(of: quotation) ?? "", quotation.mention?.text ?? "",
          quotation.kind.rawValue, String(offsets(quotation.range.start)),
          String(offsets(quotation.range.end)), String(quotation.paragraph),
          quotation.post.map(String.init) ?? "", String(quotation.text), quotation.attribution.rawValue,
        ]
      }
    case .posts:
      return posts.map { post in
        [
          file, String(post.index), post.platform.rawValue, post.author, post.handle, post.date ?? "",
          post.text, post.links.joined(separator: " "), post.hashtags.joined(separator: " "),
          post.mentions.joined(separator: " "), String(post.paragraph), String(offsets(post.range.start)),
          String(offsets(post.range.end)),
        ]
      }
    case .speakers:
      return speakerList(file: file)
    }
  }
}

/// Comma-separated values as RFC 4180 writes them.
///
/// A field is quoted when it contains a comma, a double quote, a line break,
/// or starts or ends with a space; a double quote inside is doubled. Records
/// end in CRLF. Field texts are made printable first, so a record never spans
/// lines.
public enum CSV {
  /// The header record for `columns`.
  public static func header(_ columns: [String] = Article.csvColumns) -> String {
    var output = ""
    appendRecord(columns, to: &output)
    return output
  }

  /// Appends one record, fields quoted where needed, ending in CRLF.
  public static func appendRecord(_ fields: [String], to output: inout String) {
    for (position, field) in fields.enumerated() {
      if position > 0 { output += "," }
      output += quoted(field.printableLine)
    }
    output += "\r\n"
  }

  /// One field, quoted when RFC 4180 requires it (or when spaces at its ends would be lost).
  public static func quoted(_ field: String) -> String {
    let needsQuotes =
      field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    var result = "\""
    for character in field {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result + "\""
  }
}
