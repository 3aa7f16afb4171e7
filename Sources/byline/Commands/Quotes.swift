import ArgumentParser
import ArticleModel

/// `byline quotes [--speaker NAME] FILE…`: every quotation, one per line.
struct Quotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print every quotation, one per line: file, speaker and text (TSV with a header line).",
    discussion: """
      The speaker column is empty when nobody can be named. Tabs, line breaks and \
      backslashes inside fields are written as \\t, \\n and \\\\, so each quotation stays \
      on one line. With --speaker, exits with status 1 when no quotation matches, as grep does. \
      --attribution explicit,resolved keeps the quotations whose speaker stands beside them \
      (named, or through a pronoun or a role), leaving out those carried over from earlier \
      speech (carried) and those nobody is named for (none).
      """)

  @Option(help: "Only quotations by speakers whose name or alias contains NAME (ignoring case).")
  var speaker: String?

  @Option(
    help: ArgumentHelp(
      "Only quotations whose speaker was found so: a comma-separated list of explicit, resolved, carried, none.",
      valueName: "KINDS"))
  var attribution: String?

  @OptionGroup var table: TableOptions
  @OptionGroup var articles: ArticleFileArguments

  func validate() throws {
    _ = try attributionKinds()
  }

  /// The kinds `--attribution` names, or `nil` without the option.
  func attributionKinds() throws -> Set<Quotation.Attribution>? {
    guard let attribution else { return nil }
    var kinds: Set<Quotation.Attribution> = []
    for word in attribution.split(separator: ",") {
      let name = String(word.filter { $0 != " " }).lowercased()
      guard let kind = Quotation.Attribution(rawValue: name) else {
        throw ValidationError(
          "unknown attribution '\(name)': use explicit, resolved, carried or none, separated by commas")
      }
      kinds.insert(kind)
    }
    return kinds
  }

  func run() throws {
    // The index does not filter by attribution yet: with --attribution the files are read.
    if let speaker, attribution == nil,
      let rows = IndexedQueries.quotations(speaker: speaker, arguments: articles)
    {
      table.write(Table(columns: Article.quotationListColumns, rows: rows))
      if rows.isEmpty { throw ExitCode.failure }
      return
    }
    let inputs = try articles.load(for: Self.self)
    let kinds = try attributionKinds()
    var rows: [[String]] = []
    for (file, article) in inputs.articles {
      rows += article.quotationList(file: file, speaker: speaker, attribution: kinds)
    }
    table.write(Table(columns: Article.quotationListColumns, rows: rows))
    if inputs.failed || (speaker != nil && rows.isEmpty) { throw ExitCode.failure }
  }
}
