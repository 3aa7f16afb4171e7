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
    abstract:
      "Print a table of the speakers of the corpus with their numbers of quotations, posts and articles.",
    discussion: """
      Speakers of different articles are merged by canonical name, and a name that is \
      one speaker's alias is merged into that speaker; the most quoted come first. The \
      table is TSV (speaker, quotations, posts, articles, aliases), aligned on a \
      terminal; the corpus index answers when it is up to date for the paths. With \
      --by-file, one table per file (file, speaker, quotations, posts), most quoted first.
      """)

  @Flag(help: "Count the speakers of each file apart, as file, speaker, quotations, posts.")
  var byFile = false

  @OptionGroup var table: TableOptions
  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    guard byFile else {
      let (rows, failed) = try IndexedQueries.speakers(arguments: articles, for: Self.self)
      let output = IndexedQueries.table(rows)
      if isatty(STDOUT_FILENO) == 1 {
        CommandOutput.write(Self.aligned(output, header: !table.noHeader))
      } else {
        table.write(output)
      }
      if failed { throw ExitCode.failure }
      return
    }
    let inputs = try articles.load(for: Self.self)
    if isatty(STDOUT_FILENO) == 1 {
      CommandOutput.write(SpeakerTable.render(inputs.articles, header: !table.noHeader))
    } else {
      let rows = inputs.articles.flatMap { $0.article.speakerList(file: $0.file) }
      table.write(Table(columns: Article.speakerListColumns, rows: rows))
    }
    if inputs.failed { throw ExitCode.failure }
  }

  /// The table with its columns padded by display width (the numbers to the right), for a terminal.
  static func aligned(_ table: Table, header: Bool) -> String {
    let lines = (header ? [table.columns] : []) + table.rows.map { $0.map(\.printableLine) }
    var widths = [Int](repeating: 0, count: table.columns.count)
    for line in lines {
      for (i, field) in line.enumerated() { widths[i] = max(widths[i], DisplayWidth.width(of: field)) }
    }
    var output = ""
    for line in lines {
      let cells = line.enumerated().map { i, field in
        let pad = String(repeating: " ", count: widths[i] - DisplayWidth.width(of: field))
        return (1...3).contains(i) ? pad + field : (i == line.count - 1 ? field : field + pad)
      }
      // An empty last column (no aliases) leaves no spaces at the end of the line.
      var text = cells.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      output += text + "\n"
    }
    return output
  }
}
