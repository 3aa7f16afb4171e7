#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a file named on the command line is read.
public enum InputFormat: Hashable, Sendable {
  /// An article as plain text (the reader's own loader reads it).
  case text
  /// A `.json` file: an array of records, one record, or records one after another.
  case json
  /// One JSON record a line (`.jsonl`, `.ndjson`).
  case jsonLines
  /// A SQLite database (told by its first 16 bytes, whatever its name).
  case sqlite
}

/// Finding the files of a dataset: formats, directories walked in natural order.
public enum CorpusFiles {
  /// The first 16 bytes of every SQLite 3 database.
  static let sqliteMagic = Array("SQLite format 3\0".utf8)

  /// The names a directory walk takes as articles or datasets.
  static let extensions: Set<String> = ["txt", "json", "jsonl", "ndjson", "db", "sqlite", "sqlite3"]

  /// The format of the file at `path`: SQLite by its magic bytes, JSON by its
  /// extension, text otherwise (and for anything that cannot be opened, so
  /// the text loader says why).
  public static func format(of path: String) -> InputFormat {
    if hasSQLiteMagic(path) { return .sqlite }
    switch pathExtension(path) {
    case "json": return .json
    case "jsonl", "ndjson": return .jsonLines
    default: return .text
    }
  }

  static func hasSQLiteMagic(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
    var head = [UInt8](repeating: 0, count: 16)
    let got = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
    return got == 16 && head == sqliteMagic
  }

  /// The extension of a path's last component, lower-cased (`""` without one).
  static func pathExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  /// Paths with each directory replaced by the files under it, at any depth:
  /// those with an article or dataset extension, hidden ones skipped, in
  /// natural order (`a2` before `a10`), a directory's files before its
  /// subdirectories' in the order of their names. A directory with none stays
  /// as it is (the loader then says it is a directory).
  public static func expand(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      guard path != "-", isDirectory(path) else {
        result.append(path)
        continue
      }
      var visited: Set<[UInt64]> = []
      let before = result.count
      walk(path, into: &result, visited: &visited)
      if result.count == before { result.append(path) }
    }
    return result
  }

  private static func walk(_ directory: String, into result: inout [String], visited: inout Set<[UInt64]>) {
    var info = stat()
    // A link back up the tree is walked once.
    guard stat(directory, &info) == 0,
      visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted
    else { return }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var files: [String] = []
    var directories: [String] = []
    for name in names(in: directory) where !name.hasPrefix(".") {
      let path = prefix + name
      if isDirectory(path) {
        directories.append(name)
      } else if extensions.contains(pathExtension(name)) {
        files.append(name)
      }
    }
    for name in files.sorted(by: NaturalOrder.less) { result.append(prefix + name) }
    for name in directories.sorted(by: NaturalOrder.less) {
      walk(prefix + name, into: &result, visited: &visited)
    }
  }

  /// Whether `path` names a directory (following links).
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The names in a directory (without `.` and `..`); none when it cannot be read.
  static func names(in path: String) -> [String] {
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

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied (not readable)"
    case EISDIR: return "is a directory"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}

/// File names compared as people sort them: runs of digits by their value
/// (`a2` < `a10` < `a100`), the rest by Unicode scalar value.
public enum NaturalOrder {
  public static func less(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    var i = 0
    var j = 0
    while i < x.count && j < y.count {
      if isDigit(x[i]) && isDigit(y[j]) {
        let (startX, startY) = (i, j)
        while i < x.count && isDigit(x[i]) { i += 1 }
        while j < y.count && isDigit(y[j]) { j += 1 }
        // Leading zeros do not count towards the value.
        var p = startX
        while p < i - 1 && x[p] == "0" { p += 1 }
        var q = startY
        while q < j - 1 && y[q] == "0" { q += 1 }
        if i - p != j - q { return i - p < j - q }
        while p < i {
          if x[p] != y[q] { return x[p].value < y[q].value }
          p += 1
          q += 1
        }
        // Same value: fewer leading zeros first, so the order is total.
        if i - startX != j - startY { return i - startX < j - startY }
        continue
      }
      if x[i] != y[j] { return x[i].value < y[j].value }
      i += 1
      j += 1
    }
    return x.count - i < y.count - j
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
