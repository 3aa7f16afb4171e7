import ArgumentParser

/// The article arguments every query command takes: files or directories, and `--force`.
struct ArticleFileArguments: ParsableArguments {
  @Flag(help: "Read files that look binary (they contain NUL bytes).")
  var force = false

  @Argument(help: "Article files or directories of .txt files; '-' reads standard input.")
  var files: [String] = []

  /// Reads every named article, reporting failures on standard error as it goes.
  func load() throws -> ArticleInputs {
    ArticleInputs(paths: try ArticlePaths.resolve(files), force: force)
  }
}
