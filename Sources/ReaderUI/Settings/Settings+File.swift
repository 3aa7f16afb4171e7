extension Settings {
  /// Reads and parses the config file at `path`.
  ///
  /// - Returns: The settings, `nil` when the file does not exist, or every
  ///   mistake (an unreadable file is one error naming it).
  public static func read(path: String) -> Result<Settings?, SettingsErrors> {
    let bytes: [UInt8]?
    do {
      bytes = try StateFiles.contents(of: path)
    } catch {
      return .failure(SettingsErrors(errors: [SettingsError(file: path, line: 0, message: error.problem)]))
    }
    guard let bytes else { return .success(nil) }
    let (settings, errors) = parse(bytes, file: path, vocabulary: .reader)
    return errors.isEmpty ? .success(settings) : .failure(SettingsErrors(errors: errors))
  }

  /// Reads the config file at `path` as the reader uses it: the good lines
  /// apply and the defaults stand for the broken ones.
  ///
  /// - Returns: The settings (`nil` when the file does not exist) and every
  ///   mistake, in line order (an unreadable file is one error naming it, with the defaults).
  public static func readLeniently(path: String) -> (settings: Settings?, errors: [SettingsError]) {
    let bytes: [UInt8]?
    do {
      bytes = try StateFiles.contents(of: path)
    } catch {
      return (Settings(), [SettingsError(file: path, line: 0, message: error.problem)])
    }
    guard let bytes else { return (nil, []) }
    let (settings, errors) = parse(bytes, file: path, vocabulary: .reader)
    return (settings, errors)
  }
}

/// The mistakes found in a config file, in line order.
public struct SettingsErrors: Error, Sendable, Equatable {
  public var errors: [SettingsError]
  public init(errors: [SettingsError]) { self.errors = errors }
}
