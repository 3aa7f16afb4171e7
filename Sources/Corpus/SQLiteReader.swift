import ArticleModel

/// Records from a SQLite database in NELA-GT's schema: table `newsdata`
/// (`id`, `date`, `source`, `title`, `content`, `author`, `url`, `published`,
/// `published_utc`, `collection_utc`), or NELA-GT-2018's `articles` (`name`
/// for the title). `--table` and `--field` name others.
///
/// Table and column names are looked up through `pragma_table_info` with the
/// name bound as a value, and only quoted identifiers of columns that exist
/// go into the query. Rows come in the table's rowid order, one at a time.
public struct SQLiteReader: RecordReader {
  let database: SQLiteDatabase
  let statement: SQLiteDatabase.Statement
  let file: String
  let textColumn: String
  /// The query's columns after the id and the text: each role read, or nil when the table has none for it.
  let roles: [FieldNames.Role]
  var done = false
  var rows = 0

  /// The tables looked for when none is named, in order.
  public static let standardTables = ["newsdata", "articles"]

  public init(path: String, table: String? = nil, fields: FieldNames) throws(CorpusFailure) {
    let database = try SQLiteDatabase(readOnly: path)
    self.database = database
    file = path
    let tables = try Self.tables(in: database)
    let chosen: String
    if let table {
      guard tables.contains(table) else {
        throw CorpusFailure(
          file: path, problem: "has no table '\(table)' (its tables: \(Self.list(tables)))")
      }
      chosen = table
    } else {
      guard let found = Self.standardTables.first(where: tables.contains) else {
        throw CorpusFailure(
          file: path,
          problem:
            "is not a NELA-GT database: no table newsdata or articles (its tables: \(Self.list(tables))); "
            + "name one with --table")
      }
      chosen = found
    }
    let columns = try Self.columns(of: chosen, in: database)
    func column(_ role: FieldNames.Role) -> String? {
      fields[role].first { name in columns.contains { $0.lowercased() == name.lowercased() } }
        .flatMap { name in columns.first { $0.lowercased() == name.lowercased() } }
    }
    guard let text = column(.text) else {
      throw CorpusFailure(
        file: path,
        problem:
          "table '\(chosen)' has no text column (looked for \(fields[.text].joined(separator: ", ")); "
          + "its columns: \(Self.list(columns))); name one with --field text=NAME")
    }
    textColumn = text
    var roles: [FieldNames.Role] = []
    var selected = [column(.id).map(SQLiteDatabase.quoted) ?? "rowid", SQLiteDatabase.quoted(text)]
    for role in [FieldNames.Role.title, .source, .date, .author, .url] {
      guard let name = column(role) else { continue }
      roles.append(role)
      selected.append(SQLiteDatabase.quoted(name))
    }
    self.roles = roles
    let sql = "SELECT " + selected.joined(separator: ", ") + " FROM " + SQLiteDatabase.quoted(chosen)
    statement = try database.prepare(sql)
  }

  private static func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.joined(separator: ", ")
  }

  /// The database's tables (a damaged file or one that is no database fails here, with SQLite's reason).
  static func tables(in database: SQLiteDatabase) throws(CorpusFailure) -> [String] {
    let statement = try database.prepare(
      "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name")
    var names: [String] = []
    while try statement.step() { if let name = statement.text(0) { names.append(name) } }
    return names
  }

  static func columns(of table: String, in database: SQLiteDatabase) throws(CorpusFailure) -> [String] {
    let statement = try database.prepare("SELECT name FROM pragma_table_info(?1)")
    statement.bind(1, table)
    var names: [String] = []
    while try statement.step() { if let name = statement.text(0) { names.append(name) } }
    return names
  }

  public mutating func next() -> RecordEvent? {
    guard !done else { return nil }
    do {
      while try statement.step() {
        rows += 1
        // An id is content: it names the record only once cleaned of controls.
        let id = ArticleMetadata(id: statement.text(0)).cleaned.id ?? "\(rows)"
        let origin = RecordOrigin(file: file, place: .row(id))
        guard let text = statement.text(1), !RecordFields.isBlank(text) else {
          return .skipped(RecordProblem(origin: origin, problem: "no text (column \(textColumn) is empty)"))
        }
        var metadata = ArticleMetadata(id: statement.text(0))
        for (i, role) in roles.enumerated() {
          let value = statement.text(Int32(i + 2))
          switch role {
          case .title: metadata.title = value
          case .source: metadata.source = value
          case .date: metadata.date = value
          case .author: metadata.author = value
          case .url: metadata.url = value
          case .id, .text: break
          }
        }
        return .record(ArticleRecord(text: text, metadata: metadata.cleaned, origin: origin))
      }
      done = true
      return nil
    } catch {
      done = true
      let after = rows == 0 ? "" : " (after \(rows) rows)"
      return .failed(CorpusFailure(file: file, problem: error.problem + after))
    }
  }
}
