/// The completion scripts for bash, zsh and fish, written for this program's
/// command line: files wherever articles go, the reader's options at the top
/// level (it is the default command), each command's options and values, and
/// the command names after `help`.
///
/// ArgumentParser's generated scripts offer no files and ignore the default
/// command; these are printed instead for `--generate-completion-script SHELL`.
enum Completions {
  /// The script for a command line `--generate-completion-script SHELL` (or `=SHELL`); `nil` for any other.
  static func script(for arguments: [String]) -> String? {
    let shell: String
    switch arguments.count {
    case 1 where arguments[0].hasPrefix("--generate-completion-script="):
      shell = String(arguments[0].dropFirst("--generate-completion-script=".count))
    case 2 where arguments[0] == "--generate-completion-script":
      shell = arguments[1]
    default:
      return nil
    }
    switch shell {
    case "bash": return bash
    case "zsh": return zsh
    case "fish": return fish
    default: return nil
    }
  }
}
