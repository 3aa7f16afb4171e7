import ArticleModel
import Corpus

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a text file was read by the caller's loader (the executable's, which knows encodings and `--force`).
public enum TextLoad {
  case loaded(text: String, warnings: [String])
  case failed(String)
}

/// What `CorpusIndex.update` did, for the summary line and the exit status.
public struct IndexSummary: Sendable {
  /// Articles of the named paths now in the index.
  public var articles = 0
  /// Articles parsed this run: new records and changed ones.
  public var parsed = 0
  public var unchanged = 0
  public var quotations = 0
  /// Distinct canonical names among the paths' speakers.
  public var speakers = 0
  /// Bytes of article text parsed this run.
  public var parsedBytes = 0
  /// Some file or record could not be read (it was reported).
  public var failed = false
}

/// How far an update has got, for a progress line.
public struct IndexProgress: Sendable {
  public var articles: Int
  public var file: Int
  public var files: Int
}

extension CorpusIndex {
  /// Records written between commits: few enough that an interrupted run loses little.
  static let batchSize = 1000

  /// Brings the index up to date with `paths` (directories expanded), parsing
  /// only records that are new or changed, and fills the scope of later queries.
  /// - Parameters:
  ///   - fingerprint: The reading settings as text; a file read another way is another entry.
  ///   - loadText: Reads a text article (the path as given).
  ///   - error: Told of each file or record that cannot be read.
  ///   - warn: Told of each warning of the text loader.
  ///   - progress: Called after each batch and file.
  ///   - counting: Whether to count the paths' articles, quotations and speakers for the summary.
  public func update(
    paths: [String], settings: CorpusSettings, fingerprint: String,
    loadText: (String) -> TextLoad, error: (String) -> Void, warn: (String) -> Void,
    progress: ((IndexProgress) -> Void)? = nil, counting: Bool = true
  ) throws(IndexFailure) -> IndexSummary {
    var writer = try Writer(connection, fingerprint: fingerprint)
    var summary = IndexSummary()
    let files = CorpusFiles.expand(paths)
    try beginScope()
    for (ordinal, path) in files.enumerated() {
      if path == "-" {
        error("standard input: cannot be indexed (name a file); skipped")
        summary.failed = true
        continue
      }
      guard let identity = FileIdentity(path) else {
        // The loader says why (no such file, permission denied…).
        if case .failed(let message) = loadText(path) { error(message) }
        summary.failed = true
        continue
      }
      let fileID = try writer.file(identity)
      try addToScope(file: fileID.id, ordinal: ordinal, name: path)
      if fileID.fresh {
        summary.unchanged += try connection.integer("SELECT count(*) FROM articles WHERE file = \(fileID.id)")
        if !fileID.clean { summary.failed = true }
        continue
      }
      var clean = true
      try writer.begin(file: fileID.id)
      switch CorpusInput.open(path, settings: settings) {
      case .text:
        switch loadText(path) {
        case .loaded(let text, let warnings):
          for warning in warnings { warn(warning) }
          clean = warnings.isEmpty
          try writer.record(
            place: "T", label: "", text: text, metadata: ArticleMetadata(), summary: &summary)
        case .failed(let message):
          error(message)
          clean = false
          summary.failed = true
        }
      case .records(var reader):
        while let event = reader.next() {
          switch event {
          case .record(let record):
            let place: String
            let label: String
            switch record.origin.place {
            case .line(let line): (place, label) = ("L\(line)", ":\(line)")
            case .row(let id): (place, label) = ("R" + id, "#" + id)
            }
            try writer.record(
              place: place, label: label, text: record.text, metadata: record.metadata, summary: &summary)
            if writer.pending >= Self.batchSize {
              try writer.commit()
              progress?(
                IndexProgress(
                  articles: summary.parsed + summary.unchanged, file: ordinal + 1, files: files.count))
            }
          case .skipped(let problem):
            error(problem.description + "; skipped")
            clean = false
            summary.failed = true
          case .failed(let failure):
            error(failure.description)
            clean = false
            summary.failed = true
          }
        }
      case .standardInputText:
        break
      case .failed(let failure):
        error(failure.description)
        clean = false
        summary.failed = true
      }
      try writer.finish(file: fileID.id, clean: clean)
      progress?(
        IndexProgress(articles: summary.parsed + summary.unchanged, file: ordinal + 1, files: files.count))
    }
    try writer.commit()
    guard counting else { return summary }
    summary.articles = try connection.integer("SELECT count(*) FROM articles JOIN scope USING (file)")
    summary.quotations = try connection.integer(
      "SELECT count(*) FROM quotations q JOIN articles a ON a.id = q.article JOIN scope USING (file)")
    summary.speakers = try connection.integer(
      "SELECT count(DISTINCT s.name) FROM speakers s JOIN articles a ON a.id = s.article JOIN scope USING (file)"
    )
    return summary
  }

