import CSQLite

/// A search that SQLite's FTS5 cannot read (`"unbalanced`, `AND OR`): a mistake of the command line.
public struct SearchSyntaxError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}

/// What `search` may keep besides the text's match.
public struct SearchFilter: Sendable {
  public var speaker: String?
  public var source: String?
  /// `YYYY[-MM[-DD]]`: articles dated then or later.
  public var since: String?
  /// `YYYY[-MM[-DD]]`: articles dated then or earlier (`2020-03` takes all of March).
  public var until: String?

  public init(speaker: String? = nil, source: String? = nil, since: String? = nil, until: String? = nil) {
    self.speaker = speaker
    self.source = source
    self.since = since
    self.until = until
  }
}

/// One speaker of one article, as `speakers` counts them.
public struct SpeakerEntry: Sendable {
  public var article: Int
  public var name: String
  public var aliases: [String]
  public var quotations: Int
  public var posts: Int

  public init(article: Int, name: String, aliases: [String], quotations: Int, posts: Int) {
    self.article = article
    self.name = name
    self.aliases = aliases
    self.quotations = quotations
    self.posts = posts
  }
}

extension CorpusIndex {
  /// Whether a speaker's canonical name or an alias contains `needle`, as `quotes --speaker` matches.
  static func matches(_ needle: String, name: String, aliases: [String]) -> Bool {
    let needle = needle.lowercased()
    guard !needle.isEmpty else { return false }
    return name.lowercased().contains(needle) || aliases.contains { $0.lowercased().contains(needle) }
  }

  /// The speakers (index row ids) of the scope whose name or an alias contains `needle`.
  ///
  /// An ASCII needle is looked for in SQL first (bytes find whatever the
  /// comparison of characters finds, and more); the candidates are then matched
  /// as `quotes` matches them.
  func speakerIDs(matching needle: String) throws(IndexFailure) -> Set<Int> {
    let folded = needle.lowercased()
    let ascii = folded.utf8.allSatisfy { $0 < 0x80 }
    // Speakers outside the scope may be kept: the quotations' query leaves them out.
    let candidates = ascii ? " WHERE instr(s.folded, ?1) > 0" : ""
    var names: [Int: String] = [:]
    let speakers = try connection.prepare("SELECT s.id, s.name FROM speakers s" + candidates)
    if ascii { speakers.bind(1, folded) }
    while try speakers.step() { names[speakers.integer(0)] = speakers.text(1) ?? "" }
    var aliases: [Int: [String]] = [:]
    let listed = try connection.prepare(
      "SELECT l.speaker, l.alias FROM aliases l JOIN speakers s ON s.id = l.speaker" + candidates)
    if ascii { listed.bind(1, folded) }
    while try listed.step() { aliases[listed.integer(0), default: []].append(listed.text(1) ?? "") }
    return Set(
      names.filter { Self.matches(needle, name: $0.value, aliases: aliases[$0.key] ?? []) }.map(\.key))
  }

  /// `byline quotes` rows (file, speaker, text) of the scope, in command-line and record order.
  public func quotationRows(speaker: String?) throws(IndexFailure) -> [[String]] {
    let chosen = try speaker.map { (needle) throws(IndexFailure) in try speakerIDs(matching: needle) }
    let statement = try connection.prepare(
      """
      SELECT scope.name || a.label, s.name, q.text, q.speaker
      FROM quotations q JOIN articles a ON a.id = q.article JOIN temp.scope scope ON scope.file = a.file
      LEFT JOIN speakers s ON s.id = q.speaker
      ORDER BY scope.ord, a.seq, q.idx
      """)
    var rows: [[String]] = []
    while try statement.step() {
      if let chosen, statement.isNull(3) || !chosen.contains(statement.integer(3)) { continue }
      rows.append([statement.text(0) ?? "", statement.text(1) ?? "", statement.text(2) ?? ""])
    }
    return rows
  }

  /// The columns `byline search` prints.
  public static let searchColumns = ["file", "date", "source", "speaker", "text"]

  /// Quotations of the scope matching the FTS5 query `text`, in command-line and record order.
  public func search(_ text: String, filter: SearchFilter) throws -> [[String]] {
    let chosen = try filter.speaker.map { (needle) throws(IndexFailure) in try speakerIDs(matching: needle) }
    var sql = """
      SELECT scope.name || a.label, a.date, a.source, s.name, q.text, q.speaker
      FROM quotation_text f JOIN quotations q ON q.id = f.rowid JOIN articles a ON a.id = q.article
      JOIN temp.scope scope ON scope.file = a.file LEFT JOIN speakers s ON s.id = q.speaker
      WHERE quotation_text MATCH ?1
      """
    if filter.source != nil { sql += " AND a.source = ?2 COLLATE NOCASE" }
    if filter.since != nil { sql += " AND a.date >= ?3" }
    if filter.until != nil { sql += " AND substr(a.date, 1, length(?4)) <= ?4" }
    sql += " ORDER BY scope.ord, a.seq, q.idx"
    let statement = try connection.prepare(sql)
    statement.bind(1, text)
    if let source = filter.source { statement.bind(2, source) }
    if let since = filter.since { statement.bind(3, since) }
    if let until = filter.until { statement.bind(4, until) }
    var rows: [[String]] = []
    while true {
      let more: Bool
      do {
        more = try statement.step()
      } catch {
        // FTS5 reads the query at the first step: its complaints are about the text given.
        if rows.isEmpty, error.code == SQLITE_ERROR, !error.isDamage {
          throw SearchSyntaxError(message: "'\(text)' is not a valid search (\(error.message))")
        }
        throw error
      }
      guard more else { break }
      if let chosen, statement.isNull(5) || !chosen.contains(statement.integer(5)) { continue }
      rows.append((0..<5).map { statement.text(Int32($0)) ?? "" })
    }
    return rows
  }

  /// Every speaker of the scope who is quoted or posts, one entry per article.
  public func speakerEntries() throws(IndexFailure) -> [SpeakerEntry] {
    var aliases: [Int: [String]] = [:]
    let listed = try connection.prepare(
      "SELECT l.speaker, l.alias FROM aliases l JOIN speakers s ON s.id = l.speaker "
        + "JOIN articles a ON a.id = s.article JOIN temp.scope USING (file) ORDER BY l.rowid")
    while try listed.step() { aliases[listed.integer(0), default: []].append(listed.text(1) ?? "") }
    let statement = try connection.prepare(
      """
      SELECT s.id, s.article, s.name, s.quotations, s.posts
      FROM speakers s JOIN articles a ON a.id = s.article JOIN temp.scope scope ON scope.file = a.file
      WHERE s.quotations + s.posts > 0
      ORDER BY scope.ord, a.seq, s.idx
      """)
    var entries: [SpeakerEntry] = []
    while try statement.step() {
      entries.append(
        SpeakerEntry(
          article: statement.integer(1), name: statement.text(2) ?? "",
          aliases: aliases[statement.integer(0)] ?? [], quotations: statement.integer(3),
          posts: statement.integer(4)))
    }
    return entries
  }
}
