import ArgumentParser
import ArticleModel
import ReaderUI

/// `byline speakers FILE…`: who is quoted or posts, with counts.
struct Speakers: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a table of the speakers in each file with their numbers of quotations and posts.",
    discussion: "Within a file, the most quoted come first.")

  @Flag(help: "Read files that look binary (they contain NUL bytes).")
  var force = false

  @Argument(help: "Article files or directories of .txt files; '-' reads standard input.")
  var files: [String] = []

  func run() throws {
    let inputs = ArticleInputs(paths: try ArticlePaths.resolve(files), force: force)
    CommandOutput.write(SpeakerTable.render(inputs.articles))
    if inputs.failed { throw ExitCode.failure }
  }
}