  /// Starts an empty scope: the files later queries look at, in command-line order.
  func beginScope() throws(IndexFailure) {
    try connection.execute(
      "CREATE TEMP TABLE IF NOT EXISTS scope (file INTEGER PRIMARY KEY, ord INTEGER NOT NULL, name TEXT NOT NULL);"
        + "DELETE FROM temp.scope")
  }

  func addToScope(file: Int, ordinal: Int, name: String) throws(IndexFailure) {
    let insert = try connection.prepare("INSERT OR IGNORE INTO temp.scope VALUES (?1, ?2, ?3)")
    insert.bind(1, file)
    insert.bind(2, ordinal)
    insert.bind(3, name)
    try insert.run()
  }

  /// Fills the scope with `paths` when the index holds every one of them as it
  /// is now, read the same way and without a problem; `false` (scope unusable) otherwise.
  public func scope(ifCurrent paths: [String], fingerprint: String) throws(IndexFailure) -> Bool {
    try beginScope()
    let lookup = try connection.prepare(
      "SELECT id, size, mtime, complete, clean FROM files WHERE path = ?1 AND settings = ?2")
    for (ordinal, path) in CorpusFiles.expand(paths).enumerated() {
      guard path != "-", let identity = FileIdentity(path) else { return false }
      lookup.bind(1, identity.path)
      lookup.bind(2, fingerprint)
      defer { lookup.reset() }
      guard try lookup.step(), lookup.integer(1) == identity.size, lookup.integer(2) == identity.mtime,
        lookup.integer(3) == 1, lookup.integer(4) == 1
      else { return false }
      try addToScope(file: lookup.integer(0), ordinal: ordinal, name: path)
    }
    return true
  }
}

/// A file as the index knows it: its real path, size and modification time.
struct FileIdentity {
  var path: String
  var size: Int
  var mtime: Int

  init?(_ given: String) {
    var info = stat()
    guard stat(given, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      let resolved = realpath(given, nil)
    else { return nil }
    path = String(cString: resolved)
    free(resolved)
    size = Int(info.st_size)
    mtime = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
  }
}

/// The index's writes for one update: prepared statements, batched transactions.
struct Writer {
  let connection: IndexConnection
  let fingerprint: String
  let run: Int
  var pending = 0
  var inTransaction = false
  /// The current file's articles before this run: place → (row id, hash).
  var known: [String: (id: Int, hash: Int)] = [:]
  /// Places met in the current file this run (a repeated id gets a suffix).
  var seen: [String: Int] = [:]
  var sequence = 0
  var file = 0
  /// Quotations written in this batch, for the full-text index at the commit.
  var unsearchable: [(id: Int, text: String)] = []

  let findFile: IndexConnection.Statement
  let upsertFile: IndexConnection.Statement
  let markFile: IndexConnection.Statement
  let listArticles: IndexConnection.Statement
  let touchArticle: IndexConnection.Statement
  let insertArticle: IndexConnection.Statement
  let insertSpeaker: IndexConnection.Statement
  let insertAlias: IndexConnection.Statement
  let insertQuotation: IndexConnection.Statement
  let insertPost: IndexConnection.Statement
  let deletes: [IndexConnection.Statement]
  let staleArticles: IndexConnection.Statement
  let addText: IndexConnection.Statement
  let removeTexts: IndexConnection.Statement

