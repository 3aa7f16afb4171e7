/// The control strings a frame is drawn with, as bytes: what the terminal's
/// terminfo entry says (the backend reads them), or the ECMA-48 ones in tests.
///
/// A capability the terminal lacks is empty (or, for colours, the function
/// answers an empty array): the frame is then drawn without it.
public struct TerminalCodes: Sendable {
  /// How the cursor is sent to a cell.
  public enum CursorAddressing: Sendable {
    /// ECMA-48 CUP, `ESC [ row ; column H` counted from 1 (xterm, tmux, screen,
    /// the Linux console, ...); the encoder writes the digits itself and may
    /// use CUF (`ESC [ n C`) to move right along a row.
    case ecma48
    /// Any other terminal: the bytes that move to (row, column), counted from 0.
    case custom(@Sendable (_ row: Int, _ column: Int) -> [UInt8])
  }

  public var cursorAddressing: CursorAddressing
  /// Clears the screen (terminfo `clear`): every cell blank in the default colours.
  public var clearScreen: [UInt8]
  /// All attributes and colours off (`sgr0`).
  public var resetStyle: [UInt8]
  /// Clears from the cursor to the end of its row (`el`); empty when the terminal cannot.
  public var clearToEndOfLine: [UInt8]
  /// Blanks this many cells from the cursor on, leaving the cursor where it is
  /// (`ech`); empty when the terminal cannot.
  public var eraseCharacters: @Sendable (Int) -> [UInt8]
  public var bold: [UInt8]
  public var dim: [UInt8]
  public var underline: [UInt8]
  public var reverse: [UInt8]
  public var italic: [UInt8]
  public var standout: [UInt8]
  /// The bytes that set the foreground to a terminal colour number (`setaf`).
  public var setForeground: @Sendable (Int) -> [UInt8]
  /// The bytes that set the background to a terminal colour number (`setab`).
  public var setBackground: @Sendable (Int) -> [UInt8]
  /// How many colours the terminal has and the user allows.
  public var colorDepth: ColorDepth
  /// The terminal's number of colours (`colors`).
  public var colorCount: Int
  /// Whether the bottom-right cell may be written: false for a terminal that
  /// wraps (and so scrolls) as soon as a character lands in the last column
  /// (`am` without `xenl`).
  public var canWriteBottomRight: Bool
  /// Attributes the terminal cannot show in colour (terminfo's `ncv`): left out
  /// of cells that have a colour, as ncurses does.
  public var attributesNotWithColor: Style.Attributes

  public init(
    cursorAddressing: CursorAddressing, clearScreen: [UInt8], resetStyle: [UInt8],
    clearToEndOfLine: [UInt8], eraseCharacters: @escaping @Sendable (Int) -> [UInt8], bold: [UInt8],
    dim: [UInt8], underline: [UInt8],
    reverse: [UInt8], italic: [UInt8], standout: [UInt8],
    setForeground: @escaping @Sendable (Int) -> [UInt8],
    setBackground: @escaping @Sendable (Int) -> [UInt8], colorDepth: ColorDepth,
    colorCount: Int, canWriteBottomRight: Bool, attributesNotWithColor: Style.Attributes = []
  ) {
    self.cursorAddressing = cursorAddressing
    self.clearScreen = clearScreen
    self.resetStyle = resetStyle
    self.clearToEndOfLine = clearToEndOfLine
    self.eraseCharacters = eraseCharacters
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
    self.italic = italic
    self.standout = standout
    self.setForeground = setForeground
    self.setBackground = setBackground
    self.colorDepth = colorDepth
    self.colorCount = colorCount
    self.canWriteBottomRight = canWriteBottomRight
    self.attributesNotWithColor = attributesNotWithColor
  }

  /// The ECMA-48 (xterm-like) codes with 256 colours, or fewer at a lower depth.
  public static func ecma48(depth: ColorDepth = .many) -> TerminalCodes {
    let escape = "\u{1B}["
    func sgr(_ parameters: String) -> [UInt8] { Array((escape + parameters + "m").utf8) }
    return TerminalCodes(
      cursorAddressing: .ecma48, clearScreen: Array((escape + "H" + escape + "2J").utf8),
      resetStyle: sgr("0"), clearToEndOfLine: Array((escape + "K").utf8),
      eraseCharacters: { count in Array((escape + "\(count)X").utf8) }, bold: sgr("1"),
      dim: sgr("2"), underline: sgr("4"), reverse: sgr("7"), italic: sgr("3"), standout: sgr("7"),
      setForeground: { number in
        Array((escape + (number < 8 ? "3\(number)" : "38;5;\(number)") + "m").utf8)
      },
      setBackground: { number in
        Array((escape + (number < 8 ? "4\(number)" : "48;5;\(number)") + "m").utf8)
      },
      colorDepth: depth, colorCount: depth == .many ? 256 : depth == .eight ? 8 : 0,
      canWriteBottomRight: true)
  }
}

/// Palette colours mapped onto what a terminal offers.
public enum TerminalColor {
  /// The terminal's colour number for `color`, or -1 for its own default colour.
  ///
  /// With eight colours, palette entries above 7 become the nearest basic
  /// colour; with none, every colour is the default (attributes still apply).
  public static func number(for color: Color, depth: ColorDepth, available: Int) -> Int {
    switch color {
    case .default:
      return -1
    case .palette(let index):
      switch depth {
      case .none: return -1
      case .eight: return index < 8 ? Int(index) : nearestBasicColor(to: index)
      case .many: return Int(index) < available ? Int(index) : nearestBasicColor(to: index)
      }
    }
  }

  /// The basic colour (0–7) that looks most like a 256-colour palette entry.
  ///
  /// 8–15 are the bright versions of 0–7; 16–231 the 6×6×6 cube; 232–255 greys.
  public static func nearestBasicColor(to index: UInt8) -> Int {
    let i = Int(index)
    if i < 8 { return i }
    if i < 16 { return i - 8 }
    let rgb = rgbComponents(of: i)
    var best = 0
    var bestDistance = Int.max
    for (basic, candidate) in basicColors.enumerated() {
      let dr = rgb.0 - candidate.0
      let dg = rgb.1 - candidate.1
      let db = rgb.2 - candidate.2
      let distance = dr * dr + dg * dg + db * db
      if distance < bestDistance {
        best = basic
        bestDistance = distance
      }
    }
    return best
  }

  /// xterm's default RGB for the basic eight.
  private static let basicColors: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
  ]

  private static func rgbComponents(of index: Int) -> (Int, Int, Int) {
    if index >= 232 {
      let level = 8 + (index - 232) * 10
      return (level, level, level)
    }
    let cube = index - 16
    let steps = [0, 95, 135, 175, 215, 255]
    return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
  }
}
