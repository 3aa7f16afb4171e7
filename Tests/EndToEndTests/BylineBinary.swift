import Foundation

/// Where the built `byline` and the test files are.
enum BylineBinary {
  /// The package's root directory (three levels above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled sample article's source file.
  static let sampleArticle = packageRoot.appendingPathComponent("Resources/sample-article.txt")

  /// The shared real articles (`../shared/articles` from the repository), if present.
  static var sharedArticles: URL? {
    var directory = packageRoot
    for _ in 0..<3 {
      directory = directory.deletingLastPathComponent()
      let candidate = directory.appendingPathComponent("shared/articles")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    }
    return nil
  }

  /// The shared UNGA article the reader scenario runs on, if present.
  static var unga: String? {
    guard let directory = sharedArticles else { return nil }
    let path = directory.appendingPathComponent("unga-korea-2018-09-27.txt").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The `byline` executable in the build directory the tests run from.
  ///
  /// `swift test` builds it because EndToEndTests depends on the `byline`
  /// target. A nested `swift build` cannot run from here (SwiftPM holds the
  /// build directory's lock), so a missing binary is a clear failure.
  static func locate() throws -> URL {
    let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = testExecutable.deletingLastPathComponent()
    // On platforms where tests live inside a bundle, climb out of it.
    while directory.pathExtension == "xctest" || directory.lastPathComponent == "Contents"
      || directory.lastPathComponent == "MacOS"
    {
      directory = directory.deletingLastPathComponent()
    }
    let binary = directory.appendingPathComponent("byline")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw TestFailure(
        "no byline executable at \(binary.path); build it first with "
          + "`swift build --product byline` (same configuration as the tests)")
    }
    return binary
  }
}

/// Quotes a string for a POSIX shell command line.
func shellQuoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
