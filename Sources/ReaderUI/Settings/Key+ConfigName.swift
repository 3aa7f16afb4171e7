extension Key {
  /// Reads a key as the config file and the help screen write it.
  ///
  /// Accepts what `displayName` writes (`j`, `Space`, `^N`, `PgDn`, `S-Tab`,
  /// `F1`) and a few common spellings (`C-n`, `Ctrl-N`, `PageDown`, `Escape`,
  /// `Return`), names ignoring case. A single character is that character
  /// (`^` alone is the caret, `#` the hash sign).
  public init?(configName name: String) {
    let characters = Array(name)
    if characters.count == 1 {
      guard let scalar = characters[0].unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F else {
        return nil
      }
      self = .character(characters[0])
      return
    }
    let lower = name.lowercased()
    for prefix in ["^", "c-", "ctrl-", "ctrl+", "control-"] where lower.hasPrefix(prefix) {
      let rest = Array(lower.dropFirst(prefix.count))
      if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter {
        self = .control(letter)
        return
      }
      if prefix != "^" { return nil }
    }
    if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
      self = .function(number)
      return
    }
    switch lower {
    case "space", "spc": self = .character(" ")
    case "up": self = .up
    case "down": self = .down
    case "left": self = .left
    case "right": self = .right
    case "pgup", "pageup": self = .pageUp
    case "pgdn", "pagedown": self = .pageDown
    case "home": self = .home
    case "end": self = .end
    case "enter", "return", "ret": self = .enter
    case "esc", "escape": self = .escape
    case "tab": self = .tab
    case "s-tab", "shift-tab", "backtab": self = .backTab
    case "backspace", "bs": self = .backspace
    case "del", "delete": self = .delete
    case "ins", "insert": self = .insert
    default: return nil
    }
  }
}
