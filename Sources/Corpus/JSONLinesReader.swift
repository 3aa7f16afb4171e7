#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor line by line through one buffer (constant memory
/// whatever the file's size; a line is held only while it is handed out).
public struct LineReader {
  let descriptor: Int32
  let closes: Bool
  var buffer: [UInt8]
  var start = 0
  var ended = false
  /// The number of the line last handed out (from 1).
  public private(set) var lineNumber = 0
  /// Why reading stopped early (`errno`), or 0.
  public private(set) var failure: Int32 = 0

  /// Reads from `descriptor`, starting with bytes already taken from it (`pending`).
  public init(descriptor: Int32, pending: [UInt8] = [], closes: Bool = false) {
    self.descriptor = descriptor
    self.closes = closes
    self.buffer = pending
  }

  /// The next line without its line break (a trailing CR is dropped too); `nil` at the end.
  public mutating func nextLine() -> [UInt8]? {
    var searched = start
    while true {
      if let newline = buffer[searched...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        lineNumber += 1
        return line
      }
      searched = buffer.count
      if ended {
        guard start < buffer.count else { return nil }
        var end = buffer.count
        if buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = buffer.count
        lineNumber += 1
        return line
      }
      // Keep only the unfinished line, then read more after it.
      if start > 0 {
        buffer.removeSubrange(0..<start)
        searched -= start
        start = 0
      }
      fill()
    }
  }

  private mutating func fill() {
    let chunk = 1 << 16
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    var got = 0
    repeat {
      got = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + old, chunk) }
    } while got < 0 && errno == EINTR
    if got < 0 { failure = errno }
    buffer.removeLast(chunk - max(got, 0))
    if got <= 0 {
      ended = true
      if closes { close(descriptor) }
    }
  }
}

/// Records from JSON Lines: one JSON object a line, blank lines ignored, a
/// broken line skipped (and reported) without losing the ones after it.
public struct JSONLinesReader: RecordReader {
  var lines: LineReader
  let file: String
  let fields: FieldNames
  var reportedFailure = false

  public init(lines: LineReader, file: String, fields: FieldNames) {
    self.lines = lines
    self.file = file
    self.fields = fields
  }

  /// Reads the file at `path`; a failure when it cannot be opened.
  public static func open(path: String, fields: FieldNames) -> Result<JSONLinesReader, CorpusFailure> {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(CorpusFailure(file: path, problem: CorpusFiles.reason(errno)))
    }
    return .success(
      JSONLinesReader(lines: LineReader(descriptor: descriptor, closes: true), file: path, fields: fields))
  }

  public mutating func next() -> RecordEvent? {
    while var line = lines.nextLine() {
      if lines.lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
      let origin = RecordOrigin(file: file, place: .line(lines.lineNumber))
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do {
        let value = try JSONParser.parse(line)
        return RecordFields.record(from: value, fields: fields, origin: origin)
      } catch {
        return .skipped(
          RecordProblem(
            origin: origin, problem: "not valid JSON (\(error.problem), at column \(error.offset + 1))"))
      }
    }
    if lines.failure != 0, !reportedFailure {
      reportedFailure = true
      return .failed(CorpusFailure(file: file, problem: "cannot read: " + CorpusFiles.reason(lines.failure)))
    }
    return nil
  }
}
