import ArgumentParser
import ArticleModel

/// The article arguments every query command takes: files or directories, and `--force`.
struct ArticleFileArguments: ParsableArguments {
  @Flag(help: "Read files that look binary (they contain NUL bytes).")
  var force = false

  @Argument(
    help:
      "Article files, datasets (.json, .jsonl, SQLite) or directories of them; '-' reads standard input.",
    completion: .file())
  var files: [String] = []

  @OptionGroup(title: "Datasets") var corpus: CorpusOptions

  /// Reads every named article, reporting failures on standard error as it goes.
  /// - Parameter command: The command named in the message when no article is given.
  func load(for command: ParsableCommand.Type) throws -> ArticleInputs {
    ArticleInputs(
      paths: try ArticlePaths.resolve(files, for: command), force: force,
      settings: try corpus.settings())
  }
}

/// `--no-header` for the commands that print tables.
struct TableOptions: ParsableArguments {
  @Flag(help: "Leave out the header line of column names.")
  var noHeader = false

  /// Prints `table` as TSV, with its header line unless `--no-header`.
  func write(_ table: Table) {
    CommandOutput.write(table.tsv(header: !noHeader))
  }
}
