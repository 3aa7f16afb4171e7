import ArgumentParser
import ArticleModel

extension ExportFormat: ExpressibleByArgument {}
extension OffsetUnit: ExpressibleByArgument {}
extension ExportTable: ExpressibleByArgument {}

/// `byline export --format json|jsonl|csv|markdown FILE…`: the parsed articles in a machine-readable format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the parsed articles in a machine-readable format.",
    discussion: """
      json: one object for one file argument, an array of objects for anything else \
      (several files, a directory); every object has a "file" field. jsonl: one object \
      per line. csv: one record per quotation (or per post or speaker with --table) after \
      a header record, quoted as RFC 4180 says. markdown: a who-said-what digest per \
      article. Files that cannot be read are reported on standard error, the rest are \
      printed, and the exit status is 1. The man page byline(1) describes every field.
      """)

  @Option(help: "Output format: json, jsonl, csv or markdown.") var format: ExportFormat = .json

  @Option(
    help: ArgumentHelp(
      "The unit of every start/end offset: scalars, utf8 or utf16.",
      discussion:
        "scalars index a Python str, utf8 bytes (Go, Rust, C), utf16 code units (JavaScript, Java)."))
  var offsets: OffsetUnit = .scalars

  @Option(help: "The records of --format csv: quotations (the default), posts or speakers.")
  var table: ExportTable?

  @OptionGroup var articles: ArticleFileArguments

  func validate() throws {
    if table != nil && format != .csv {
      throw ValidationError(
        "--table chooses the records of --format csv; the \(format.rawValue) format has them all")
    }
  }

  func run() throws {
    let inputs = try articles.load(for: Self.self)
    CommandOutput.write(
      format.render(inputs.articles, one: inputs.namesOne, offsets: offsets, table: table ?? .quotations))
    if inputs.failed { throw ExitCode.failure }
  }
}
