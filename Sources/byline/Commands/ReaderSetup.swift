import ArgumentParser
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--color=auto|always|never`, as GNU tools spell it.
enum ColorWhen: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// What the reader command takes from the config file, the state store and the colour option.
enum ReaderSetup {
  /// The config file's settings; each mistake is reported once as
  /// FILE:LINE: message and the defaults stand for it (reading is never blocked).
  static func settings() -> Settings {
    let loaded = SettingsLoader.load()
    for message in loaded.mistakes { Diagnostics.error(message) }
    return loaded.settings
  }

  /// The colour choice: the command line's, else the config file's.
  static func colorChoice(_ option: ColorWhen?, settings: Settings) -> Settings.ColorChoice {
    switch option {
    case .auto?: return .auto
    case .always?: return .always
    case .never?: return .never
    case nil: return settings.color
    }
  }

  /// Colours for plain output: `always` colours; `auto` only on a terminal without `NO_COLOR`.
  static func plainTheme(_ choice: Settings.ColorChoice, settings: Settings) -> Theme? {
    let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    switch choice {
    case .never: return nil
    case .auto where noColor || isatty(STDOUT_FILENO) != 1: return nil
    default: return Theme(depth: .many).applying(settings)
    }
  }

  /// The reading positions for this run, or `nil` when turned off (`--no-state`, the config file, no HOME).
  static func positionStore(disabled: Bool, settings: Settings) -> PositionStore? {
    guard !disabled, settings.remembersPosition,
      let path = PositionStore.defaultPath(environment: SettingsLoader.environment)
    else { return nil }
    var store = PositionStore(path: path)
    store.load()
    if let warning = store.warning { Diagnostics.warn(warning) }
    return store
  }

  /// The state-store keys of the sources (files only: standard input and the sample have none).
  static func keys(of sources: [ArticleLoader.Source]) -> [PositionStore.FileKey?] {
    sources.map { source in
      if case .file(let path) = source { return PositionStore.FileKey(file: path) }
      return nil
    }
  }

  /// Opens each article where it was left last time.
  static func restore(_ session: ReaderSession, keys: [PositionStore.FileKey?], from store: PositionStore?) {
    guard let store else { return }
    for (index, key) in keys.enumerated() {
      if let key, let place = store.place(for: key) { session.restore(place, document: index) }
    }
  }

  /// Saves where the session left each article it showed, warning (not failing) when it cannot.
  static func remember(
    _ session: ReaderSession, keys: [PositionStore.FileKey?], in store: inout PositionStore?
  ) {
    guard var current = store else { return }
    let places = session.placesByDocument
    var changed = false
    for (index, key) in keys.enumerated() {
      guard let key, let place = places[index] else { continue }
      current.remember(place, for: key)
      changed = true
    }
    guard changed else { return }
    do {
      try current.save()
    } catch {
      Diagnostics.warn(error.description + "; the reading position was not saved")
    }
    store = current
  }
}
