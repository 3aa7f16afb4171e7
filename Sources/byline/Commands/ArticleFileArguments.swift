import ArgumentParser

/// The article arguments every query command takes: files or directories, and `--force`.
struct ArticleFileArguments: ParsableArguments {
  @Flag(help: "Read files that look binary (they contain NUL bytes).")
  var force = false

  @Argument(
    help:
      "Article files, datasets (.json, .jsonl, SQLite) or directories of them; '-' reads standard input.")
  var files: [String] = []

  @OptionGroup(title: "Datasets") var corpus: CorpusOptions

  /// Reads every named article, reporting failures on standard error as it goes.
  func load() throws -> ArticleInputs {
    ArticleInputs(paths: try ArticlePaths.resolve(files), force: force, settings: try corpus.settings())
  }
}
