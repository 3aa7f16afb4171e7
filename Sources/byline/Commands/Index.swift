import ArgumentParser
import CorpusIndex

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `byline index PATH…`: builds or updates the corpus index.
struct Index: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build or update the corpus index of the files, datasets and directories named.",
    discussion: """
      The index is $XDG_CACHE_HOME/byline/index.sqlite3 (by default \
      ~/.cache/byline/index.sqlite3). Only records that are new or changed are parsed; \
      an interrupted run keeps what it did and the next one goes on from there. \
      Prints a summary line on standard error, and the progress when it is a terminal.
      """)

  @OptionGroup var articles: ArticleFileArguments

  func run() throws {
    let paths = try IndexAccess.paths(articles, for: Self.self)
    let index = try IndexAccess.open()
    let start = IndexAccess.now()
    let terminal = isatty(STDERR_FILENO) == 1
    var shown = start
    let summary = try IndexAccess.update(index, paths: paths, arguments: articles) { progress in
      guard terminal else { return }
      let now = IndexAccess.now()
      guard now - shown >= 0.2 else { return }
      shown = now
      let rate = Int(Double(progress.articles) / max(now - start, 0.001))
      Diagnostics.write(
        "\rindexing: file \(progress.file) of \(progress.files), \(progress.articles) articles, \(rate)/s\u{1B}[K"
      )
    }
    if terminal { Diagnostics.write("\r\u{1B}[K") }
    let seconds = IndexAccess.now() - start
    Diagnostics.write(
      "indexed \(summary.articles) articles (\(summary.parsed) new, \(summary.unchanged) unchanged), "
        + "\(summary.quotations) quotations, \(summary.speakers) speakers in "
        + String(format: seconds) + " s\n")
    if summary.failed { throw ExitCode.failure }
  }
}

extension String {
  /// Seconds with one decimal (`2.4`), without Foundation.
  init(format seconds: Double) {
    let tenths = Int((seconds * 10).rounded())
    self = "\(tenths / 10).\(tenths % 10)"
  }
}
