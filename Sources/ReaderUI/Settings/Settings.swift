/// The user's choices from the config file: options, key bindings and colours.
///
/// The file is `$XDG_CONFIG_HOME/byline/config` (by default
/// `~/.config/byline/config`), one statement per line:
///
///     # NAME = VALUE sets an option
///     color = never
///     # bind [SCOPE] KEY ACTION; the action none unbinds the key
///     bind J page-down
///     bind list l next-tab
///     bind q none
///     # color ROLE COLOUR
///     color speaker-1 bright-blue
///
/// A `#` starts a comment only at the start of a line, so `bind # quit` binds
/// the hash key.
///
/// Keys are written as the help screen writes them (`j`, `^N`, `Space`,
/// `PgDn`, `S-Tab`, `F1`); actions, scopes and colour roles are listed by
/// `byline config --defaults`, which prints a file that parses back to the
/// defaults.
public struct Settings: Hashable, Sendable {
  /// When to use colour (as GNU tools' `--color`).
  public enum ColorChoice: String, Hashable, Sendable, CaseIterable {
    /// When writing to a terminal and `NO_COLOR` is unset.
    case auto
    case always
    case never
  }

  /// A `bind` statement: in a scope (or the action's own), a key now does an action (or nothing).
  public struct Binding: Hashable, Sendable {
    /// `nil`: the scope of the action's default bindings.
    public var scope: String?
    public var key: Key
    /// `nil` for `none`: the key does nothing.
    public var action: String?

    public init(scope: String? = nil, key: Key, action: String?) {
      self.scope = scope
      self.key = key
      self.action = action
    }
  }

  /// What the parser accepts: the names of actions, scopes and colour roles.
  public struct Vocabulary: Hashable, Sendable {
    public var actions: [String]
    public var scopes: [String]
    public var roles: [String]

    public init(actions: [String], scopes: [String], roles: [String]) {
      self.actions = actions
      self.scopes = scopes
      self.roles = roles
    }
  }

  public var color: ColorChoice = .auto
  /// Whether reading positions are remembered across runs.
  public var remembersPosition = true
  /// `nil`: show the side pane when the terminal is wide enough.
  public var sidePane: Bool?
  /// `bind` statements in file order (later ones win).
  public var bindings: [Binding] = []
  /// `color` statements, role to colour (the last one for a role wins).
  public var colors: [String: Color] = [:]

  public init() {}

  /// The option names `NAME = VALUE` accepts.
  public static let optionNames = ["color", "remember-position", "side-pane"]

  /// The config file for this environment: `$XDG_CONFIG_HOME/byline/config`, else under `$HOME/.config`; `nil` without either.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/byline/config"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/byline/config"
  }
}

/// A mistake in the config file, reported as `FILE:LINE: message`.
public struct SettingsError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based; 0 when the problem is the whole file.
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }
}
