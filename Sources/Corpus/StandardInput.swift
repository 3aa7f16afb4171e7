#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input told apart by its content: JSON Lines when its first line
/// is a JSON object, an article's text otherwise.
public enum StandardInput {
  public enum Content {
    /// JSON Lines, read on line by line (the first line included).
    case records(JSONLinesReader)
    /// Text: everything read so far; the caller reads the rest.
    case text(head: [UInt8])
  }

  /// The name records and messages give standard input.
  public static let name = "standard input"

  /// Reads standard input up to its first line break (or its end) and decides.
  public static func detect(fields: FieldNames, descriptor: Int32 = STDIN_FILENO) -> Content {
    var head: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while head.count < 1 << 24 {
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if got < 0 && errno == EINTR { continue }
      if got <= 0 { break }
      head += chunk[..<got]
      if chunk[..<got].contains(0x0A) { break }
    }
    let firstLine = head.prefix { $0 != 0x0A }
    let start = firstLine.firstIndex { !(0x20 == $0 || $0 == 0x09 || $0 == 0x0D || $0 == 0xEF) }
    let isObject =
      start.map { firstLine[$0] == UInt8(ascii: "{") } == true
      && (try? JSONParser.parse(Array(firstLine.drop { $0 != UInt8(ascii: "{") }))).map {
        if case .object = $0 { return true }
        return false
      } == true
    guard isObject else { return .text(head: head) }
    return .records(
      JSONLinesReader(
        lines: LineReader(descriptor: descriptor, pending: head), file: name, fields: fields))
  }
}
