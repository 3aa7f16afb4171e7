import ArgumentParser
import ArticleModel
import Corpus

/// `byline export` over datasets: JSON Lines streamed record by record (a
/// cluster's mapper: `RDD.pipe`, Hadoop Streaming), the other formats with
/// each record named by its file and line or row id.
enum CorpusExport {
  /// Writes the export of `paths`; `true` when some file or record could not be read.
  ///
  /// The JSON shape follows the arguments (`ArticleInputs.namesOne`): one text
  /// file gives one object, anything else (several files, a directory, a
  /// dataset) an array.
  static func run(
    format: ExportFormat, paths: [String], settings: CorpusSettings, force: Bool,
    offsets: OffsetUnit, table: ExportTable
  ) -> Bool {
    let loader = ArticleLoader(allowBinary: force, allowEmpty: true)
    if format == .jsonl {
      var output = OutputBuffer()
      let outcome = CorpusArticles.forEach(paths: paths, settings: settings, loader: loader) { item in
        let converter = OffsetConverter(source: item.article.source, unit: offsets)
        output.append(
          item.article.jsonLine(file: item.name, record: item.metadata, offsets: converter) + "\n")
      }
      output.flush()
      return outcome.failed
    }
    var items: [CorpusArticles.Item] = []
    let outcome = CorpusArticles.forEach(paths: paths, settings: settings, loader: loader) {
      items.append($0)
    }
    CommandOutput.write(
      format.render(
        items.map { ($0.name, $0.article) },
        one: ArticleInputs.namesOne(paths, sawRecords: outcome.sawRecords), offsets: offsets,
        table: table, records: items.map(\.metadata)))
    return outcome.failed
  }

  /// Output gathered into writes of about 64 kB, so that a stream of small records is not a write each.
  struct OutputBuffer {
    var text = ""

    mutating func append(_ line: String) {
      text += line
      if text.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
      guard !text.isEmpty else { return }
      CommandOutput.write(text)
      text = ""
    }
  }
}
