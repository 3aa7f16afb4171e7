import ArgumentParser
import Corpus

/// `--field ROLE=NAME` and `--table NAME`: how datasets' records are read.
///
/// `export --format csv` also reads `--table quotations|posts|speakers` as the
/// records to write; `--dataset-table` names a dataset's table in every case.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("field"),
    help: ArgumentHelp(
      "Read ROLE from the record's field NAME (roles: text, title, date, source, url, author, id).",
      discussion: "Repeatable, e.g. --field text=maintext --field title=headline.",
      valueName: "role=name"))
  var fields: [String] = []

  @Option(
    help: ArgumentHelp(
      "The table of a SQLite dataset to read (default: newsdata, else articles).",
      discussion: "With export --format csv, quotations, posts or speakers choose the records instead.",
      valueName: "name"))
  var table: String?

  @Option(
    name: .customLong("dataset-table"),
    help: ArgumentHelp("The table of a SQLite dataset, whatever its name.", valueName: "name"))
  var datasetTable: String?

  /// The settings the options give; a usage error for a malformed `--field`.
  /// - Parameter tableNamesDataset: Whether `--table` names the dataset's table (not export's records).
  func settings(tableNamesDataset: Bool = true) throws -> CorpusSettings {
    var names = FieldNames.standard
    for field in fields {
      switch FieldNames.parseOverride(field) {
      case .success(let (role, name)): names = names.overriding(role, with: name)
      case .failure(let failure): throw ValidationError("--field: " + failure.problem)
      }
    }
    return CorpusSettings(fields: names, table: datasetTable ?? (tableNamesDataset ? table : nil))
  }
}
