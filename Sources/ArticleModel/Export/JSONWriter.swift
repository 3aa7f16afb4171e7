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

  private mutating func appendString(_ string: some StringProtocol) {
    output += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
          || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
          || v == 0x200E || v == 0x200F || v == 0x061C
        {
          let hex = String(scalar.value, radix: 16, uppercase: false)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
