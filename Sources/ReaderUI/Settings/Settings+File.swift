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
}

/// The mistakes found in a config file, in line order.
public struct SettingsErrors: Error, Sendable, Equatable {
  public var errors: [SettingsError]
  public init(errors: [SettingsError]) { self.errors = errors }
}
