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
    switch SettingsLoader.load() {
    case .success(let loaded):
      CommandOutput.write(
        loaded.exists ? "\(file): no mistakes\n" : "\(file): no config file (the defaults apply)\n")
    case .failure(let failure):
      for message in failure.messages { Diagnostics.error(message) }
      throw ExitCode.failure
    }
  }
}

/// Finds and reads the config file for the commands that use it.
enum SettingsLoader {
  struct Loaded {
    var settings: Settings
    var exists: Bool
  }

  struct Failure: Error {
    var messages: [String]
  }

  static var environment: [String: String] {
    var result: [String: String] = [:]
    for name in ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "HOME"] {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }

  static var path: String? { Settings.defaultPath(environment: environment) }

  /// The settings from the config file (defaults when there is none), or every mistake in it.
  static func load() -> Result<Loaded, Failure> {
    guard let path else { return .success(Loaded(settings: Settings(), exists: false)) }
    switch Settings.read(path: path) {
    case .success(let settings?):
      return .success(Loaded(settings: settings, exists: true))
    case .success(nil):
      return .success(Loaded(settings: Settings(), exists: false))
    case .failure(let errors):
      return .failure(Failure(messages: errors.errors.map(\.description)))
    }
  }
}
