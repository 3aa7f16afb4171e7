import ArgumentParser

/// `byline [FILE...]`: opens the reader (the default subcommand).
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open articles in the reader (the default command).")

  @Flag(help: "Open files that look binary (they contain NUL bytes).")
  var force = false

  @Option(
    name: .customLong("color"),
    help: ArgumentHelp(
      "Colour the plain text printed into a pipe: auto, always or never.",
      discussion:
        "auto colours only on a terminal without NO_COLOR; never also turns colour off in the reader.",
      valueName: "when"))
  var colorWhen: ColorWhen?

  @Flag(help: "Do not restore or remember where each article was left.")
  var noState = false

  @Argument(
    help: ArgumentHelp(
      "Article files, datasets (.json, .jsonl, SQLite) or directories of them; '-' reads standard input.",
      discussion: "Without files: standard input if it is not a terminal, else the bundled sample."
    ),
    completion: .file())
  var files: [String] = []

  @OptionGroup(title: "Datasets") var corpus: CorpusOptions

  func run() throws {
    try ReaderLaunch(
      files: files, force: force, colorWhen: colorWhen, noState: noState, corpus: try corpus.settings()
    ).run()
  }
}
