import ArgumentParser
import ArticleModel

/// `byline posts [--speaker NAME] FILE…`: every embedded post, one per line.
struct Posts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Print every embedded post, one per line: file, platform, author, @handle, date, text (tab-separated).",
    discussion: "Fields a post does not have (handle, date) are left empty.")

  @Option(help: "Only posts by speakers whose name or alias contains NAME (ignoring case).")
  var speaker: String?

  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    let inputs = try articles.load()
    for (file, article) in inputs.articles {
      CommandOutput.write(article.postLines(file: file, speaker: speaker))
    }
    if inputs.failed { throw ExitCode.failure }
  }
}
