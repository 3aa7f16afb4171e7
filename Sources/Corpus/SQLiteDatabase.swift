import CSQLite

/// A SQLite database, through the system library (`libsqlite3`).
///
/// Why the C library rather than GRDB or another Swift package: it costs no
/// build time (nothing to fetch or compile, one `link`), it is the one C API
/// every SQLite wrapper sits on anyway, and Debian's build has what a corpus
/// index needs later (`PRAGMA compile_options` lists ENABLE_FTS5,
/// ENABLE_FTS4 and ENABLE_MATH_FUNCTIONS in 3.40). The few calls the readers
/// make are wrapped here and nowhere else.
public final class SQLiteDatabase {
  let handle: OpaquePointer
  public let path: String

  /// Opens `path` read-only; `immutable` also tells SQLite the file cannot
  /// change while open (no locks, no journal files looked for), right for a
  /// published dataset.
  public init(readOnly path: String, immutable: Bool = true) throws(CorpusFailure) {
    self.path = path
    var handle: OpaquePointer?
    let uri = "file:" + Self.uriEscaped(path) + (immutable ? "?immutable=1" : "?mode=ro")
    let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(uri, &handle, flags, nil)
    guard status == SQLITE_OK, let handle else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      throw CorpusFailure(file: path, problem: "cannot open the database: " + message)
    }
    self.handle = handle
  }

  /// Opens (creating it if needed) a database to write; for tests and the benchmark corpus.
  public init(writable path: String) throws(CorpusFailure) {
    self.path = path
    var handle: OpaquePointer?
    let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
    guard status == SQLITE_OK, let handle else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      throw CorpusFailure(file: path, problem: "cannot open the database: " + message)
    }
    self.handle = handle
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  /// A path made safe for a `file:` URI (`%`, `?` and `#` would end or change it).
  static func uriEscaped(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
        result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      default:
        result.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return result
  }

  /// `name` as an SQL identifier: in double quotes, inner quotes doubled.
  public static func quoted(_ name: String) -> String {
    "\"" + name.replacingAll("\"", with: "\"\"") + "\""
  }

  var lastError: String { String(cString: sqlite3_errmsg(handle)) }

  /// Runs statements that return no rows (table creation in tests and the benchmark).
  public func execute(_ sql: String) throws(CorpusFailure) {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? lastError
      sqlite3_free(message)
      throw CorpusFailure(file: path, problem: text)
    }
  }

  public func prepare(_ sql: String) throws(CorpusFailure) -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw CorpusFailure(file: path, problem: lastError)
    }
    return Statement(statement, database: self)
  }

  /// One prepared statement; finalized when released.
  public final class Statement {
    let handle: OpaquePointer
    let database: SQLiteDatabase

    init(_ handle: OpaquePointer, database: SQLiteDatabase) {
      self.handle = handle
      self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    public func bind(_ index: Int32, _ value: String?) {
      if let value {
        sqlite3_bind_text(handle, index, value, -1, byline_sqlite_transient())
      } else {
        sqlite3_bind_null(handle, index)
      }
    }

    public func bind(_ index: Int32, _ value: Int) {
      sqlite3_bind_int64(handle, index, Int64(value))
    }

    /// Moves to the next row: `true` with a row, `false` at the end; a failure for a damaged file.
    public func step() throws(CorpusFailure) -> Bool {
      switch sqlite3_step(handle) {
      case SQLITE_ROW: return true
      case SQLITE_DONE: return false
      default: throw CorpusFailure(file: database.path, problem: database.lastError)
      }
    }

    /// Runs an insert or the like to its end, then readies the statement for new values.
    public func run() throws(CorpusFailure) {
      defer {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
      }
      _ = try step()
    }

    /// Column `index` of the current row as text (`nil` for NULL); damaged UTF-8 is repaired.
    public func text(_ index: Int32) -> String? {
      guard sqlite3_column_type(handle, index) != SQLITE_NULL,
        let pointer = sqlite3_column_text(handle, index)
      else { return nil }
      let count = Int(sqlite3_column_bytes(handle, index))
      return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
  }
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
