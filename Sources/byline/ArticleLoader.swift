import ArticleModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads article text from a file, standard input or the bundled sample.
///
/// Every failure names the file and the problem. The bytes are decoded as
/// UTF-8 (a byte-order mark is left to the model); invalid sequences are
/// repaired with U+FFFD and reported once as a warning. UTF-16 with a
/// byte-order mark is decoded. Files with NUL bytes are refused as binary
/// unless `allowBinary` is set.
struct ArticleLoader {
  enum Source: Equatable {
    case file(String)
    case standardInput
    case sample
  }

  /// Text ready for parsing, with the name to show and any warnings.
  struct Loaded {
    var name: String
    var text: String
    var warnings: [String]
  }

  struct Failure: Error, CustomStringConvertible {
    var name: String
    var problem: String
    var description: String { "\(name): \(problem)" }
  }

  var allowBinary = false
  var allowEmpty = false

  func load(_ source: Source) throws(Failure) -> Loaded {
    let name: String
    let bytes: [UInt8]
    switch source {
    case .file(let path):
      name = path
      bytes = try readFile(path)
    case .standardInput:
      name = "standard input"
      // Reading the keyboard as the article would wait for ^D with no word said.
      guard isatty(STDIN_FILENO) != 1 else {
        throw Failure(
          name: name,
          problem: "is the terminal, not an article; pipe one in (cat FILE | byline) or name a file")
      }
      bytes = try readAll(from: STDIN_FILENO, name: name)
    case .sample:
      name = "sample-article.txt"
      bytes = try readFile(try samplePath(), shownAs: name)
    }
    return try decode(bytes, name: name)
  }

  /// Turns bytes into text, applying the binary, empty and encoding rules.
  func decode(_ bytes: [UInt8], name: String) throws(Failure) -> Loaded {
    if bytes.isEmpty && !allowEmpty {
      throw Failure(name: name, problem: "the article is empty")
    }
    // UTF-16 with a byte-order mark (its ASCII has NUL bytes, so check first).
    if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    {
      if let text = String(data: Data(bytes), encoding: .utf16) {
        return Loaded(name: name, text: text, warnings: [])
      }
    }
    if !allowBinary, bytes.contains(0) {
      throw Failure(
        name: name,
        problem: "looks like a binary file (it contains NUL bytes), not an article; "
          + "pass --force to open it anyway")
    }
    let (text, encoding) = Article.decodeSource(bytes)
    switch encoding {
    case .utf8:
      return Loaded(name: name, text: text, warnings: [])
    case .repairedUTF8:
      return Loaded(
        name: name, text: text,
        warnings: ["\(name): not valid UTF-8; the damaged bytes are shown as \u{FFFD}"])
    case .windows1252:
      return Loaded(
        name: name, text: text,
        warnings: ["\(name): not UTF-8; read as Windows-1252"])
    }
  }

  private func readFile(_ path: String, shownAs shown: String? = nil) throws(Failure) -> [UInt8] {
    let name = shown ?? path
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw Failure(name: name, problem: Self.reason(errno))
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw Failure(name: name, problem: "is a directory, not an article file")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw Failure(name: name, problem: Self.reason(errno)) }
    defer { close(fd) }
    return try readAll(from: fd, name: name, expected: Int(info.st_size))
  }

  private func readAll(from fd: Int32, name: String, expected: Int = 0) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(0, expected) + 1)
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(name: name, problem: "cannot read: " + Self.reason(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
  }

  /// The bundled sample next to the executable.
  private func samplePath() throws(Failure) -> String {
    // Bundle.module stops the process when its bundle is missing: look first.
    let expected = Bundle.main.bundleURL.appendingPathComponent("Byline_byline.resources").path
    guard FileManager.default.fileExists(atPath: expected),
      let url = Bundle.module.url(forResource: "sample-article", withExtension: "txt")
    else {
      throw Failure(
        name: "sample-article.txt",
        problem: "the bundled sample is not installed next to the program (\(expected)); "
          + "give an article file instead")
    }
    return url.path
  }

  private static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied (not readable)"
    case EISDIR: return "is a directory, not an article file"
    case ENOTDIR: return "a part of the path is not a directory"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
