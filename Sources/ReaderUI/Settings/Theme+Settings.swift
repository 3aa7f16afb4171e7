extension Theme {
  /// The colour roles the config file can set, with their defaults on a 256-colour terminal.
  ///
  /// `speaker-1` … `speaker-12` are the speaker palette: speakers take them
  /// in turn by their order in the article.
  public static var colorRoles: [(name: String, color: Color)] {
    manyPalette.enumerated().map { ("speaker-\($0.offset + 1)", Color.palette($0.element)) }
  }

  /// The theme with the config file's colours applied.
  ///
  /// A role set to its default changes nothing (so the printed defaults
  /// keep the eight-colour palette on eight-colour terminals).
  public func applying(_ settings: Settings) -> Theme {
    var theme = self
    for (slot, role) in Self.colorRoles.enumerated() {
      if let color = settings.colors[role.name], color != role.color {
        theme.speakerColorOverrides[slot] = color
      }
    }
    return theme
  }
}
