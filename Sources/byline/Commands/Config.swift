import ArgumentParser
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `byline config`: the config file: where it is, whether it parses, and the defaults.
struct Config: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check the config file, or print its location or the default settings.",
    discussion: """
      The config file is $XDG_CONFIG_HOME/byline/config (by default ~/.config/byline/config). \
      Without options, checks it and reports each mistake as FILE:LINE: message. \
      'byline config --defaults > ~/.config/byline/config' gives a file to edit.
      """)

  @Flag(help: "Print the default settings, key bindings and colours as a config file.")
  var defaults = false

  @Flag(help: "Print where the config file is looked for.")
  var path = false

  func run() throws {
    if defaults {
      CommandOutput.write(Settings.defaultText())
      return
    }
    guard let file = SettingsLoader.path else {
      Diagnostics.error("neither XDG_CONFIG_HOME nor HOME is set: there is no config file")
      throw ExitCode.failure
    }
    if path {
      CommandOutput.write(file + "\n")
      return
    }
    let loaded = SettingsLoader.load()
    guard loaded.mistakes.isEmpty else {
      for message in loaded.mistakes { Diagnostics.error(message) }
      throw ExitCode.failure
    }
    CommandOutput.write(
      loaded.exists ? "\(file): no mistakes\n" : "\(file): no config file (the defaults apply)\n")
  }
}

/// Finds and reads the config file for the commands that use it.
enum SettingsLoader {
  /// The settings to use (the good lines over the defaults), whether the file exists, and its mistakes.
  struct Loaded {
    var settings: Settings
    var exists: Bool
    var mistakes: [String] = []
  }

  static var environment: [String: String] {
    var result: [String: String] = [:]
    for name in ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "HOME"] {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }

  static var path: String? { Settings.defaultPath(environment: environment) }

  /// The settings from the config file's good lines (defaults when there is
  /// none), with every mistake as `FILE:LINE: message`.
  static func load() -> Loaded {
    guard let path else { return Loaded(settings: Settings(), exists: false) }
    let (settings, errors) = Settings.readLeniently(path: path)
    return Loaded(
      settings: settings ?? Settings(), exists: settings != nil, mistakes: errors.map(\.description))
  }
}
