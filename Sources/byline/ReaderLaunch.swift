import ArgumentParser
import ArticleModel
import Corpus
import CursesBackend
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader command's choices, and the reader run with them (`byline [FILE...]`).
///
/// `Read` fills it from ArgumentParser; `init?(quick:)` fills it straight
/// from a plain command line, so that opening an article does not pay for
/// ArgumentParser's reflection over every command (about half of the
/// start-up's instructions) before the first frame.
struct ReaderLaunch {
  var files: [String] = []
  var force = false
  var colorWhen: ColorWhen?
  var noState = false
  /// How datasets' records are read (`--field`, `--table`).
  var corpus = CorpusSettings()

  init(
    files: [String], force: Bool, colorWhen: ColorWhen?, noState: Bool,
    corpus: CorpusSettings = CorpusSettings()
  ) {
    self.files = files
    self.force = force
    self.colorWhen = colorWhen
    self.noState = noState
    self.corpus = corpus
  }

  /// The choices of a command line made only of files, `-`, `--force`,
  /// `--no-state` and `--color WHEN`, each at most once; `nil` for anything
  /// else (help, version, subcommands, completions, `--`, mistakes), which
  /// ArgumentParser handles and explains.
  init?(quick arguments: [String]) {
    var seen: Set<String> = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "-" || !argument.hasPrefix("-") {
        if Self.commandNames.contains(argument) { return nil }
        files.append(argument)
        continue
      }
      var name = argument
      var value: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      guard seen.insert(name).inserted else { return nil }
      switch name {
      case "--force" where value == nil: force = true
      case "--no-state" where value == nil: noState = true
      case "--color":
        if value == nil, index < arguments.count {
          value = arguments[index]
          index += 1
        }
        guard let when = value.flatMap(ColorWhen.init(rawValue:)) else { return nil }
        colorWhen = when
      default: return nil
      }
    }
  }

  /// Words ArgumentParser reads as a command rather than a file.
  private static let commandNames: Set<String> = [
    "read", "quotes", "speakers", "posts", "export", "config", "help",
  ]

  func run() throws {
    var settings = try ReaderSetup.settings()
    settings.color = ReaderSetup.colorChoice(colorWhen, settings: settings)
    let loader = ArticleLoader(allowBinary: force)
    var documents: [Document] = []
    // The reader shows a big article's beginning first; plain output needs the whole.
    let interactive = isatty(STDOUT_FILENO) == 1
    var wake: WakePipe?
    var keys: [PositionStore.FileKey?] = []
    var skippedRecords = false
    do {
      for item in try launchItems(skipped: &skippedRecords) {
        let source: ArticleLoader.Source
        let head: [UInt8]?
        switch item {
        case .record(let record):
          documents.append(
            Document(
              name: record.origin.description, article: Article(parsing: record.text),
              metadata: record.metadata))
          keys.append(nil)
          continue
        case .text(let text, let read):
          source = text
          head = read
          keys += ReaderSetup.keys(of: [source])
        }
        // A big file: its head now, the rest on the background thread.
        if interactive, case .file(let path) = source,
          let document = ArticleBeginning.document(
            path: path, allowBinary: force, wake: { Self.shared(&wake) })
        {
          documents.append(document)
          continue
        }
        var file = try loader.bytes(of: source)
        if let head {
          file.bytes = head + file.bytes
        }
        if interactive,
          let document = ArticleBeginning.document(
            name: file.name, bytes: file.bytes, wake: { Self.shared(&wake) })
        {
          documents.append(document)
          continue
        }
        let loaded = try loader.decode(file.bytes, name: file.name)
        file.bytes = []  // the text has it all now: not kept beside the parse
        for warning in loaded.warnings { Diagnostics.warn(warning) }
        if interactive {
          documents.append(
            ArticleBeginning.document(name: loaded.name, text: loaded.text, wake: { Self.shared(&wake) }))
        } else {
          documents.append(Document(name: loaded.name, article: Article(parsing: loaded.text)))
        }
      }
    } catch {
      Diagnostics.error(String(describing: error))
      throw ExitCode.failure
    }

    // Not a terminal: plain text, and never an escape code.
    guard isatty(STDOUT_FILENO) == 1 else {
      PlainOutput.write(documents, theme: ReaderSetup.plainTheme(settings.color, settings: settings))
      if skippedRecords { throw ExitCode.failure }
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
    ReaderSetup.restore(session, keys: keys, from: store)
    let status = session.run()
    backend.stop()
    for warning in session.warnings { Diagnostics.warn(warning) }
    ReaderSetup.remember(session, keys: keys, in: &store)
    if status != 0 { throw ExitCode(status) }
    if skippedRecords { throw ExitCode.failure }
  }

  /// One wake pipe for all the articles loading in the background, made when first needed.
  private static func shared(_ wake: inout WakePipe?) -> WakePipe {
    if let wake { return wake }
    let made = WakePipe()
    wake = made
    return made
  }

}
