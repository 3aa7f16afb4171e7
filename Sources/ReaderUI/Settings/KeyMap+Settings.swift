extension KeyMap {
  /// The key map with the config file's `bind` statements applied in order.
  ///
  /// A statement without a scope uses the scope of the action's default
  /// bindings (`next-list` works in lists). Binding a key replaces what it
  /// did in that scope; `none` just removes it. A new binding takes its help
  /// line from the action's existing bindings, so the help screen and the
  /// footer stay complete.
  public func applying(_ settings: Settings) -> KeyMap {
    var result = self
    for change in settings.bindings {
      let action = change.action.flatMap(Action.init(configName:))
      let scope =
        change.scope.flatMap(Scope.init(configName:))
        ?? action.flatMap { action in
          (bindings + KeyMap.default.bindings).first { $0.action == action }?.scope
        }
        ?? .anywhere
      if let action,
        result.bindings.contains(where: { $0.key == change.key && $0.scope == scope && $0.action == action })
      {
        continue  // already so: keep its help and hint
      }
      result.bindings.removeAll { $0.key == change.key && $0.scope == scope }
      guard let action else { continue }
      let known = bindings + KeyMap.default.bindings
      let model = known.first { $0.action == action }
      let hasHint = result.bindings.contains { $0.action == action && $0.scope == scope && $0.hint != nil }
      let hint = known.first { $0.action == action && $0.scope == scope && $0.hint != nil }?.hint
      result.bindings.append(
        Binding(
          change.key, action, model?.help ?? action.configName ?? "", section: model?.section ?? "Other",
          scope: scope, hint: hasHint ? nil : hint))
    }
    return result
  }
}

extension Settings.Vocabulary {
  /// What the reader understands: its actions, key-map scopes and colour roles.
  public static let reader = Settings.Vocabulary(
    actions: Action.configNames.map(\.name),
    scopes: KeyMap.Scope.configNames.map(\.name),
    roles: Theme.colorRoles.map(\.name))
}

extension Settings {
  /// Reads config text with the reader's vocabulary.
  public static func parse(_ text: String, file: String) -> (settings: Settings, errors: [SettingsError]) {
    parse(text, file: file, vocabulary: .reader)
  }

  /// The config file that states every default, as `byline config --defaults` prints it.
  ///
  /// Drawn from the key map and the theme, so it always matches what the
  /// reader does; parsing it gives back the same key map and colours.
  public static func defaultText(keyMap: KeyMap = .default) -> String {
    var lines = [
      "# Byline configuration: $XDG_CONFIG_HOME/byline/config",
      "# (by default ~/.config/byline/config).",
      "# Everything below is the default; keep only the lines you change.",
      "# A # starts a comment only at the start of a line.",
      "",
      "# When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never.",
      "color = auto",
      "# Return to where you left each article: yes or no (--no-state turns it off once).",
      "remember-position = yes",
      "# Show the side pane: auto (when the terminal is wide enough), yes or no.",
      "side-pane = auto",
      "",
    ]
    let keyNotes =
      "Keys: bind [SCOPE] KEY ACTION. Scopes: "
      + KeyMap.Scope.configNames.map(\.name).joined(separator: ", ")
      + " (by default, where the action is bound now). Keys are written as in the help screen: "
      + "j, ^N, Space, PgDn, S-Tab, F1, Esc, Enter. The action none unbinds a key. Actions: "
      + Action.configNames.map(\.name).joined(separator: ", ") + "."
    lines += PlainTextRenderer.wrap(keyNotes, width: 76).map { "# " + $0 }
    var section: String?
    var lastHelp: String?
    for binding in keyMap.bindings {
      guard let name = binding.action.configName else { continue }
      if binding.section != section {
        section = binding.section
        lines.append("")
        lines.append("## " + binding.section)
        lastHelp = nil
      }
      if binding.help != lastHelp {
        lines.append("# " + binding.help)
        lastHelp = binding.help
      }
      let scope = binding.scope == .anywhere ? "" : binding.scope.configName + " "
      lines.append("bind " + scope + binding.key.displayName + " " + name)
    }
    lines.append("")
    lines.append("# Colours: color ROLE COLOUR, where COLOUR is default, a name (red, bright-blue)")
    lines.append("# or a palette number 0-255. Speakers take the speaker-N colours in turn.")
    for (name, color) in Theme.colorRoles {
      lines.append("color \(name) \(color.configName)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
