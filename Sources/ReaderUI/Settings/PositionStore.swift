#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the reader left each article, remembered across runs.
///
/// One line per article in `$XDG_STATE_HOME/byline/positions` (by default
/// `~/.local/state/byline/positions`):
///
///     byline positions 1
///     <paragraph> TAB <offset> TAB <size> TAB <mtime> TAB <absolute path>
///
/// An article is known by its absolute path (symbolic links resolved) with
/// its size and modification time: when the file changes, its old position
/// is forgotten rather than applied to different text. Tabs, line breaks
/// and backslashes in paths are written `\t`, `\n`, `\\`. The most recently
/// saved articles come last; only the last `capacity` are kept. Saving
/// writes a temporary file and renames it, so a crash never leaves half a
/// file. A file that does not parse is ignored as a whole, with one warning.
public struct PositionStore: Sendable {
  /// How an article file is recognised across runs.
  public struct FileKey: Hashable, Sendable {
    public var path: String
    public var size: Int
    public var modified: Int

    public init(path: String, size: Int, modified: Int) {
      self.path = path
      self.size = size
      self.modified = modified
    }

    /// The key of the file at `path` as it is now, or `nil` when it cannot be examined (or is not a regular file).
    public init?(file path: String) {
      guard let canonical = StateFiles.canonicalPath(path) else { return nil }
      var info = stat()
      guard stat(canonical, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      #if canImport(Glibc)
        let modified = Int(info.st_mtim.tv_sec)
      #else
        let modified = Int(info.st_mtimespec.tv_sec)
      #endif
      self.init(path: canonical, size: Int(info.st_size), modified: modified)
    }
  }

  /// A remembered place: a paragraph and an offset into its text (see `ReadingPosition`).
  public struct Place: Hashable, Sendable {
    public var paragraph: Int
    public var offset: Int
    public init(paragraph: Int, offset: Int) {
      self.paragraph = paragraph
      self.offset = offset
    }
  }

  static let header = "byline positions 1"

  /// The state file.
  public let path: String
  /// How many articles are remembered at most.
  public var capacity: Int
  /// Entries oldest first.
  public private(set) var entries: [(key: FileKey, place: Place)] = []
  /// Set by `load()` when the file existed but could not be used.
  public private(set) var warning: String?

  /// A store on `path`, empty until `load()`.
  public init(path: String, capacity: Int = 1000) {
    self.path = path
    self.capacity = max(1, capacity)
  }

  /// The state file for this environment: `$XDG_STATE_HOME/byline/positions`, else under `$HOME/.local/state`; `nil` without either.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/byline/positions"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/byline/positions"
  }

  /// Reads the state file; a missing file is an empty store, a damaged one too (with `warning` set).
  public mutating func load() {
    entries = []
    warning = nil
    let bytes: [UInt8]?
    do {
      bytes = try StateFiles.contents(of: path)
    } catch {
      warning = error.description + "; reading positions are not restored"
      return
    }
    guard let bytes else { return }
    guard let parsed = Self.parse(bytes) else {
      warning = "\(path): the file is damaged; it is ignored and will be rewritten"
      return
    }
    entries = parsed
  }

  /// The remembered place for an article, if it has not changed since.
  public func place(for key: FileKey) -> Place? {
    entries.last { $0.key == key }?.place
  }

  /// Remembers `place` for `key` (as the most recent), forgetting older positions of the same path.
  public mutating func remember(_ place: Place, for key: FileKey) {
    entries.removeAll { $0.key.path == key.path }
    entries.append((key, place))
    if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
  }

  /// Writes the store atomically.
  /// - Throws: A message naming the file and the problem.
  public func save() throws(StateFileError) {
    do {
      try StateFiles.writeAtomically(Array(Self.format(entries).utf8), to: path)
    } catch {
      throw StateFileError(message: error.description)
    }
  }

  static func format(_ entries: [(key: FileKey, place: Place)]) -> String {
    var text = header + "\n"
    for (key, place) in entries {
      text += "\(place.paragraph)\t\(place.offset)\t\(key.size)\t\(key.modified)\t\(escape(key.path))\n"
    }
    return text
  }

  /// The entries, or `nil` when anything is wrong with the file.
  static func parse(_ bytes: [UInt8]) -> [(key: FileKey, place: Place)]? {
    guard let text = String(validating: bytes, as: UTF8.self), text.hasSuffix("\n") else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeLast()
    guard lines.first == Substring(header) else { return nil }
    var entries: [(key: FileKey, place: Place)] = []
    for line in lines.dropFirst() {
      let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
      guard fields.count == 5,
        let paragraph = Int(fields[0]), paragraph >= 0,
        let offset = Int(fields[1]),
        let size = Int(fields[2]), size >= 0,
        let modified = Int(fields[3]),
        let path = unescape(fields[4]), path.hasPrefix("/")
      else { return nil }
      entries.append(
        (FileKey(path: path, size: size, modified: modified), Place(paragraph: paragraph, offset: offset)))
    }
    return entries
  }

  static func escape(_ path: String) -> String {
    var result = ""
    for character in path.unicodeScalars {
      switch character {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  static func unescape(_ field: Substring) -> String? {
    var result = String.UnicodeScalarView()
    var escaping = false
    for scalar in field.unicodeScalars {
      if escaping {
        switch scalar {
        case "\\": result.append("\\")
        case "t": result.append("\t")
        case "n": result.append("\n")
        case "r": result.append("\r")
        default: return nil
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else if scalar == "\r" {
        return nil
      } else {
        result.append(scalar)
      }
    }
    return escaping ? nil : String(result)
  }
}

/// A state or settings file that could not be written or read; the message names the file.
public struct StateFileError: Error, CustomStringConvertible, Sendable, Equatable {
  public var message: String
  public var description: String { message }
  public init(message: String) { self.message = message }
}
