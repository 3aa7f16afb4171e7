/// A small streaming JSON writer that keeps field order and writes `null`.
///
/// Strings are escaped per RFC 8259; every control character, and every bidi
/// control (overrides, embeddings, isolates, marks), is written as `\uXXXX`,
/// so the output never carries raw controls and reads the same in a terminal.
public struct JSONWriter: Sendable {
  public private(set) var output = ""
  private var needsComma: [Bool] = [false]

  public init() {}

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { output += "," }
    needsComma[needsComma.count - 1] = true
  }

  public mutating func beginObject(_ key: String? = nil) {
    if let key { self.key(key) } else { separate() }
    output += "{"
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    output += "}"
  }

  public mutating func beginArray(_ key: String? = nil) {
    if let key { self.key(key) } else { separate() }
    output += "["
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    output += "]"
  }

  private mutating func key(_ key: String) {
    separate()
    appendString(key)
    output += ":"
  }

  public mutating func field(_ key: String, _ value: (some StringProtocol)?) {
    self.key(key)
    if let value { appendString(value) } else { output += "null" }
  }

  public mutating func field(_ key: String, _ value: Int?) {
    self.key(key)
    output += value.map(String.init) ?? "null"
  }

  public mutating func field(_ key: String, _ values: [String]) {
    beginArray(key)
    for value in values { self.value(value) }
    endArray()
  }

  public mutating func field(_ key: String, _ values: [Int]) {
    beginArray(key)
    for value in values {
      separate()
      output += String(value)
    }
    endArray()
  }

  public mutating func null(_ key: String) {
    self.key(key)
    output += "null"
  }

  public mutating func value(_ value: String) {
    separate()
    appendString(value)
  }

  /// Appends `string` quoted, escaping quotes, backslashes, controls, C1 controls,
  /// line and paragraph separators and bidirectional controls.
  ///
  /// Works on the UTF-8 bytes: runs that need no escape are appended whole
  /// (a scalar at a time made exports of big corpora spend most of their time here).
  private mutating func appendString(_ string: some StringProtocol) {
    output += "\""
    var text = String(string)
    text.withUTF8 { bytes in
      var runStart = 0
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        var escaped: String?
        var length = 1
        if byte < 0x80 {
          switch byte {
          case UInt8(ascii: "\""): escaped = "\\\""
          case UInt8(ascii: "\\"): escaped = "\\\\"
          case 0x0A: escaped = "\\n"
          case 0x0D: escaped = "\\r"
          case 0x09: escaped = "\\t"
          case 0..<0x20, 0x7F: escaped = Self.unicodeEscape(UInt32(byte))
          default: break
          }
        } else if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
          escaped = Self.unicodeEscape(UInt32(bytes[i + 1]))
          length = 2
        } else if byte == 0xD8, i + 1 < bytes.count, bytes[i + 1] == 0x9C {
          escaped = Self.unicodeEscape(0x061C)
          length = 2
        } else if byte == 0xE2, i + 2 < bytes.count {
          let value =
            UInt32(byte & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
          if value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
          {
            escaped = Self.unicodeEscape(value)
            length = 3
          }
        }
        guard let escaped else {
          i += 1
          continue
        }
        if runStart < i {
          output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<i]), as: UTF8.self)
        }
        output += escaped
        i += length
        runStart = i
      }
      if runStart < bytes.count {
        output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
      }
    }
    output += "\""
  }

  /// `\u001b`: a scalar as four lower-case hex digits.
  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: false)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
