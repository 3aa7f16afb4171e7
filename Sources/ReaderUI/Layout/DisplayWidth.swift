import CWidth

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that decides how many columns text takes and what may reach the terminal.
///
/// Widths come from the C library's `wcwidth`, the same function ncurses uses,
/// so the grid and the terminal agree. A grapheme is split into *cell units*:
/// each spacing scalar with the zero-width scalars that follow it. That is how
/// ncurses and tmux place them too:
///
///     "e\u{301}"  -> [("é", 1)]             one unit, combining mark kept
///     "🇷🇺"        -> [("🇷", 1), ("🇺", 1)]   glibc gives each indicator 1
///     "中"         -> [("中", 2)]
///     "\u{1B}"    -> [("␛", 1)]              controls become visible marks
///
/// Content never drives the terminal: C0 and C1 controls, DEL, bidi
/// overrides, isolates and marks, and other invisible format characters are
/// replaced by visible marks before they reach a cell.
public enum DisplayWidth {
  /// One drawable unit: text for one cell (plus a continuation cell when `width == 2`).
  public struct Unit: Hashable, Sendable {
    public var text: String
    public var width: Int
  }

  private static let localeReady: Bool = {
    // wcwidth answers -1 for everything outside ASCII in the C locale.
    let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    if !current.uppercased().contains("UTF-8") && !current.uppercased().contains("UTF8") {
      if setlocale(LC_CTYPE, "") == nil
        || !String(cString: setlocale(LC_CTYPE, nil)).uppercased().contains("UTF")
      {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
      }
    }
    return true
  }()

  /// Whether `value` is a Latin or Cyrillic letter written in two bytes of UTF-8 (U+00C0–U+024F,
  /// U+0400–U+052F but the Cyrillic combining marks) that the terminal shows in one column: such
  /// a letter is a grapheme of its own when what follows is ASCII or another of them.
  static func isOneColumnLetter(_ value: UInt32) -> Bool {
    guard (0xC0...0x24F).contains(value) || (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value)
    else { return false }
    _ = localeReady
    return byline_wcwidth(Int32(bitPattern: value)) == 1
  }

  /// Columns one scalar takes on its own per `wcwidth` (after sanitising): 0, 1 or 2.
  public static func width(of scalar: Unicode.Scalar) -> Int {
    _ = localeReady
    if scalar.value < 0x7F { return 1 }  // ASCII: controls are drawn as their pictures
    let columns = Int(byline_wcwidth(Int32(bitPattern: scalar.value)))
    return columns < 0 ? 1 : min(columns, 2)
  }

  /// The visible stand-in for a scalar that must not reach the terminal, or `nil` when it is safe.
  public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    switch value {
    case 0x00..<0x20:
      return Unicode.Scalar(0x2400 + value)  // ␀ … ␟ (control pictures)
    case 0x7F:
      return "\u{2421}"  // ␡
    case 0x80...0x9F:
      return "\u{FFFD}"
    case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
      return "\u{2E2E}"  // ⸮ marks a bidi control
    case 0x2028, 0x2029:
      return "\u{21B5}"  // ↵
    case 0xFFF9...0xFFFB, 0xE0001, 0xD800...0xDFFF:
      return "\u{FFFD}"
    default:
      if (0xE000...0xF8FF).contains(value) || value >= 0xF0000 { return "\u{FFFD}" }  // private use
      return nil
    }
  }

  /// Splits a grapheme into the cell units the terminal will draw.
  public static func units(of character: Character) -> [Unit] {
    _ = localeReady
    var units: [Unit] = []
    var text = String.UnicodeScalarView()
    var width = 0
    for original in character.unicodeScalars {
      let scalar = replacement(for: original) ?? original
      if original == "\t" {  // a tab inside text shows as one space
        if !text.isEmpty { units.append(Unit(text: String(text), width: width)) }
        units.append(Unit(text: " ", width: 1))
        text = String.UnicodeScalarView()
        width = 0
        continue
      }
      let columns: Int
      if scalar.value < 0x7F {
        columns = 1
      } else {
        let raw = Int(byline_wcwidth(Int32(bitPattern: scalar.value)))
        columns = raw < 0 ? -1 : min(raw, 2)
      }
      if columns < 0 {
        // Unassigned or unprintable per the C library: show a replacement mark.
        if !text.isEmpty { units.append(Unit(text: String(text), width: width)) }
        units.append(Unit(text: "\u{FFFD}", width: 1))
        text = String.UnicodeScalarView()
        width = 0
      } else if columns == 0 {
        if text.isEmpty {
          // A zero-width scalar with nothing to sit on: give it a dotted circle.
          text.append("\u{25CC}")
          width = 1
        }
        text.append(scalar)
      } else {
        if !text.isEmpty { units.append(Unit(text: String(text), width: width)) }
        text = String.UnicodeScalarView()
        text.append(scalar)
        width = columns
      }
    }
    if !text.isEmpty { units.append(Unit(text: String(text), width: width)) }
    return units
  }

  /// The one unit of a grapheme made of a single scalar other than a tab (most non-ASCII
  /// text: letters, CJK, most emoji), exactly as `units(of:)` gives it but without building an
  /// array; `nil` for any other grapheme.
  public static func singleUnit(of character: Character) -> Unit? {
    var scalars = character.unicodeScalars.makeIterator()
    guard let original = scalars.next(), scalars.next() == nil, original != "\t" else { return nil }
    _ = localeReady
    let scalar = replacement(for: original) ?? original
    if scalar.value < 0x7F { return Unit(text: String(scalar), width: 1) }
    let raw = Int(byline_wcwidth(Int32(bitPattern: scalar.value)))
    if raw < 0 { return Unit(text: "\u{FFFD}", width: 1) }
    if raw == 0 {
      var text = String.UnicodeScalarView()
      text.append("\u{25CC}")
      text.append(scalar)
      return Unit(text: String(text), width: 1)
    }
    return Unit(text: String(scalar), width: min(raw, 2))
  }

  /// Columns a grapheme takes (the sum of its units).
  public static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    return units(of: character).reduce(0) { $0 + $1.width }
  }

  /// Columns a string takes.
  public static func width(of string: some StringProtocol) -> Int {
    var total = 0
    let utf8 = string.utf8
    var i = utf8.startIndex
    while i != utf8.endIndex {
      let next = utf8.index(after: i)
      if isLoneASCII(utf8[i], followedBy: next == utf8.endIndex ? nil : utf8[next]) {
        total += 1
        i = next
      } else {
        total += width(of: string[i])
        i = string.index(after: i)
      }
    }
    return total
  }

  /// Whether a byte of UTF-8 text is a printable ASCII character that makes a whole grapheme
  /// on its own: nothing that follows can join it (the next byte is ASCII, or there is none).
  ///
  /// Such a character is one cell of width 1 showing itself, so callers may skip grapheme
  /// breaking, `wcwidth` and the control check for it. Call it only at a grapheme boundary.
  @inline(__always)
  static func isLoneASCII(_ byte: UInt8, followedBy next: UInt8?) -> Bool {
    byte >= 0x20 && byte < 0x7F && (next ?? 0) < 0x80
  }

  /// One-character strings for the printable ASCII range, indexed by `byte - 0x20`.
  static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }
}
