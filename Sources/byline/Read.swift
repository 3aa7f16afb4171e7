import ArgumentParser
import ArticleModel
import CursesBackend
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `byline [FILE...]`: opens the reader (the default subcommand).
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open articles in the reader (the default command).")

  @Flag(help: "Open files that look binary (they contain NUL bytes).")
  var force = false

  @Argument(
    help: ArgumentHelp(
      "Article files; '-' reads standard input.",
      discussion: "Without files: standard input if it is not a terminal, else the bundled sample."
    ))
  var files: [String] = []

  func run() throws {
    let loader = ArticleLoader(allowBinary: force)
    var documents: [Document] = []
    do {
      for source in sources() {
        let loaded = try loader.load(source)
        for warning in loaded.warnings { Diagnostics.warn(warning) }
        documents.append(Document(name: loaded.name, article: Article(parsing: loaded.text)))
      }
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode.failure
    }

    // Not a terminal: plain text, and never an escape code.
    guard isatty(STDOUT_FILENO) == 1 else {
      PlainOutput.write(documents)
      return
    }

    let backend: CursesBackend
    do {
      backend = try CursesBackend()
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode.failure
    }
    defer { backend.stop() }
    let status = ReaderSession(documents: documents, backend: backend).run()
    backend.stop()
    if status != 0 { throw ExitCode(status) }
  }

  /// What to open, in order.
  private func sources() -> [ArticleLoader.Source] {
    if files.isEmpty {
      return isatty(STDIN_FILENO) == 1 ? [.sample] : [.standardInput]
    }
    return files.map { $0 == "-" ? .standardInput : .file($0) }
  }
}
