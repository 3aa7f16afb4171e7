extension Article {
  /// The columns of the quotation table, in order.
  public static let csvColumns = [
    "file", "index", "speaker", "mention", "kind", "start", "end", "paragraph", "post", "text",
    "attribution",
  ]

  /// One CSV record per quotation, in article order, each ending in CRLF (RFC 4180).
  ///
  /// Columns as in `csvColumns`: `speaker` is the canonical name and `mention`
  /// the words naming the speaker (both empty when missing), `start`/`end`
  /// the quotation's scalar span in the input, `post` the index of the post it
  /// stands in (empty when in running text), `attribution` how the speaker was
  /// found (`explicit`, `resolved`, `carried` or `none`). Texts go through `printableLine`.
  public func csvRecords(file: String) -> String {
    var output = ""
    for quotation in quotations {
      let speaker = quotation.speaker.flatMap { speakers.indices.contains($0) ? speakers[$0].name : nil }
      CSV.appendRecord(
        [
          file, String(quotation.index), speaker ?? "", quotation.mention?.text ?? "",
          quotation.kind.rawValue, String(quotation.range.start), String(quotation.range.end),
          String(quotation.paragraph), quotation.post.map(String.init) ?? "", String(quotation.text),
          quotation.attribution.rawValue,
        ], to: &output)
    }
    return output
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
