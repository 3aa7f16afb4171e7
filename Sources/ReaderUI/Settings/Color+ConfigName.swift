extension Color {
  /// The basic colour names, palette entries 0 to 7.
  static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// Reads a colour as the config file writes it.
  ///
  /// `default` (the terminal's own), a basic name (`red`), `bright-` and a
  /// basic name (palette 8 to 15), or a palette number 0 to 255. Names ignore case.
  public init?(configName name: String) {
    let lower = name.lowercased()
    if lower == "default" {
      self = .default
    } else if let index = Self.basicNames.firstIndex(of: lower) {
      self = .palette(UInt8(index))
    } else if lower.hasPrefix("bright-"),
      let index = Self.basicNames.firstIndex(of: String(lower.dropFirst(7)))
    {
      self = .palette(UInt8(index + 8))
    } else if lower.allSatisfy(\.isASCII), let number = UInt8(lower) {
      self = .palette(number)
    } else {
      return nil
    }
  }

  /// How the config file writes the colour (read back by `init(configName:)`).
  public var configName: String {
    switch self {
    case .default: return "default"
    case .palette(let index) where index < 8: return Self.basicNames[Int(index)]
    case .palette(let index) where index < 16: return "bright-" + Self.basicNames[Int(index) - 8]
    case .palette(let index): return String(index)
    }
  }
}
