import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files a query command reads: those given, else standard input when it is a pipe.
enum ArticlePaths {
  static func resolve(_ files: [String], for command: ParsableCommand.Type) throws -> [String] {
    if !files.isEmpty { return files }
    guard isatty(STDIN_FILENO) != 1 else {
      throw UsageError(
        command: command,
        message:
          "\(command._commandName): give one or more article files or directories, or pipe an article in")
    }
    return ["-"]
  }
}
