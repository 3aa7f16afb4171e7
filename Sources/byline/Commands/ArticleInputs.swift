import ArticleModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The articles named on a command line, loaded and parsed, for the query commands.
///
/// A directory stands for the `.txt` files directly inside it (sorted by
/// name, hidden files skipped); `-` is standard input. A file that cannot be
/// read is reported on standard error and skipped, and the command then ends
/// with a failure status after doing the rest, as `grep` and `cat` do.
struct ArticleInputs {
  var articles: [(file: String, article: Article)] = []
  /// Whether some file could not be read.
  var failed = false
  /// Whether the arguments name one article (one file or `-`), not several or a directory:
  /// the shape of the JSON export follows this, not how many files could be read.
  var namesOne: Bool

  init(paths: [String], force: Bool) {
    namesOne = paths.count == 1 && (paths[0] == "-" || !Self.isDirectory(paths[0]))
    let loader = ArticleLoader(allowBinary: force, allowEmpty: true)
    for path in Self.expand(paths) {
      do {
        let loaded = try loader.load(path == "-" ? .standardInput : .file(path))
        for warning in loaded.warnings { Diagnostics.warn(warning) }
        articles.append((loaded.name, Article(parsing: loaded.text)))
      } catch {
        Diagnostics.error(error.description)
        failed = true
      }
    }
  }

  /// Paths with each directory replaced by the article files inside it.
  static func expand(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      guard path != "-", isDirectory(path) else {
        result.append(path)
        continue
      }
      let articles = names(in: path).filter { !$0.hasPrefix(".") && $0.hasSuffix(".txt") }.sorted()
      if articles.isEmpty {
        result.append(path)  // the loader reports "is a directory"
        continue
      }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      result += articles.map { prefix + $0 }
    }
    return result
  }

  private static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The names in a directory (without `.` and `..`); none when it cannot be read.
  private static func names(in path: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: $0.pointee)) {
          String(cString: $0)
        }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
