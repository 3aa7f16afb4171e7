/// The reader's styles at one colour depth.
///
/// Every speaker gets a colour from a fixed palette by speaker index, so the
/// same person has the same colour in the article, the lists and the status
/// line. Backgrounds stay `.default` (the terminal's own) except for
/// highlights. Without colour (`.none`, `NO_COLOR`) quotations are
/// underlined, speaker tags bold, and highlights reversed, so speech stays
/// visible in attributes alone.
public struct Theme: Hashable, Sendable {
  public var depth: ColorDepth
  /// Speaker colours chosen in the config file (`color speaker-N`), by palette slot `index % 12`.
  public var speakerColorOverrides: [Int: Color] = [:]

  public init(depth: ColorDepth) {
    self.depth = depth
  }

  /// Speaker colours for 256-colour terminals: distinct hues readable on dark and light backgrounds.
  static let manyPalette: [UInt8] = [33, 166, 128, 28, 172, 161, 37, 93, 130, 64, 202, 25]
  /// Speaker colours from the basic eight (no white/black: they vanish on one background or the other).
  static let eightPalette: [UInt8] = [6, 3, 5, 2, 4, 1]

  /// The colour of speaker `index`, or `nil` without colour.
  public func color(ofSpeaker index: Int?) -> Color? {
    switch depth {
    case .none: return nil
    case _ where index.flatMap({ speakerColorOverrides[$0 % Self.manyPalette.count] }) != nil:
      return speakerColorOverrides[index! % Self.manyPalette.count]
    case .eight:
      guard let index else { return .palette(7) }
      return .palette(Self.eightPalette[index % Self.eightPalette.count])
    case .many:
      guard let index else { return .palette(244) }
      return .palette(Self.manyPalette[index % Self.manyPalette.count])
    }
  }

  /// The text of a quotation by `speaker` (`nil`: unattributed, neutral speech style).
  public func speech(speaker: Int?) -> Style {
    switch depth {
    case .none: return Style(attributes: speaker == nil ? [.underline, .dim] : [.underline])
    default:
      return Style(
        foreground: color(ofSpeaker: speaker) ?? .default, attributes: speaker == nil ? [.italic] : [])
    }
  }

  /// The `[Name]` tag before a quotation.
  public func speakerTag(speaker: Int?) -> Style {
    Style(foreground: color(ofSpeaker: speaker) ?? .default, attributes: [.bold])
  }

  /// A speaker's name in lists and on the status line.
  public func speakerName(speaker: Int?) -> Style {
    Style(foreground: color(ofSpeaker: speaker) ?? .default, attributes: [.bold])
  }

  /// Adds the mark of the current quotation to a style.
  public func currentQuotation(_ style: Style) -> Style {
    var marked = style
    marked.attributes.insert(.reverse)
    return marked
  }

  public var searchMatch: Style {
    switch depth {
    case .none: return Style(attributes: [.reverse, .bold])
    case .eight: return Style(foreground: .palette(0), background: .palette(3))
    case .many: return Style(foreground: .palette(16), background: .palette(222))
    }
  }

  public var currentSearchMatch: Style {
    switch depth {
    case .none: return Style(attributes: [.reverse, .bold, .underline])
    case .eight: return Style(foreground: .palette(0), background: .palette(2), attributes: [.bold])
    case .many: return Style(foreground: .palette(16), background: .palette(214), attributes: [.bold])
    }
  }

  public var date: Style { Style(attributes: [.bold]) }
  /// A dataset's title of the article, above everything else in the pane.
  public var title: Style { Style(attributes: [.bold, .underline]) }
  public var postBar: Style {
    depth == .none ? Style(attributes: [.dim]) : Style(foreground: .palette(depth == .many ? 67 : 4))
  }
  public var postHeader: Style { Style(attributes: [.bold]) }
  public var postHandle: Style {
    depth == .none ? Style(attributes: [.dim]) : Style(foreground: .palette(depth == .many ? 67 : 4))
  }
  public var hiddenStretch: Style { Style(attributes: [.dim]) }
  public var status: Style { Style(attributes: [.reverse]) }
  public var statusEmphasis: Style { Style(attributes: [.reverse, .bold]) }
  public var hintKey: Style { Style(attributes: [.bold]) }
  public var hintLabel: Style { Style(attributes: [.dim]) }
  public var message: Style { Style(attributes: [.bold]) }
  public var error: Style {
    depth == .none
      ? Style(attributes: [.bold, .reverse]) : Style(foreground: .palette(1), attributes: [.bold])
  }
  public var separator: Style { Style(attributes: [.dim]) }
  public var separatorFocused: Style {
    depth == .none
      ? Style(attributes: [.bold]) : Style(foreground: .palette(depth == .many ? 33 : 4), attributes: [.bold])
  }
  public var tabActiveFocused: Style { Style(attributes: [.reverse, .bold]) }
  public var tabActive: Style { Style(attributes: [.bold, .underline]) }
  public var tabInactive: Style { Style(attributes: [.dim]) }
  public var selectionFocused: Style { Style(attributes: [.reverse]) }
  public var selection: Style { Style(attributes: [.underline]) }
  public var nearestMarker: Style { Style(attributes: [.bold]) }
  public var listDetail: Style { Style(attributes: [.dim]) }
  public var helpBorder: Style { Style(attributes: [.bold]) }
  public var helpSection: Style { Style(attributes: [.bold, .underline]) }
  public var helpKey: Style { Style(attributes: [.bold]) }
}
