import ArticleModel

/// One article of a dataset: its text, what the dataset says about it, and where it was found.
public struct ArticleRecord: Sendable {
  public var text: String
  public var metadata: ArticleMetadata
  public var origin: RecordOrigin

  public init(text: String, metadata: ArticleMetadata, origin: RecordOrigin) {
    self.text = text
    self.metadata = metadata
    self.origin = origin
  }
}

/// Where a record was read: a file and its line (JSON, JSON Lines) or its row id (SQLite).
public struct RecordOrigin: Hashable, Sendable, CustomStringConvertible {
  public enum Place: Hashable, Sendable {
    /// The line (from 1) where the record begins.
    case line(Int)
    /// The row's id in the database (its `id` column, else its rowid).
    case row(String)
  }

  /// The file as named on the command line (`standard input` for `-`).
  public var file: String
  public var place: Place

  public init(file: String, place: Place) {
    self.file = file
    self.place = place
  }

  /// `FILE:LINE` for a line, `FILE#ID` for a row: the name the record goes by in output.
  public var description: String {
    switch place {
    case .line(let line): return "\(file):\(line)"
    case .row(let id): return "\(file)#\(id)"
    }
  }

  /// `line 12` or `row 17`, for messages.
  public var placeDescription: String {
    switch place {
    case .line(let line): return "line \(line)"
    case .row(let id): return "row \(id)"
    }
  }
}

/// A record that could not be read (not valid JSON, no text…): skipped, and reported once.
public struct RecordProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var origin: RecordOrigin
  public var problem: String

  public init(origin: RecordOrigin, problem: String) {
    self.origin = origin
    self.problem = problem
  }

  /// `FILE: line 12: not valid JSON (…)`.
  public var description: String { "\(origin.file): \(origin.placeDescription): \(problem)" }
}

/// A file that cannot be read as a dataset at all (a damaged database, a table that is not there).
public struct CorpusFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var problem: String

  public init(file: String, problem: String) {
    self.file = file
    self.problem = problem
  }

  public var description: String { "\(file): \(problem)" }
}

/// What a reader hands out next: a record, or a record skipped with the reason.
public enum RecordEvent: Sendable {
  case record(ArticleRecord)
  case skipped(RecordProblem)
  /// The rest of the file cannot be read (a damaged database, a JSON array broken mid-way).
  case failed(CorpusFailure)
}

/// A source of records read one at a time, in the dataset's order.
public protocol RecordReader {
  /// The next record or problem; `nil` at the end.
  mutating func next() -> RecordEvent?
}
