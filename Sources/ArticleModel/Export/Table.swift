/// Records under named columns, written as TSV (the query commands) or CSV (`export --format csv`).
public struct Table: Sendable, Equatable {
  public var columns: [String]
  public var rows: [[String]]

  public init(columns: [String], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Tab-separated values, one record per line, with a header line of the column names unless `header` is false.
  ///
  /// Fields are escaped as `TSV.field` says, so a tab or a line break inside a
  /// field (a file name's included) never shifts a column or splits a record.
  public func tsv(header: Bool = true) -> String {
    var output = ""
    if header { output += columns.joined(separator: "\t") + "\n" }
    for row in rows {
      output += row.map(TSV.field).joined(separator: "\t") + "\n"
    }
    return output
  }

  /// RFC 4180 records ending in CRLF, after a header record unless `header` is false.
  public func csv(header: Bool = true) -> String {
    var output = header ? CSV.header(columns) : ""
    for row in rows { CSV.appendRecord(row, to: &output) }
    return output
  }
}

/// Tab-separated values as Miller, csvkit (`-t`) and pandas (`sep="\t"`) read them.
public enum TSV {
  /// One field: backslash, tab, line feed and carriage return escaped as
  /// `\\`, `\t`, `\n`, `\r`; other line breaks become a space and other
  /// controls their visible stand-ins (as `printableLine` does).
  ///
  ///     TSV.field("a\tb\nc\\d")  ->  #"a\tb\nc\\d"#
  public static func field(_ text: String) -> String {
    var needsWork = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte >= 0xC2 {
      needsWork = true
      break
    }
    guard needsWork else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(String.printable(scalar))
      }
    }
    return result
  }
}
