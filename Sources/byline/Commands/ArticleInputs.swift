import ArticleModel
import Corpus

/// The articles named on a command line, loaded and parsed, for the query commands.
///
/// A directory stands for the article and dataset files under it (natural
/// order, hidden files skipped, see `CorpusFiles.expand`); `-` is standard
/// input; datasets give one article per record (`CorpusArticles`). A file or
/// record that cannot be read is reported on standard error and skipped, and
/// the command then ends with a failure status after doing the rest, as `grep`
/// and `cat` do.
struct ArticleInputs {
  var articles: [(file: String, article: Article)] = []
  /// What the dataset says about each article that came from a record, by index in `articles`.
  var metadata: [Int: ArticleMetadata] = [:]
  /// Whether some file could not be read.
  var failed = false
  /// Whether the arguments name one article (one file or `-`), not several or a directory:
  /// the shape of the JSON export follows this, not how many files could be read.
  var namesOne: Bool

  init(paths: [String], force: Bool, settings: CorpusSettings = CorpusSettings()) {
    let loader = ArticleLoader(allowBinary: force, allowEmpty: true)
    var articles: [(file: String, article: Article)] = []
    var metadata: [Int: ArticleMetadata] = [:]
    let outcome = CorpusArticles.forEach(paths: paths, settings: settings, loader: loader) { item in
      if let record = item.metadata { metadata[articles.count] = record }
      articles.append((item.name, item.article))
    }
    self.articles = articles
    self.metadata = metadata
    failed = outcome.failed
    namesOne = Self.namesOne(paths, sawRecords: outcome.sawRecords)
  }

  /// Whether `paths` name one article: one file (not a directory, not a dataset) or `-`
  /// with text on it. The JSON export's shape follows this, not how many could be read.
  static func namesOne(_ paths: [String], sawRecords: Bool) -> Bool {
    guard paths.count == 1, !sawRecords else { return false }
    return paths[0] == "-" || !CorpusFiles.isDirectory(paths[0])
  }

  /// Paths with each directory replaced by the article and dataset files under it.
  static func expand(_ paths: [String]) -> [String] {
    CorpusFiles.expand(paths)
  }
}
