/// Repairs UTF-8 text that was once read as Windows-1252 (`museumâ€™s`).
///
/// A scalar that would be a UTF-8 lead byte (`Â`, `Ã`, `â`, ...) followed by
/// scalars that would be continuation bytes (U+0080–U+00BF, or the
/// Windows-1252 characters standing for 0x80–0x9F such as `€`, `™`, `œ`)
/// is decoded when the bytes form one well-formed UTF-8 character outside
/// ASCII. `SÃO PAULO` or `âge` stay as written: no continuation follows.
enum Mojibake {
  struct Match: Equatable {
    var value: UInt32
    var length: Int
  }

  static func decode(_ scalars: [UInt32], at i: Int, end: Int) -> Match? {
    let lead = scalars[i]
    let continuations: Int
    switch lead {
    case 0xC2...0xDF: continuations = 1
    case 0xE0...0xEF: continuations = 2
    case 0xF0...0xF4: continuations = 3
    default: return nil
    }
    guard i + continuations < end else { return nil }
    var value: UInt32
    switch continuations {
    case 1: value = lead & 0x1F
    case 2: value = lead & 0x0F
    default: value = lead & 0x07
    }
    for k in 1...continuations {
      guard let byte = continuationByte(scalars[i + k]) else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    switch continuations {
    case 1: guard value >= 0x80 else { return nil }
    case 2: guard value >= 0x800 && !(value >= 0xD800 && value < 0xE000) else { return nil }
    default: guard value >= 0x10000 && value <= 0x10FFFF else { return nil }
    }
    return Match(value: value, length: continuations + 1)
  }

  /// The byte 0x80–0xBF a scalar stands for when read as Windows-1252.
  private static func continuationByte(_ c: UInt32) -> UInt8? {
    if c >= 0x80 && c <= 0xBF { return UInt8(c) }
    guard c >= 0x152 else { return nil }
    for (offset, meant) in HTMLEntities.windows1252.enumerated() where meant == c {
      return UInt8(0x80 + offset)
    }
    return nil
  }
}
