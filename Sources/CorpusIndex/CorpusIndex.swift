import CSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The corpus index: every article read so far with its metadata, quotations
/// (full-text searchable), posts and speakers, in one SQLite file.
///
/// One global file (`$XDG_CACHE_HOME/byline/index.sqlite3`) rather than one per
/// corpus: a corpus named by different paths (`corpus/`, `./corpus/a.db`) or
/// shared by two corpora is indexed once, a search spans whatever the command
/// line names without opening several files, and there is no naming scheme
/// for the cache to invent. Files are keyed by their real path and the
/// reading settings, records by their place in the file.
///
/// The file says what it is with `PRAGMA application_id` and its schema
/// version with `PRAGMA user_version`; one that is damaged, of another
/// program or of another version is reported and rebuilt, never read.
/// Writes are in WAL mode, a transaction per batch of records, so a run that
/// is interrupted leaves every finished batch behind for the next one.
public final class CorpusIndex {
  /// `BYLN`, in the database header.
  static let applicationID = 0x4259_4C4E
  static let schemaVersion = 1

  let connection: IndexConnection
  public let path: String

  /// The default location: `$XDG_CACHE_HOME/byline/index.sqlite3`, else `~/.cache/byline/…`.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return cache + "/byline/index.sqlite3"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.cache/byline/index.sqlite3"
  }

  /// Opens the index at `path`, creating it (and its directory) when missing.
  /// - Parameters:
  ///   - parser: What parsed the articles (the executable's identity): an index
  ///     made by another build may hold other quotations and speakers for the
  ///     same records, so it is rebuilt rather than trusted.
  ///   - report: Told why a damaged, foreign or outdated file is being rebuilt.
  public init(path: String, parser: String = "", report: (String) -> Void) throws(IndexFailure) {
    self.path = path
    try Self.makeDirectory(of: path)
    if let problem = Self.headerProblem(path) {
      report("\(path): \(problem); rebuilding")
      Self.remove(path)
    }
    var opened: IndexConnection
    do {
      opened = try Self.open(path)
    } catch {
      // A busy or unreadable file is not damaged: it is reported, never removed.
      guard error.code == 0 || error.isDamage else { throw error }
      report("\(path): \(error.message); rebuilding")
      Self.remove(path)
      opened = try Self.open(path)
    }
    if try Self.recordedParser(opened) != parser {
      if try opened.integer("SELECT count(*) FROM files") > 0 {
        report("\(path): made by another build of byline; rebuilding")
        // The old file is closed before it goes: closing it later would remove the new one's WAL.
        opened = try IndexConnection(path: ":memory:")
        Self.remove(path)
        opened = try Self.open(path)
      }
      let set = try opened.prepare("INSERT OR REPLACE INTO meta VALUES ('parser', ?1)")
      set.bind(1, parser)
      try set.run()
    }
    connection = opened
  }

  static func recordedParser(_ connection: IndexConnection) throws(IndexFailure) -> String? {
    let statement = try connection.prepare("SELECT value FROM meta WHERE key = 'parser'")
    return try statement.step() ? statement.text(0) : nil
  }

  /// Opens and checks a file that is SQLite (or empty): a foreign or damaged one is a failure.
  private static func open(_ path: String) throws(IndexFailure) -> IndexConnection {
    let connection = try IndexConnection(path: path)
    let application = try connection.integer("PRAGMA application_id")
    let version = try connection.integer("PRAGMA user_version")
    let tables = try connection.integer("SELECT count(*) FROM sqlite_schema")
    if application == 0 && version == 0 && tables == 0 {
      try createSchema(connection)
    } else if application != applicationID {
      throw IndexFailure("not a byline index (a SQLite database of another program)")
    } else if version != schemaVersion {
      throw IndexFailure(
        "an index of another version (schema \(version), this byline writes \(schemaVersion))")
    }
    try connection.execute(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;"
        + "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16000")
    return connection
  }

  /// Why the file cannot be an index, judged by its first bytes (`nil`: missing, empty or SQLite).
  static func headerProblem(_ path: String) -> String? {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var head = [UInt8](repeating: 0, count: 16)
    let got = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
    if got == 0 { return nil }
    return got == 16 && head == Array("SQLite format 3\0".utf8) ? nil : "not a SQLite database"
  }

  /// Removes the index and its WAL files.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
  }

  static func makeDirectory(of path: String) throws(IndexFailure) {
    var prefix = ""
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for (i, part) in parts.enumerated() {
      prefix += (i == 0 ? "" : "/") + part
      guard !prefix.isEmpty else { continue }
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw IndexFailure("\(prefix): cannot create the directory: " + String(cString: strerror(errno)))
      }
    }
  }

  static func createSchema(_ connection: IndexConnection) throws(IndexFailure) {
    try connection.execute(
      """
      BEGIN;
      PRAGMA application_id = \(applicationID);
      PRAGMA user_version = \(schemaVersion);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL);
      -- One row per input file and way of reading it (fields, table, --force).
      CREATE TABLE files (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL, settings TEXT NOT NULL,
        size INTEGER NOT NULL, mtime INTEGER NOT NULL,
        complete INTEGER NOT NULL DEFAULT 0, -- read to its end since it last changed
        clean INTEGER NOT NULL DEFAULT 1,    -- read without a problem or warning
        UNIQUE (path, settings));
      -- place: L<line>, R<row id> or T (a text file); label: what follows the file name in output.
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY, file INTEGER NOT NULL, place TEXT NOT NULL, label TEXT NOT NULL,
        seq INTEGER NOT NULL, hash INTEGER NOT NULL, run INTEGER NOT NULL,
        record_id TEXT, title TEXT, source TEXT, date TEXT, author TEXT, url TEXT,
        UNIQUE (file, place));
      -- folded: the name and aliases lower-cased, one a line, to find candidates for --speaker in SQL.
      CREATE TABLE speakers (
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL,
        quotations INTEGER NOT NULL, posts INTEGER NOT NULL, folded TEXT NOT NULL);
      CREATE INDEX speakers_article ON speakers (article);
      CREATE TABLE aliases (speaker INTEGER NOT NULL, alias TEXT NOT NULL);
      CREATE INDEX aliases_speaker ON aliases (speaker);
      -- start, end: Unicode scalar offsets into the article's text; attribution: how the speaker was found (Quotation.Attribution).
      CREATE TABLE quotations (
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
        speaker INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL, paragraph INTEGER NOT NULL,
        attribution TEXT);
      CREATE INDEX quotations_article ON quotations (article);
      CREATE INDEX quotations_speaker ON quotations (speaker);
      CREATE TABLE posts (
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL, idx INTEGER NOT NULL, platform TEXT NOT NULL,
        author TEXT NOT NULL, handle TEXT NOT NULL, date TEXT, text TEXT NOT NULL,
        paragraph INTEGER NOT NULL);
      CREATE INDEX posts_article ON posts (article);
      -- Filled by the writer at each commit, not by triggers: FTS5 flushes its pending terms at
      -- every statement a trigger runs in, which made indexing five times slower.
      CREATE VIRTUAL TABLE quotation_text USING fts5 (text, content = 'quotations', content_rowid = 'id');
      COMMIT;
      """)
  }
}
