/// Turns the bytes of a file into text: UTF-8, or Windows-1252 for old dumps
/// that were never converted.
///
/// Well-formed UTF-8 is read as such. Bytes that are not well-formed UTF-8
/// are read as Windows-1252 when they hold no well-formed multi-byte UTF-8
/// character, or at least eight invalid bytes for each one (a file written
/// in Windows-1252 has hardly any); otherwise they are read as UTF-8 with
/// each invalid sequence replaced by U+FFFD.
enum SourceDecoding {
  static func text(from bytes: some Collection<UInt8>) -> String {
    decode(bytes).text
  }

  /// The text and the way it was read.
  static func decode(_ bytes: some Collection<UInt8>) -> (text: String, encoding: SourceEncoding) {
    let array = Array(bytes)
    let (valid, invalid) = array.withUnsafeBufferPointer(census)
    guard invalid > 0 else { return (String(decoding: array, as: UTF8.self), .utf8) }
    // A Windows-1252 file has (almost) no well-formed multi-byte UTF-8 characters; a
    // damaged UTF-8 file usually has some beside its few invalid bytes.
    guard valid == 0 || invalid >= 8 * valid else {
      return (String(decoding: array, as: UTF8.self), .repairedUTF8)
    }
    var scalars = String.UnicodeScalarView()
    for byte in array {
      let value = byte >= 0x80 && byte <= 0x9F ? HTMLEntities.windows1252[Int(byte - 0x80)] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return (String(scalars), .windows1252)
  }

  /// How many well-formed multi-byte UTF-8 characters and how many invalid bytes `bytes` holds.
  static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Int, invalid: Int) {
    var valid = 0
    var invalid = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] < 0x80 {
        i += 1
      } else if let length = sequenceLength(in: bytes, at: i) {
        valid += 1
        i += length
      } else {
        invalid += 1
        i += 1
      }
    }
    return (valid, invalid)
  }

  /// Whether `bytes` is well-formed UTF-8 throughout (ASCII is skipped eight bytes at a time).
  static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var i = 0
    while i < count {
      if i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
      } else if bytes[i] < 0x80 {
        i += 1
      } else if let length = sequenceLength(in: bytes, at: i) {
        i += length
      } else {
        return false
      }
    }
    return true
  }

  /// The length of the well-formed multi-byte UTF-8 sequence that starts at
  /// `i` (a byte from 0x80 up), or `nil` when none does: no overlong forms,
  /// no surrogates, nothing above U+10FFFF, no sequence cut short.
  static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    let length: Int
    switch bytes[i] {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, lower) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, upper) = (3, 0x9F)
    case 0xF0: (length, lower) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, upper) = (4, 0x8F)
    default: return nil
    }
    guard i + length <= bytes.count, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return nil }
    for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return nil }
    return length
  }
}
