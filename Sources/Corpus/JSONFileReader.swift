#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped into memory read-only: its pages are read as they are touched
/// and can be dropped again by the system, so a big file costs little resident memory.
final class MappedFile {
  let base: UnsafeMutableRawPointer?
  let count: Int

  init(path: String) throws(CorpusFailure) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw CorpusFailure(file: path, problem: CorpusFiles.reason(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw CorpusFailure(file: path, problem: CorpusFiles.reason(errno))
    }
    count = Int(info.st_size)
    guard count > 0 else {
      base = nil
      return
    }
    guard let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
      throw CorpusFailure(file: path, problem: "cannot read: " + CorpusFiles.reason(errno))
    }
    _ = madvise(mapped, count, MADV_SEQUENTIAL)
    base = mapped
  }

  var bytes: UnsafeBufferPointer<UInt8> {
    guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  deinit {
    if let base { munmap(base, count) }
  }
}

/// Records from a `.json` file: an array of article objects (NELA-GT's one
/// file per outlet), one object (news-please's one file per article), or
/// objects one after another.
///
/// The file is mapped, not read, and parsed one element at a time: only the
/// record being handed out is ever a tree. An element that is valid JSON but
/// no article (no text) is skipped and reported; a syntax error ends the file,
/// since nothing after it can be trusted to start where an element starts.
public struct JSONFileReader: RecordReader {
  let file: MappedFile
  let name: String
  let fields: FieldNames
  var parser: JSONParser
  /// Inside the top-level array.
  var inArray = false
  var started = false
  var done = false
  /// The line of `lineOffset` (line numbers are counted as the parser moves on).
  var line = 1
  var lineOffset = 0

  public init(path: String, fields: FieldNames) throws(CorpusFailure) {
    file = try MappedFile(path: path)
    name = path
    self.fields = fields
    parser = JSONParser(bytes: file.bytes)
  }

  /// The line of byte `offset` (never before the last asked for).
  private mutating func lineNumber(at offset: Int) -> Int {
    let bytes = file.bytes
    var i = lineOffset
    while i < offset {
      if bytes[i] == 0x0A { line += 1 }
      i += 1
    }
    lineOffset = max(lineOffset, offset)
    return line
  }

  private mutating func fail(_ error: JSONSyntaxError) -> RecordEvent {
    done = true
    let at = lineNumber(at: error.offset)
    return .failed(
      CorpusFailure(file: name, problem: "line \(at): not valid JSON (\(error.problem)); the rest is skipped")
    )
  }

  public mutating func next() -> RecordEvent? {
    guard !done else { return nil }
    if !started {
      started = true
      // A byte-order mark is allowed before the value.
      let bytes = file.bytes
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.offset = 3 }
      if parser.peek() == UInt8(ascii: "[") {
        parser.offset += 1
        inArray = true
        if parser.peek() == UInt8(ascii: "]") {
          parser.offset += 1
          return finish()
        }
      }
    } else if inArray {
      switch parser.peek() {
      case UInt8(ascii: ","): parser.offset += 1
      case UInt8(ascii: "]"):
        parser.offset += 1
        return finish()
      default:
        return fail(parser.error("expected ',' or ']' in the array, found \(parser.found())"))
      }
    }
    if !inArray, parser.peek() == nil {
      done = true
      return nil
    }
    guard parser.peek() != nil else {
      return fail(parser.error("the array is not closed before the end"))
    }
    let start = parser.offset
    do {
      let value = try parser.parseValue()
      let origin = RecordOrigin(file: name, place: .line(lineNumber(at: start)))
      return RecordFields.record(from: value, fields: fields, origin: origin)
    } catch {
      return fail(error)
    }
  }

  /// After the array: only white space may follow.
  private mutating func finish() -> RecordEvent? {
    done = true
    if parser.peek() != nil {
      return fail(parser.error("unexpected text after the array"))
    }
    return nil
  }
}
