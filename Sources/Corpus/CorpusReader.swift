/// The choices that say how datasets are read: field names and the table.
public struct CorpusSettings: Hashable, Sendable {
  public var fields: FieldNames
  /// The SQLite table to read (`nil`: `newsdata`, else `articles`).
  public var table: String?

  public init(fields: FieldNames = .standard, table: String? = nil) {
    self.fields = fields
    self.table = table
  }
}

/// One path of the command line, opened for reading.
public enum CorpusInput {
  /// A plain-text article: the caller's loader reads it (and reports what is wrong with it).
  case text(path: String)
  /// Standard input holding an article's text; `head` is what was read of it to decide.
  case standardInputText(head: [UInt8])
  /// A dataset, read one record at a time.
  case records(any RecordReader)
  /// A dataset that cannot be read (it is named in the failure).
  case failed(CorpusFailure)

  /// Opens `path` (`-` for standard input) by its format.
  public static func open(_ path: String, settings: CorpusSettings) -> CorpusInput {
    if path == "-" {
      switch StandardInput.detect(fields: settings.fields) {
      case .records(let reader): return .records(reader)
      case .text(let head): return .standardInputText(head: head)
      }
    }
    do {
      switch CorpusFiles.format(of: path) {
      case .text: return .text(path: path)
      case .json: return .records(try JSONFileReader(path: path, fields: settings.fields))
      case .jsonLines:
        switch JSONLinesReader.open(path: path, fields: settings.fields) {
        case .success(let reader): return .records(reader)
        case .failure(let failure): return .failed(failure)
        }
      case .sqlite:
        return .records(try SQLiteReader(path: path, table: settings.table, fields: settings.fields))
      }
    } catch {
      return .failed(error)
    }
  }
}
