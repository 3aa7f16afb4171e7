extension String {
  /// The text made safe for one line of plain output: no control reaches a terminal or a pipe.
  ///
  /// Line breaks, tabs and other white-space controls become one space, so a
  /// field never spills onto the next line or into the next column. Every
  /// other C0 control becomes its control picture (ESC shows as `␛`), DEL
  /// `␡`, C1 controls and interlinear annotation marks `�`, and bidi
  /// overrides, embeddings, isolates and marks `⸮`, the same marks the reader
  /// draws on screen.
  ///
  ///     "a\tb\u{1B}[31mc\u{202E}d".printableLine  ->  "a b␛[31mc⸮d"
  public var printableLine: String {
    var needsWork = false
    for byte in utf8 where byte < 0x20 || byte == 0x7F || byte >= 0xC2 {
      needsWork = true
      break
    }
    guard needsWork else { return self }
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      result.append(Self.printable(scalar))
    }
    return String(result)
  }

  /// The stand-in for one scalar in a line of plain output (the scalar itself when safe).
  static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    switch value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
      return " "
    case 0x00..<0x20:
      return Unicode.Scalar(0x2400 + value)!  // ␀ … ␟
    case 0x7F:
      return "\u{2421}"  // ␡
    case 0x80...0x9F, 0xFFF9...0xFFFB:
      return "\u{FFFD}"
    case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
      return "\u{2E2E}"  // ⸮
    default:
      return scalar
    }
  }
}
