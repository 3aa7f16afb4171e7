import ArgumentParser
import CMalloc

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the program starts: the reader at once for a plain `byline [FILE...]`,
/// ArgumentParser for every other command line (help, version, subcommands,
/// mistakes), and the completion scripts straight from `Completions`.
@main
enum Entry {
  static func main() {
    keepBigBlocksApart()
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let script = Completions.script(for: arguments) {
      CommandOutput.write(script)
      exit(0)
    }
    do {
      // ArgumentParser would answer an unknown command after help with the top-level help and status 0.
      if arguments.count >= 2, arguments[0] == "help", !arguments[1].hasPrefix("-"),
        !ReaderLaunch.commandNames.contains(arguments[1])
      {
        let meant = ReaderLaunch.closestCommand(to: arguments[1]).map { "; did you mean '\($0)'?" } ?? ""
        throw UsageError(command: nil, message: "help: there is no command '\(arguments[1])'" + meant)
      }
      if let launch = ReaderLaunch(quick: arguments) {
        try launch.run()
      } else {
        var command = try Byline.parseAsRoot(arguments)
        try command.run()
      }
    } catch {
      finish(with: error)
    }
  }

  /// Ends the program after `error` as the GNU tools do: help and version on
  /// standard output with status 0; a message starting `byline:` on standard
  /// error otherwise, with status 2 for a mistake in the command line.
  static func finish(with error: Error) -> Never {
    if let usage = error as? UsageError {
      Diagnostics.error(usage.message)
      if let command = usage.command {
        Diagnostics.write(
          "Usage: " + Byline.usageString(for: command)
            + "\n  See 'byline \(command._commandName) --help' for more information.\n")
      } else {
        Diagnostics.write("  See 'byline --help' for more information.\n")
      }
      exit(ExitStatus.usage)
    }
    let code = Byline.exitCode(for: error)
    let message = Byline.fullMessage(for: error)
    if code == .success {
      if !message.isEmpty { CommandOutput.write(message + "\n") }
      exit(0)
    }
    if !message.isEmpty {
      var text = message
      if text.hasPrefix("Error: ") {
        text.removeFirst("Error: ".count)
        // "Unknown option" reads as the GNU tools' "unknown option"; "JSON" keeps its capitals.
        if let first = text.first, let second = text.dropFirst().first, second.isLowercase {
          text = first.lowercased() + text.dropFirst()
        }
      }
      Diagnostics.error(text)
    }
    exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
  }

  /// Blocks of 128 kB and more (a big article's lists) are mapped on their own and
  /// given back to the system when freed. glibc would otherwise raise that limit
  /// each time such a block is freed, serve the next ones from the heap, and keep
  /// the heap's holes: a parse's short-lived lists then stay in the process's
  /// memory (on a 20 MB article the peak went from 76 to 79 MB).
  private static func keepBigBlocksApart() {
    _ = byline_map_big_blocks(128 * 1024)
  }
}

/// The exit statuses: 0 success, 1 a failure (a file, the config, a write, nothing matched), 2 a usage mistake.
enum ExitStatus {
  static let failure: Int32 = 1
  static let usage: Int32 = 2
}

/// A mistake in how a command was called that the parser cannot see (a missing file argument).
struct UsageError: Error {
  /// The command whose usage is shown; `nil` for the top level.
  var command: ParsableCommand.Type?
  var message: String
}
