import ArgumentParser
import ArticleModel

extension ExportFormat: ExpressibleByArgument {}

/// `byline export --format json|jsonl|csv|markdown FILE…`: the parsed articles in a machine-readable format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the parsed articles in a machine-readable format.",
    discussion: """
      json: one object (README.md, "Export", describes it); with several files, an array of \
      objects, each with a "file" field. jsonl: one object per line, each with "file". \
      csv: one quotation per record (file, index, speaker, mention, kind, start, end, \
      paragraph, post, text) after a header record, quoted as RFC 4180 says. \
      markdown: a who-said-what digest per article.
      """)

  @Option(help: "Output format: json, jsonl, csv or markdown.") var format: ExportFormat = .json
  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    // Through CorpusExport: JSON Lines streams one line per article as it is read.
    let settings = try articles.corpus.settings()
    let paths = try ArticlePaths.resolve(articles.files)
    if CorpusExport.run(format: format, paths: paths, settings: settings, force: articles.force) {
      throw ExitCode.failure
    }
  }
}
