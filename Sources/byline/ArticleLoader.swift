import ArticleModel

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
    let (name, bytes) = try bytes(of: source)
    return try decode(bytes, name: name)
  }

  /// The bytes of a source, not decoded yet, with the name to show.
  func bytes(of source: Source) throws(Failure) -> (name: String, bytes: [UInt8]) {
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
      bytes = PackageResources.sample_article_txt
    }
    return (name, bytes)
  }

  /// Turns bytes into text, applying the binary, empty and encoding rules.
  func decode(_ bytes: [UInt8], name: String) throws(Failure) -> Loaded {
    if bytes.isEmpty && !allowEmpty {
      throw Failure(name: name, problem: "the article is empty")
    }
    // UTF-16 with a byte-order mark (its ASCII has NUL bytes, so check first).
    if let (text, valid) = Self.decodeUTF16(bytes) {
      return Loaded(
        name: name, text: text,
        warnings: valid ? [] : ["\(name): not valid UTF-16; the damaged units are shown as \u{FFFD}"])
    }
    if !allowBinary, Self.hasNUL(bytes) {
      throw Failure(
        name: name,
        problem: "looks like a binary file (it contains NUL bytes), not an article; "
          + "pass --force to open it anyway")
    }
    let (text, encoding) = Article.decodeSource(bytes)
    return Loaded(
      name: name, text: text, warnings: Self.warning(for: encoding, name: name).map { [$0] } ?? [])
  }

  /// What the user is told about how a file was read (nothing for well-formed UTF-8).
  static func warning(for encoding: SourceEncoding, name: String) -> String? {
    switch encoding {
    case .utf8: return nil
    case .repairedUTF8: return "\(name): not valid UTF-8; the damaged bytes are shown as \u{FFFD}"
    case .windows1252: return "\(name): not UTF-8; read as Windows-1252"
    }
  }

  private func readFile(_ path: String) throws(Failure) -> [UInt8] {
    let name = path
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
    // Straight into the array's storage: one copy from the kernel, none after.
    var bytes: [UInt8] = []
    var capacity = max(expected + 1, 1 << 16)
    var failure: Int32 = 0
    while failure == 0 {
      let previous = bytes
      let filled = previous.count
      var ended = false
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        if filled > 0 {
          _ = previous.withUnsafeBufferPointer { memcpy(buffer.baseAddress!, $0.baseAddress!, filled) }
        }
        count = filled
        while count < capacity {
          let got = read(fd, buffer.baseAddress! + count, capacity - count)
          if got < 0 {
            if errno == EINTR { continue }
            failure = errno
            return
          }
          if got == 0 {
            ended = true
            return
          }
          count += got
        }
      }
      if ended { break }
      capacity *= 2
    }
    if failure != 0 { throw Failure(name: name, problem: "cannot read: " + Self.reason(failure)) }
    return bytes
  }

  /// Whether `bytes` holds a NUL byte (memchr: a 50 MB file is scanned in a moment).
  static func hasNUL(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
      return memchr(base, 0, buffer.count) != nil
    }
  }

  /// Text with a UTF-16 byte-order mark (either byte order), without the mark;
  /// `nil` when there is no such mark. `valid` is false when unpaired
  /// surrogates or an odd last byte had to be replaced.
  static func decodeUTF16(_ bytes: [UInt8]) -> (text: String, valid: Bool)? {
    guard bytes.count >= 2 else { return nil }
    let bigEndian: Bool
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE): bigEndian = false
    case (0xFE, 0xFF): bigEndian = true
    default: return nil
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    var valid = index == bytes.count
    var text = ""
    text.reserveCapacity(units.count)
    var decoder = UTF16()
    var iterator = units.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
      case .emptyInput: break loop
      case .error:
        valid = false
        text.unicodeScalars.append("\u{FFFD}")
      }
    }
    if index < bytes.count { text.unicodeScalars.append("\u{FFFD}") }
    return (text, valid)
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
