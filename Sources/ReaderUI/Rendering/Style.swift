/// A colour as the reader asks for it; the backend maps it onto what the terminal has.
public enum Color: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case `default`
  /// An entry of the 256-colour palette (0–7 are the basic eight).
  case palette(UInt8)
}

/// How many colours the terminal offers (and the user allows).
public enum ColorDepth: Hashable, Sendable {
  /// Attributes only (no colour, `NO_COLOR`, or a monochrome terminal).
  case none
  /// The eight basic colours.
  case eight
  /// The 256-colour palette.
  case many
}

/// The look of one cell.
public struct Style: Hashable, Sendable {
  public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
    public static let standout = Attributes(rawValue: 1 << 5)
  }

  public var foreground: Color
  public var background: Color
  public var attributes: Attributes

  public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()
}
