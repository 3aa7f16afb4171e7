import ArgumentParser
import ArticleModel
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

  init(files: [String], force: Bool, colorWhen: ColorWhen?, noState: Bool) {
    self.files = files
    self.force = force
    self.colorWhen = colorWhen
    self.noState = noState
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
    do {
      for source in sources() {
        // A big file: its head now, the rest on the background thread.
        if interactive, case .file(let path) = source,
          let document = ArticleBeginning.document(
            path: path, allowBinary: force, wake: { Self.shared(&wake) })
        {
          documents.append(document)
          continue
        }
        var file = try loader.bytes(of: source)
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
    for warning in session.warnings { Diagnostics.warn(warning) }
    ReaderSetup.remember(session, keys: keys, in: &store)
    if status != 0 { throw ExitCode(status) }
  }

  /// One wake pipe for all the articles loading in the background, made when first needed.
  private static func shared(_ wake: inout WakePipe?) -> WakePipe {
    if let wake { return wake }
    let made = WakePipe()
    wake = made
    return made
  }

  /// What to open, in order.
  private func sources() -> [ArticleLoader.Source] {
    if files.isEmpty {
      return isatty(STDIN_FILENO) == 1 ? [.sample] : [.standardInput]
    }
    return ArticleInputs.expand(files).map { $0 == "-" ? .standardInput : .file($0) }
  }
}
