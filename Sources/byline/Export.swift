import ArgumentParser
import ArticleModel

extension ExportFormat: ExpressibleByArgument {}
extension OffsetUnit: ExpressibleByArgument {}

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

  @OptionGroup var articles: ArticleFileArguments

  /// The records of `--format csv` when `--table` names a kind of them (quotations,
  /// posts, speakers); any other `--table` names a dataset's table, as in every command.
  private var records: ExportTable? { articles.corpus.table.flatMap(ExportTable.init(rawValue:)) }

  func validate() throws {
    if let records, format != .csv {
      throw ValidationError(
        "--table \(records.rawValue) chooses the records of --format csv; the \(format.rawValue) "
          + "format has them all (a dataset's table of that name: --dataset-table)")
    }
  }

  func run() throws {
    // Through CorpusExport: JSON Lines streams one line per article as it is read.
    let failed = CorpusExport.run(
      format: format, paths: try ArticlePaths.resolve(articles.files, for: Self.self),
      settings: try articles.corpus.settings(tableNamesDataset: records == nil), force: articles.force,
      offsets: offsets, table: records ?? .quotations)
    if failed { throw ExitCode.failure }
  }
}
