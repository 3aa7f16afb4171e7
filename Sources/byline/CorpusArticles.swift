import ArticleModel
import Corpus

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The articles of command-line paths, in order, one at a time: text files
/// through `ArticleLoader`, datasets (JSON, JSON Lines, SQLite) record by
/// record, standard input as whichever its content is.
///
/// Nothing is kept between articles, so a dataset of any size streams in
/// constant memory. Problems go to standard error as they are met: a file that
/// cannot be read, a record that is not valid JSON or has no text (with its
/// file and line or row id); the rest is read on.
enum CorpusArticles {
  /// One article ready for output or the reader.
  struct Item {
    var name: String
    var article: Article
    var metadata: ArticleMetadata?
  }

  /// What a walk met, for the caller's exit status.
  struct Outcome {
    /// Some file or record could not be read.
    var failed = false
    /// Some record came from a dataset (output then names records, and JSON is an array).
    var sawRecords = false
  }

  /// Calls `body` with each article of `paths` (directories expanded), in order.
  static func forEach(
    paths: [String], settings: CorpusSettings, loader: ArticleLoader, _ body: (Item) -> Void
  ) -> Outcome {
    var outcome = Outcome()
    for path in CorpusFiles.expand(paths) {
      // The keyboard is never read as a dataset: the loader says so.
      if path == "-", isatty(STDIN_FILENO) == 1 {
        loadText(.standardInput, loader: loader, outcome: &outcome, body)
        continue
      }
      switch CorpusInput.open(path, settings: settings) {
      case .text(let path):
        loadText(.file(path), loader: loader, outcome: &outcome, body)
      case .standardInputText(let head):
        do {
          var rest = try loader.bytes(of: .standardInput)
          let loaded = try loader.decode(head + rest.bytes, name: rest.name)
          rest.bytes = []
          for warning in loaded.warnings { Diagnostics.warn(warning) }
          body(Item(name: loaded.name, article: Article(parsing: loaded.text)))
        } catch {
          Diagnostics.error(error.description)
          outcome.failed = true
        }
      case .records(var reader):
        while let event = reader.next() {
          switch event {
          case .record(let record):
            outcome.sawRecords = true
            body(
              Item(
                name: record.origin.description, article: Article(parsing: record.text),
                metadata: record.metadata))
          case .skipped(let problem):
            Diagnostics.error(problem.description + "; skipped")
            outcome.failed = true
          case .failed(let failure):
            Diagnostics.error(failure.description)
            outcome.failed = true
          }
        }
      case .failed(let failure):
        Diagnostics.error(failure.description)
        outcome.failed = true
      }
    }
    return outcome
  }

  private static func loadText(
    _ source: ArticleLoader.Source, loader: ArticleLoader, outcome: inout Outcome, _ body: (Item) -> Void
  ) {
    do {
      let loaded = try loader.load(source)
      for warning in loaded.warnings { Diagnostics.warn(warning) }
      body(Item(name: loaded.name, article: Article(parsing: loaded.text)))
    } catch {
      Diagnostics.error(error.description)
      outcome.failed = true
    }
  }
}
