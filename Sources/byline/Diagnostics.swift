#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Messages for the user on standard error, prefixed with the program's name.
enum Diagnostics {
  static func error(_ message: String) {
    write("byline: " + message + "\n")
  }

  static func warn(_ message: String) {
    write("byline: warning: " + message + "\n")
  }

  /// Writes to standard error, with controls from file names made visible.
  static func write(_ text: String) {
    var safe = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n"
        || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value))
      {
        safe.unicodeScalars.append(scalar)
      } else {
        safe += "?"
      }
    }
    var bytes = Array(safe.utf8)
    _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
