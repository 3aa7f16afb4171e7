import ArgumentParser
import ArticleModel

/// `byline export --format json FILE`: the parsed article as JSON on standard output.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the parsed article in a machine-readable format.")

  @Option(help: "Output format: json.") var format: String = "json"
  @Flag(help: "Accept files that look binary (they contain NUL bytes).") var force = false
  @Argument(help: "The article file ('-' for standard input).") var file: String

  func validate() throws {
    guard format == "json" else {
      throw ValidationError("unknown format '\(format)'; the only format is json")
    }
  }

  func run() throws {
    let loaded: ArticleLoader.Loaded
    do {
      loaded = try ArticleLoader(allowBinary: force, allowEmpty: true)
        .load(file == "-" ? .standardInput : .file(file))
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode.failure
    }
    for warning in loaded.warnings { Diagnostics.warn(warning) }
    print(Article(parsing: loaded.text).jsonObject())
  }
}