  init(_ connection: IndexConnection, fingerprint: String) throws(IndexFailure) {
    self.connection = connection
    self.fingerprint = fingerprint
    try connection.execute(
      "BEGIN IMMEDIATE; INSERT INTO meta VALUES ('run', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1;"
        + "COMMIT")
    run = try connection.integer("SELECT value FROM meta WHERE key = 'run'")
    findFile = try connection.prepare(
      "SELECT id, size, mtime, complete, clean FROM files WHERE path = ?1 AND settings = ?2")
    upsertFile = try connection.prepare(
      "INSERT INTO files (path, settings, size, mtime, complete, clean) VALUES (?1, ?2, ?3, ?4, 0, 1) "
        + "ON CONFLICT (path, settings) DO UPDATE SET size = ?3, mtime = ?4, complete = 0, clean = 1")
    markFile = try connection.prepare("UPDATE files SET complete = 1, clean = ?2 WHERE id = ?1")
    listArticles = try connection.prepare("SELECT place, id, hash FROM articles WHERE file = ?1")
    touchArticle = try connection.prepare("UPDATE articles SET run = ?2, seq = ?3 WHERE id = ?1")
    insertArticle = try connection.prepare(
      "INSERT INTO articles (file, place, label, seq, hash, run, record_id, title, source, date, author, url) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
    insertSpeaker = try connection.prepare(
      "INSERT INTO speakers (article, idx, name, quotations, posts, folded) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    insertAlias = try connection.prepare("INSERT INTO aliases (speaker, alias) VALUES (?1, ?2)")
    insertQuotation = try connection.prepare(
      "INSERT INTO quotations (article, idx, text, speaker, start, \"end\", paragraph, attribution) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    insertPost = try connection.prepare(
      "INSERT INTO posts (article, idx, platform, author, handle, date, text, paragraph) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    deletes = [
      try connection.prepare(
        "DELETE FROM aliases WHERE speaker IN (SELECT id FROM speakers WHERE article = ?1)"),
      try connection.prepare("DELETE FROM speakers WHERE article = ?1"),
      try connection.prepare("DELETE FROM quotations WHERE article = ?1"),
      try connection.prepare("DELETE FROM posts WHERE article = ?1"),
      try connection.prepare("DELETE FROM articles WHERE id = ?1"),
    ]
    staleArticles = try connection.prepare("SELECT id FROM articles WHERE file = ?1 AND run < ?2")
    addText = try connection.prepare("INSERT INTO quotation_text (rowid, text) VALUES (?1, ?2)")
    // An external-content FTS5 table forgets a row when told its old text.
    removeTexts = try connection.prepare(
      "INSERT INTO quotation_text (quotation_text, rowid, text) "
        + "SELECT 'delete', id, text FROM quotations WHERE article = ?1")
  }

  mutating func transaction() throws(IndexFailure) {
    if !inTransaction {
      try connection.execute("BEGIN IMMEDIATE")
      inTransaction = true
    }
  }

  /// Adds the batch's quotations to the full-text index (in the same transaction as the rows).
  mutating func indexTexts() throws(IndexFailure) {
    for (id, text) in unsearchable {
      addText.bind(1, id)
      addText.bind(2, text)
      try addText.run()
    }
    unsearchable = []
  }

  mutating func commit() throws(IndexFailure) {
    try indexTexts()
    if inTransaction { try connection.execute("COMMIT") }
    inTransaction = false
    pending = 0
  }

  /// The file's row (made or updated when it changed) and whether it is unchanged since it was read whole.
  mutating func file(_ identity: FileIdentity) throws(IndexFailure) -> (id: Int, fresh: Bool, clean: Bool) {
    findFile.bind(1, identity.path)
    findFile.bind(2, fingerprint)
    if try findFile.step(), findFile.integer(1) == identity.size, findFile.integer(2) == identity.mtime,
      findFile.integer(3) == 1
    {
      let found = (id: findFile.integer(0), fresh: true, clean: findFile.integer(4) == 1)
      findFile.reset()
      return found
    }
    findFile.reset()
    try transaction()
    upsertFile.bind(1, identity.path)
    upsertFile.bind(2, fingerprint)
    upsertFile.bind(3, identity.size)
    upsertFile.bind(4, identity.mtime)
    try upsertFile.run()
    findFile.bind(1, identity.path)
    findFile.bind(2, fingerprint)
    defer { findFile.reset() }
    guard try findFile.step() else { throw IndexFailure("the file's entry was not written") }
    return (findFile.integer(0), false, true)
  }

  /// Reads what the index holds of a file about to be walked.
  mutating func begin(file: Int) throws(IndexFailure) {
    self.file = file
    known = [:]
    seen = [:]
    sequence = 0
    listArticles.bind(1, file)
    while try listArticles.step() {
      known[listArticles.text(0) ?? ""] = (listArticles.integer(1), listArticles.integer(2))
    }
    listArticles.reset()
  }

  /// Indexes one record: kept as it is when its hash is unchanged, parsed and written otherwise.
  mutating func record(
    place given: String, label: String, text: String, metadata: ArticleMetadata, summary: inout IndexSummary
  ) throws(IndexFailure) {
    try transaction()
    pending += 1
    sequence += 1
    let occurrence = (seen[given] ?? 0) + 1
    seen[given] = occurrence
    let place = occurrence == 1 ? given : given + "\u{0}\(occurrence)"
    let hash = RecordHash.of(text: text, metadata: metadata)
    if let old = known[place] {
      if old.hash == hash {
        touchArticle.bind(1, old.id)
        touchArticle.bind(2, run)
        touchArticle.bind(3, sequence)
        try touchArticle.run()
        summary.unchanged += 1
        return
      }
      try delete(article: old.id)
    }
    let article = Article(parsing: text)
    summary.parsed += 1
    summary.parsedBytes += text.utf8.count
    try insert(article, place: place, label: label, hash: hash, metadata: metadata)
  }

  mutating func insert(
    _ article: Article, place: String, label: String, hash: Int, metadata: ArticleMetadata
  ) throws(IndexFailure) {
    insertArticle.bind(1, file)
    insertArticle.bind(2, place)
    insertArticle.bind(3, label)
    insertArticle.bind(4, sequence)
    insertArticle.bind(5, hash)
    insertArticle.bind(6, run)
    insertArticle.bind(7, metadata.id)
    insertArticle.bind(8, metadata.title)
    insertArticle.bind(9, metadata.source)
    insertArticle.bind(10, metadata.date ?? article.date)
    insertArticle.bind(11, metadata.author)
    insertArticle.bind(12, metadata.url)
    try insertArticle.run()
    let articleID = connection.lastRowID
    var speakerIDs: [Int: Int] = [:]
    for speaker in article.speakers {
      insertSpeaker.bind(1, articleID)
      insertSpeaker.bind(2, speaker.index)
      insertSpeaker.bind(3, speaker.name)
      insertSpeaker.bind(4, speaker.quotations.filter(article.quotations.indices.contains).count)
      insertSpeaker.bind(5, speaker.posts.filter(article.posts.indices.contains).count)
      insertSpeaker.bind(
        6, ([speaker.name] + speaker.aliases).map { $0.lowercased() }.joined(separator: "\n"))
      try insertSpeaker.run()
      let speakerID = connection.lastRowID
      speakerIDs[speaker.index] = speakerID
      for alias in speaker.aliases {
        insertAlias.bind(1, speakerID)
        insertAlias.bind(2, alias)
        try insertAlias.run()
      }
    }
    for quotation in article.quotations {
      let text = String(quotation.text)
      insertQuotation.bind(1, articleID)
      insertQuotation.bind(2, quotation.index)
      insertQuotation.bind(3, text)
      insertQuotation.bind(4, quotation.speaker.flatMap { speakerIDs[$0] })
      insertQuotation.bind(5, quotation.range.start)
      insertQuotation.bind(6, quotation.range.end)
      insertQuotation.bind(7, quotation.paragraph)
      insertQuotation.bind(8, quotation.attribution.rawValue)
      try insertQuotation.run()
      unsearchable.append((connection.lastRowID, text))
    }
    for post in article.posts {
      insertPost.bind(1, articleID)
      insertPost.bind(2, post.index)
      insertPost.bind(3, post.platform.rawValue)
      insertPost.bind(4, post.author)
      insertPost.bind(5, post.handle)
      insertPost.bind(6, post.date)
      insertPost.bind(7, post.text)
      insertPost.bind(8, post.paragraph)
      try insertPost.run()
    }
  }

  mutating func delete(article: Int) throws(IndexFailure) {
    // The full-text index must hold every row it is told to forget.
    try indexTexts()
    removeTexts.bind(1, article)
    try removeTexts.run()
    for statement in deletes {
      statement.bind(1, article)
      try statement.run()
    }
  }

  /// Ends a walked file: records no longer in it go, and it counts as read whole.
  mutating func finish(file: Int, clean: Bool) throws(IndexFailure) {
    try transaction()
    staleArticles.bind(1, file)
    staleArticles.bind(2, run)
    var stale: [Int] = []
    while try staleArticles.step() { stale.append(staleArticles.integer(0)) }
    staleArticles.reset()
    for id in stale { try delete(article: id) }
    markFile.bind(1, file)
    markFile.bind(2, clean ? 1 : 0)
    try markFile.run()
    known = [:]
    seen = [:]
  }
}

/// A 64-bit FNV-1a hash of a record's text and metadata: stable across runs and machines.
enum RecordHash {
  static func of(text: String, metadata: ArticleMetadata) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ value: String?) {
      guard var value else {
        mix(0xFF)
        return
      }
      value.withUTF8 { bytes in
        for byte in bytes { mix(byte) }
      }
      mix(0xFE)
    }
    func mix(_ byte: UInt8) {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    add(text)
    for field in [metadata.id, metadata.title, metadata.source, metadata.date, metadata.author, metadata.url]
    {
      add(field)
    }
    return Int(bitPattern: UInt(hash))
  }
}
