/// A JSON value as the record readers need it: numbers stay as their text.
public enum JSONValue: Sendable, Equatable {
  case string(String)
  case number(String)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)), (.number(let a), .number(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// The value of `key` in an object (the first, if it is there twice); `nil` otherwise.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let fields) = self else { return nil }
    return fields.first { $0.0 == key }?.1
  }
}

/// Why some bytes are not JSON, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The byte offset in the buffer parsed.
  public var offset: Int
  public var problem: String
  public var description: String { problem }
}

/// A hand-written JSON parser over bytes in memory: one value at a time, from a
/// given offset, so that a file of many records is never one tree.
///
/// Strict RFC 8259 syntax; invalid UTF-8 in strings becomes U+FFFD (a
/// dataset's text is shown damaged rather than lost); nesting deeper than
/// `maximumDepth` is refused rather than recursed into.
public struct JSONParser {
  public static let maximumDepth = 256

  let bytes: UnsafeBufferPointer<UInt8>
  public var offset: Int

  public init(bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// Parses `bytes` as exactly one JSON value (white space around it allowed).
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
      var parser = JSONParser(bytes: buffer)
      let value = try parser.parseValue()
      parser.skipWhitespace()
      if parser.offset < buffer.count { throw parser.error("unexpected text after the value") }
      return value
    }
  }

  public var atEnd: Bool { offset >= bytes.count }

  /// The byte at the current offset after white space; `nil` at the end.
  public mutating func peek() -> UInt8? {
    skipWhitespace()
    return offset < bytes.count ? bytes[offset] : nil
  }

  public mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  func error(_ problem: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset, problem: problem)
  }

  /// What the byte at the offset is, for messages: `'x'` or `the end`.
  func found() -> String {
    guard offset < bytes.count else { return "the end" }
    let byte = bytes[offset]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  public mutating func parseValue(depth: Int = 0) throws(JSONSyntaxError) -> JSONValue {
    guard depth < Self.maximumDepth else { throw error("nested more than \(Self.maximumDepth) deep") }
    guard let byte = peek() else { throw error("expected a value, found the end") }
    switch byte {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("expected a value, found \(found())")
    }
  }

  private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue
  {
    let count = word.utf8CodeUnitCount
    guard offset + count <= bytes.count else { throw error("expected a value, found \(found())") }
    for i in 0..<count where bytes[offset + i] != word.utf8Start[i] {
      throw error("expected a value, found \(found())")
    }
    offset += count
    return value
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    offset += 1
    var fields: [(String, JSONValue)] = []
    if peek() == UInt8(ascii: "}") {
      offset += 1
      return .object(fields)
    }
    while true {
      guard peek() == UInt8(ascii: "\"") else { throw error("expected a field name, found \(found())") }
      let key = try parseString()
      guard peek() == UInt8(ascii: ":") else {
        throw error("expected ':' after a field name, found \(found())")
      }
      offset += 1
      fields.append((key, try parseValue(depth: depth + 1)))
      switch peek() {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "}"):
        offset += 1
        return .object(fields)
      default: throw error("expected ',' or '}' in an object, found \(found())")
      }
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    offset += 1
    var items: [JSONValue] = []
    if peek() == UInt8(ascii: "]") {
      offset += 1
      return .array(items)
    }
    while true {
      items.append(try parseValue(depth: depth + 1))
      switch peek() {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "]"):
        offset += 1
        return .array(items)
      default: throw error("expected ',' or ']' in an array, found \(found())")
      }
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = offset
    func digits(_ parser: inout JSONParser) -> Int {
      let from = parser.offset
      while parser.offset < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.offset]) {
        parser.offset += 1
      }
      return parser.offset - from
    }
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    guard digits(&self) > 0 else { throw error("expected digits in a number, found \(found())") }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard digits(&self) > 0 else { throw error("expected digits after '.', found \(found())") }
    }
    if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
      offset += 1
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
        offset += 1
      }
      guard digits(&self) > 0 else { throw error("expected digits in an exponent, found \(found())") }
    }
    return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
  }

  /// A string from its opening quote; escapes decoded, a lone surrogate made U+FFFD.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    offset += 1
    let start = offset
    // Most strings have no escape: one scan, one decode.
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        offset += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error("a control character inside a string (escape it)") }
      offset += 1
    }
    var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        offset += 1
        guard offset < bytes.count else { break }
        let escape = bytes[offset]
        offset += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800..<0xDC00).contains(scalar), offset + 1 < bytes.count,
            bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
          {
            let saved = offset
            offset += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              offset = saved
            }
          }
          let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
          utf8.append(contentsOf: String(value).utf8)
        default:
          offset -= 1
          throw error("an unknown escape \\\(found()) in a string")
        }
      default:
        if byte < 0x20 { throw error("a control character inside a string (escape it)") }
        utf8.append(byte)
        offset += 1
      }
    }
    throw error("a string is not closed before the end")
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: throw error("expected four hex digits after \\u, found \(found())")
      }
      value = value << 4 | UInt32(digit)
      offset += 1
    }
    return value
  }
}
