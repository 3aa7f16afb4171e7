import CSQLite

/// A failure of the index database, with SQLite's message and result code.
public struct IndexFailure: Error, CustomStringConvertible, Sendable {
  public var message: String
  /// SQLite's primary result code (`SQLITE_CORRUPT`, `SQLITE_NOTADB`, …), 0 when not from SQLite.
  public var code: Int32

  public init(_ message: String, code: Int32 = 0) {
    self.message = message
    self.code = code
  }

  public var description: String { message }

  /// Whether the file itself is damaged or not a database (the index is then rebuilt).
  var isDamage: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }
}

/// A read-write connection to the index file: the few calls the index makes, wrapped.
final class IndexConnection {
  let handle: OpaquePointer

  init(path: String) throws(IndexFailure) {
    var handle: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    guard status == SQLITE_OK, let handle else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      throw IndexFailure(message, code: status & 0xFF)
    }
    self.handle = handle
    // Another byline indexing the same file waits for it rather than failing at once.
    sqlite3_busy_timeout(handle, 10_000)
  }

  deinit { sqlite3_close_v2(handle) }

  var failure: IndexFailure {
    IndexFailure(String(cString: sqlite3_errmsg(handle)), code: sqlite3_errcode(handle) & 0xFF)
  }

  func execute(_ sql: String) throws(IndexFailure) {
    var message: UnsafeMutablePointer<CChar>?
    let status = sqlite3_exec(handle, sql, nil, nil, &message)
    guard status == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
      sqlite3_free(message)
      throw IndexFailure(text, code: status & 0xFF)
    }
  }

  func prepare(_ sql: String) throws(IndexFailure) -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw failure
    }
    return Statement(statement, connection: self)
  }

  /// The first column of the first row of `sql` as an integer (0 without a row).
  func integer(_ sql: String) throws(IndexFailure) -> Int {
    let statement = try prepare(sql)
    return try statement.step() ? statement.integer(0) : 0
  }

  var lastRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

  /// One prepared statement, reused with new values; finalized when released.
  final class Statement {
    let handle: OpaquePointer
    unowned let connection: IndexConnection

    init(_ handle: OpaquePointer, connection: IndexConnection) {
      self.handle = handle
      self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int32, _ value: String?) {
      guard var value else {
        sqlite3_bind_null(handle, index)
        return
      }
      // By length, so that a NUL inside the text does not end it.
      value.withUTF8 { bytes in
        guard let base = bytes.baseAddress else {
          sqlite3_bind_text(handle, index, "", 0, byline_sqlite_transient())
          return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), byline_sqlite_transient())
        }
      }
    }

    func bind(_ index: Int32, _ value: Int?) {
      if let value {
        sqlite3_bind_int64(handle, index, Int64(value))
      } else {
        sqlite3_bind_null(handle, index)
      }
    }

    /// `true` with a row, `false` at the end.
    func step() throws(IndexFailure) -> Bool {
      switch sqlite3_step(handle) {
      case SQLITE_ROW: return true
      case SQLITE_DONE: return false
      default: throw connection.failure
      }
    }

    /// Runs the statement to its end and readies it for new values.
    func run() throws(IndexFailure) {
      defer { reset() }
      while try step() {}
    }

    func reset() {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }

    func integer(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

    func text(_ index: Int32) -> String? {
      guard sqlite3_column_type(handle, index) != SQLITE_NULL,
        let pointer = sqlite3_column_text(handle, index)
      else { return nil }
      let count = Int(sqlite3_column_bytes(handle, index))
      return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
  }
}
