import ArgumentParser
import ArticleModel

/// `byline posts [--speaker NAME] FILE…`: every embedded post, one per line.
struct Posts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Print every embedded post, one per line: file, platform, author, handle, date, text (TSV with a header line).",
    discussion: """
      Fields a post does not have (handle, date) are left empty; handles are written \
      without '@', as in every export. With --speaker, exits with status 1 when no post \
      matches, as grep does.
      """)

  @Option(help: "Only posts by speakers whose name or alias contains NAME (ignoring case).")
  var speaker: String?

  @OptionGroup var table: TableOptions
  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    let inputs = try articles.load(for: Self.self)
    var rows: [[String]] = []
    for (file, article) in inputs.articles {
      rows += article.postList(file: file, speaker: speaker)
    }
    table.write(Table(columns: Article.postListColumns, rows: rows))
    if inputs.failed || (speaker != nil && rows.isEmpty) { throw ExitCode.failure }
  }
}
