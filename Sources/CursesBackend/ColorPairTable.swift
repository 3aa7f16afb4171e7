import CNCursesW
import ReaderUI

/// Colour pairs allocated on demand, one per (foreground, background) asked for.
///
/// Pair 0 is the terminal's own colours. Colours are mapped to what the
/// terminal offers first: with eight colours, palette entries above 7 become
/// the nearest basic colour; with none, every cell uses pair 0 (attributes
/// still apply). When the terminal runs out of pairs, further ones fall back
/// to pair 0 rather than failing.
struct ColorPairTable {
  let depth: ColorDepth
  /// Colours the terminal has (`COLORS`).
  let available: Int
  /// Highest pair number that may be used.
  let limit: Int
  private var pairs: [Int32: Int16] = [:]
  private var next: Int = 1

  init(depth: ColorDepth, available: Int, pairs: Int) {
    self.depth = depth
    self.available = available
    self.limit = min(pairs - 1, Int(Int16.max))
  }

  /// The pair to draw `style` with (allocated and initialised on first use).
  mutating func pair(for style: Style) -> Int16 {
    guard depth != .none else { return 0 }
    let foreground = terminalColor(style.foreground)
    let background = terminalColor(style.background)
    if foreground == -1 && background == -1 { return 0 }
    let key = Int32(foreground) << 16 | Int32(UInt16(bitPattern: background))
    if let pair = pairs[key] { return pair }
    guard next <= limit else { return 0 }
    let pair = Int16(next)
    guard init_pair(pair, foreground, background) != ERR else {
      pairs[key] = 0
      return 0
    }
    next += 1
    pairs[key] = pair
    return pair
  }

  /// The ncurses colour number for `color` (-1 is the terminal's default).
  func terminalColor(_ color: Color) -> Int16 {
    switch color {
    case .default:
      return -1
    case .palette(let index):
      switch depth {
      case .none:
        return -1
      case .eight:
        return Int16(index < 8 ? Int(index) : Self.nearestBasicColor(to: index))
      case .many:
        if Int(index) < available { return Int16(index) }
        return Int16(Self.nearestBasicColor(to: index))
      }
    }
  }

  /// The basic colour (0–7) that looks most like a 256-colour palette entry.
  ///
  /// 8–15 are the bright versions of 0–7; 16–231 the 6×6×6 cube; 232–255 greys.
  static func nearestBasicColor(to index: UInt8) -> Int {
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
