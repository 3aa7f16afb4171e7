import ArgumentParser
import ArticleModel
import CorpusIndex

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `byline search TEXT PATH…`: quotations matching a full-text search, from the index.
struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the quotations that match a full-text search: file, date, source, speaker, text.",
    discussion: """
      TEXT is an SQLite FTS5 query: words (all must be there), "a phrase", OR, NOT, \
      prefix*. The index is brought up to date with the paths first. Prints TSV, with \
      a header line when standard output is not a terminal. Exits with status 1 when \
      nothing matches, as grep does.
      """)

  @Argument(help: "The words to look for (SQLite FTS5 query syntax).")
  var text: String

  @Option(help: "Only quotations by speakers whose name or alias contains NAME (ignoring case).")
  var speaker: String?

  @Option(help: ArgumentHelp("Only articles from this source (ignoring case).", valueName: "name"))
  var source: String?

  @Option(help: ArgumentHelp("Only articles dated on or after this day.", valueName: "yyyy-mm-dd"))
  var since: String?

  @Option(help: ArgumentHelp("Only articles dated on or before this day.", valueName: "yyyy-mm-dd"))
  var until: String?

  @OptionGroup var table: TableOptions
  @OptionGroup var articles: ArticleFileArguments

  func validate() throws {
    for (name, value) in [("--since", since), ("--until", until)] {
      guard let value else { continue }
      let digits = value.unicodeScalars.map { ("0"..."9").contains($0) }
      let shape = value.unicodeScalars.map { $0 == "-" }
      let valid =
        [4, 7, 10].contains(digits.count)
        && (0..<digits.count).allSatisfy { i in (i == 4 || i == 7) ? shape[i] : digits[i] }
      if !valid {
        throw ValidationError("\(name): expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got '\(value)'")
      }
    }
  }

  func run() throws {
    let paths = try IndexAccess.paths(articles, for: Self.self)
    let index = try IndexAccess.open()
    let summary = try IndexAccess.update(index, paths: paths, arguments: articles, counting: false)
    let rows: [[String]]
    do {
      rows = try index.search(
        text, filter: SearchFilter(speaker: speaker, source: source, since: since, until: until))
    } catch let error as SearchSyntaxError {
      throw UsageError(command: Self.self, message: "search: " + error.message)
    } catch {
      Diagnostics.error("\(index.path): \(error)")
      throw ExitCode.failure
    }
    let header = !table.noHeader && isatty(STDOUT_FILENO) != 1
    CommandOutput.write(Table(columns: CorpusIndex.searchColumns, rows: rows).tsv(header: header))
    if summary.failed || rows.isEmpty { throw ExitCode.failure }
  }
}
