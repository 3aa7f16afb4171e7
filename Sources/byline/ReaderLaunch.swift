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
  static let commandNames: Set<String> = [
    "read", "quotes", "speakers", "posts", "export", "index", "search", "config", "help",
  ]

  func run() throws {
    if let first = files.first, let command = Self.commandMeant(by: first) {
      throw UsageError(
        command: nil, message: "\(first): no such file or command; did you mean '\(command)'?")
    }
    var settings = ReaderSetup.settings()
    settings.color = ReaderSetup.colorChoice(colorWhen, settings: settings)
    let loader = ArticleLoader(allowBinary: force)
    var documents: [Document] = []
    // The reader shows a big article's beginning first; plain output needs the whole.
    let interactive = isatty(STDOUT_FILENO) == 1
    var wake: WakePipe?
    var keys: [PositionStore.FileKey?] = []
    var skippedRecords = false
    var failed = false
    let items = launchItems(skipped: &skippedRecords, unreadable: &failed)
    // The reader opens only when every article could be read; plain output prints the rest, as cat does.
    if failed && interactive { throw ExitCode.failure }
    for item in items {
      do {
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
      } catch {
        Diagnostics.error(error.description)
        if interactive { throw ExitCode.failure }
        failed = true
      }
    }

    // Not a terminal: plain text, and never an escape code.
    guard interactive else {
      PlainOutput.write(documents, theme: ReaderSetup.plainTheme(settings.color, settings: settings))
      if failed || skippedRecords { throw ExitCode.failure }
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
    if skippedRecords { throw ExitCode.failure }  // the reader opened without them
  }

  /// One wake pipe for all the articles loading in the background, made when first needed.
  private static func shared(_ wake: inout WakePipe?) -> WakePipe {
    if let wake { return wake }
    let made = WakePipe()
    wake = made
    return made
  }

  /// The command a mistyped first argument most likely meant (`qoutes` for
  /// `quotes`), when no file of that name exists; `nil` otherwise.
  static func commandMeant(by argument: String) -> String? {
    guard argument.count >= 3, !argument.contains("/"), !argument.contains("."),
      !argument.hasPrefix("-")
    else { return nil }
    var info = stat()
    guard stat(argument, &info) != 0, errno == ENOENT else { return nil }
    return closestCommand(to: argument)
  }

  /// The command name nearest `word` by typing slips (at most one, or two for longer words); `nil` when none is near.
  static func closestCommand(to argument: String) -> String? {
    let word = Array(argument.lowercased())
    let scored = commandNames.map { ($0, editDistance(word, Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }),
      best.1 <= (word.count > 4 ? 2 : 1)
    else { return nil }
    return best.0
  }

  /// The Damerau–Levenshtein distance (with swaps of neighbours, the commonest typing slip).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
