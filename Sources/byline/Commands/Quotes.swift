import ArgumentParser
import ArticleModel

/// `byline quotes [--speaker NAME] FILE…`: every quotation, one per line.
struct Quotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print every quotation, one per line: file, speaker and text, separated by tabs.",
    discussion: """
      The speaker column is empty when nobody can be named. Tabs, line breaks and \
      control characters inside texts are replaced, so each quotation stays on one line.
      """)

  @Option(help: "Only quotations by speakers whose name or alias contains NAME (ignoring case).")
  var speaker: String?

  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    let inputs = try articles.load()
    for (file, article) in inputs.articles {
      CommandOutput.write(article.quotationLines(file: file, speaker: speaker))
    }
    if inputs.failed { throw ExitCode.failure }
  }
}
