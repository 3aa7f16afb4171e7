import ArgumentParser
import Corpus

/// `--field ROLE=NAME` and `--table NAME`: how datasets' records are read.
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
      "The table of a SQLite dataset to read (default: newsdata, else articles).", valueName: "name"))
  var table: String?

  /// The settings the options give; a usage error for a malformed `--field`.
  func settings() throws -> CorpusSettings {
    var names = FieldNames.standard
    for field in fields {
      switch FieldNames.parseOverride(field) {
      case .success(let (role, name)): names = names.overriding(role, with: name)
      case .failure(let failure): throw ValidationError("--field: " + failure.problem)
      }
    }
    return CorpusSettings(fields: names, table: table)
  }
}
