import ArgumentParser

/// The `byline` command: the reader by default, `export` for machine-readable output.
struct Byline: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Read news articles in the terminal and see who said what.",
    discussion: """
      With no FILE, reads standard input when it is a pipe, else opens the bundled \
      sample article. When standard output is not a terminal, prints the article \
      as plain text.
      """,
    version: version,
    subcommands: [Read.self, Quotes.self, Speakers.self, Posts.self, Export.self, Config.self],
    defaultSubcommand: Read.self)
}
