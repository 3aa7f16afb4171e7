import ArgumentParser
import ArticleModel
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `byline speakers FILE…`: who is quoted or posts, with counts.
struct Speakers: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a table of the speakers in each file with their numbers of quotations and posts.",
    discussion: """
      Within a file, the most quoted come first. On a terminal the columns are aligned; \
      elsewhere the table is TSV (file, speaker, quotations, posts) with a header line.
      """)

  @OptionGroup var table: TableOptions
  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    let inputs = try articles.load(for: Self.self)
    if isatty(STDOUT_FILENO) == 1 {
      CommandOutput.write(SpeakerTable.render(inputs.articles, header: !table.noHeader))
    } else {
      let rows = inputs.articles.flatMap { $0.article.speakerList(file: $0.file) }
      table.write(Table(columns: Article.speakerListColumns, rows: rows))
    }
    if inputs.failed { throw ExitCode.failure }
  }
}
