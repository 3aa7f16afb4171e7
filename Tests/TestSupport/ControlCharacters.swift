/// What content must never put in front of the terminal, as the safety tests check it.
public enum ControlCharacters {
  /// Scalars that must never reach a cell or a line of output: C0 and C1 controls, DEL, and
  /// the bidi marks, embeddings, overrides and isolates (they would reorder the text around them).
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || [0x200E, 0x200F, 0x061C].contains(value)
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// The control bytes of plain-text output other than the newline: C0 controls and DEL.
  /// C1 controls are two bytes in UTF-8 (see `hasC1Control`).
  public static func controlBytes(in bytes: some Sequence<UInt8>) -> [UInt8] {
    bytes.filter { ($0 < 0x20 && $0 != UInt8(ascii: "\n")) || $0 == 0x7F }
  }

  /// Whether the text holds a C1 control (U+0080 to U+009F: CSI, OSC and the like in one scalar).
  public static func hasC1Control(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
  }
}
