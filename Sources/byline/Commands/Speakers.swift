import ArgumentParser
import ArticleModel
import ReaderUI

/// `byline speakers FILE…`: who is quoted or posts, with counts.
struct Speakers: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a table of the speakers in each file with their numbers of quotations and posts.",
    discussion: "Within a file, the most quoted come first.")

  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    let inputs = try articles.load()
    CommandOutput.write(SpeakerTable.render(inputs.articles))
    if inputs.failed { throw ExitCode.failure }
  }
}
