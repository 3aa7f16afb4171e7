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

  @Option(
    name: .customLong("color"),
    help: ArgumentHelp(
      "Colour the plain text printed into a pipe: auto, always or never.",
      discussion: "auto colours only on a terminal without NO_COLOR; never also turns colour off in the reader.",
      valueName: "when"))
  var colorWhen: ColorWhen?

  @Flag(help: "Do not restore or remember where each article was left.")
  var noState = false

  @Argument(
    help: ArgumentHelp(
      "Article files, or directories of .txt files; '-' reads standard input.",
      discussion: "Without files: standard input if it is not a terminal, else the bundled sample."
    ))
  var files: [String] = []

  func run() throws {
    var settings = try ReaderSetup.settings()
    settings.color = ReaderSetup.colorChoice(colorWhen, settings: settings)
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
      PlainOutput.write(documents, theme: ReaderSetup.plainTheme(settings.color, settings: settings))
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
    let session = ReaderSession(
      documents: documents, backend: backend, keyMap: KeyMap.default.applying(settings))
    session.use(settings)
    var store = ReaderSetup.positionStore(disabled: noState, settings: settings)
    let keys = ReaderSetup.keys(of: sources())
    ReaderSetup.restore(session, keys: keys, from: store)
    let status = session.run()
    backend.stop()
    ReaderSetup.remember(session, keys: keys, in: &store)
    if status != 0 { throw ExitCode(status) }
  }

  /// What to open, in order.
  private func sources() -> [ArticleLoader.Source] {
    if files.isEmpty {
      return isatty(STDIN_FILENO) == 1 ? [.sample] : [.standardInput]
    }
    return ArticleInputs.expand(files).map { $0 == "-" ? .standardInput : .file($0) }
  }
}
