import ArgumentParser

/// The `byline` command: the reader by default, `export` for machine-readable output.
struct Byline: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Read news articles in the terminal and see who said what.",
    usage: """
      byline [--color <when>] [--no-state] [--force] [<file> ...]
      byline <subcommand> [<options>] [<file> ...]
      """,
    discussion: """
      Opens each FILE (a directory stands for its .txt files; '-' is standard input) in \
      the reader. With no FILE, reads standard input when it is a pipe, else opens the \
      bundled sample article. When standard output is not a terminal, prints the \
      articles as plain text (the ones that could be read; the status is then 1 if \
      some could not).

      READER OPTIONS:
        --color <when>          Colour the plain text printed into a pipe: auto,
                                always or never (never: no colour in the reader).
        --no-state              Do not restore or remember where articles were left.
        --force                 Open files that look binary (they hold NUL bytes).

      EXIT STATUS: 0 success; 1 a file or the config file could not be used, a write \
      failed, or --speaker matched nothing; 2 a mistake in the command line.
      """,
    version: "byline " + version,
    subcommands: [
      Read.self, Quotes.self, Speakers.self, Posts.self, Export.self, Index.self, Search.self, Config.self,
    ],
    defaultSubcommand: Read.self)
}
