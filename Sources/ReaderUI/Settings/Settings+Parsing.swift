import ArticleModel

extension Settings {
  /// Reads a config file's bytes; every line that cannot be used gives one error and is skipped.
  ///
  /// - Parameters:
  ///   - bytes: The file's content (UTF-8; a damaged line is an error).
  ///   - file: The name used in error messages.
  ///   - vocabulary: The actions, scopes and colour roles that exist.
  /// - Returns: The settings from the good lines, and the errors in line order.
  public static func parse(
    _ bytes: [UInt8], file: String, vocabulary: Vocabulary
  ) -> (settings: Settings, errors: [SettingsError]) {
    var settings = Settings()
    var errors: [SettingsError] = []
    var number = 0
    for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      guard let line = String(validating: rawLine, as: UTF8.self) else {
        errors.append(SettingsError(file: file, line: number, message: "not valid UTF-8"))
        continue
      }
      if let message = settings.apply(line: line, vocabulary: vocabulary) {
        errors.append(SettingsError(file: file, line: number, message: message))
      }
    }
    return (settings, errors)
  }

  /// Reads config text (see `parse(_:file:vocabulary:)`).
  public static func parse(
    _ text: String, file: String, vocabulary: Vocabulary
  ) -> (settings: Settings, errors: [SettingsError]) {
    parse(Array(text.utf8), file: file, vocabulary: vocabulary)
  }

  /// Applies one line; returns the error message when the line cannot be used.
  mutating func apply(line rawLine: String, vocabulary: Vocabulary) -> String? {
    let line = rawLine.trimmingConfigBlanks
    if line.isEmpty || line.hasPrefix("#") { return nil }
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    switch words[0] {
    case "bind":
      return applyBind(Array(words.dropFirst()), vocabulary: vocabulary)
    case "color" where !line.contains("="), "colour" where !line.contains("="):
      return applyColor(Array(words.dropFirst()), vocabulary: vocabulary)
    default:
      break
    }
    guard let equals = line.firstIndex(of: "=") else {
      return "cannot read this line; expected NAME = VALUE, bind KEY ACTION, color ROLE COLOUR or a # comment"
    }
    let name = String(line[..<equals]).trimmingConfigBlanks
    let value = String(line[line.index(after: equals)...]).trimmingConfigBlanks
    guard !name.isEmpty else {
      return "a setting needs a name before '='"
    }
    guard !value.isEmpty else {
      return "\(quoted(name)) needs a value after '='"
    }
    switch name {
    case "color", "colour":
      guard let choice = ColorChoice(rawValue: value.lowercased()) else {
        return "color must be auto, always or never, not \(quoted(value))"
      }
      color = choice
    case "remember-position":
      guard let flag = Self.flag(value) else {
        return "remember-position must be yes or no, not \(quoted(value))"
      }
      remembersPosition = flag
    case "side-pane":
      if value.lowercased() == "auto" {
        sidePane = nil
      } else if let flag = Self.flag(value) {
        sidePane = flag
      } else {
        return "side-pane must be auto, yes or no, not \(quoted(value))"
      }
    default:
      return "unknown setting \(quoted(name)); the settings are " + Self.optionNames.joined(separator: ", ")
    }
    return nil
  }

  private mutating func applyBind(_ words: [String], vocabulary: Vocabulary) -> String? {
    guard words.count == 2 || words.count == 3 else {
      return "bind takes a key and an action: bind [SCOPE] KEY ACTION"
    }
    var scope: String?
    if words.count == 3 {
      guard vocabulary.scopes.contains(words[0]) else {
        return "unknown scope \(quoted(words[0])); the scopes are "
          + vocabulary.scopes.joined(separator: ", ")
      }
      scope = words[0]
    }
    let keyName = words[words.count - 2]
    let actionName = words[words.count - 1]
    guard let key = Key(configName: keyName) else {
      return
        "unknown key \(quoted(keyName)); write keys as the help screen does: j, ^N, Space, PgDn, S-Tab, F1"
    }
    let action: String?
    if actionName == "none" {
      action = nil
    } else if vocabulary.actions.contains(actionName) {
      action = actionName
    } else {
      return "unknown action \(quoted(actionName)); 'byline config --defaults' lists the actions"
    }
    bindings.append(Binding(scope: scope, key: key, action: action))
    return nil
  }

  private mutating func applyColor(_ words: [String], vocabulary: Vocabulary) -> String? {
    guard words.count == 2 else {
      return "color takes a role and a colour: color ROLE COLOUR"
    }
    guard vocabulary.roles.contains(words[0]) else {
      return "unknown colour role \(quoted(words[0])); 'byline config --defaults' lists the roles"
    }
    guard let color = Color(configName: words[1]) else {
      return
        "unknown colour \(quoted(words[1])); use default, a name such as red or bright-blue, or a number from 0 to 255"
    }
    colors[words[0]] = color
    return nil
  }

  private static func flag(_ value: String) -> Bool? {
    switch value.lowercased() {
    case "yes", "on", "true": return true
    case "no", "off", "false": return false
    default: return nil
    }
  }

  /// A word from the file, quoted and made printable for a message.
  private func quoted(_ word: String) -> String {
    "'" + word.printableLine + "'"
  }
}

extension String {
  /// The string without spaces, tabs and a carriage return at either end.
  var trimmingConfigBlanks: String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" }
    while start < end && isSpace(scalars[start]) { start += 1 }
    while end > start && isSpace(scalars[end - 1]) { end -= 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}
