import ArgumentParser
import ArticleModel

/// `byline quotes [--speaker NAME] FILE…`: every quotation, one per line.
struct Quotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print every quotation, one per line: file, speaker and text (TSV with a header line).",
    discussion: """
      The speaker column is empty when nobody can be named. Tabs, line breaks and \
      backslashes inside fields are written as \\t, \\n and \\\\, so each quotation stays \
      on one line. With --speaker, exits with status 1 when no quotation matches, as grep does.
      """)

  @Option(help: "Only quotations by speakers whose name or alias contains NAME (ignoring case).")
  var speaker: String?

  @OptionGroup var table: TableOptions
  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    if let speaker, let rows = IndexedQueries.quotations(speaker: speaker, arguments: articles) {
      table.write(Table(columns: Article.quotationListColumns, rows: rows))
      if rows.isEmpty { throw ExitCode.failure }
      return
    }
    let inputs = try articles.load(for: Self.self)
    var rows: [[String]] = []
    for (file, article) in inputs.articles {
      rows += article.quotationList(file: file, speaker: speaker)
    }
    table.write(Table(columns: Article.quotationListColumns, rows: rows))
    if inputs.failed || (speaker != nil && rows.isEmpty) { throw ExitCode.failure }
  }
}
