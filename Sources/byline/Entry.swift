/// Where the program starts: the reader at once for a plain `byline [FILE...]`,
/// ArgumentParser for every other command line (help, version, subcommands,
/// completions, mistakes).
@main
enum Entry {
  static func main() {
    guard let launch = ReaderLaunch(quick: Array(CommandLine.arguments.dropFirst())) else {
      Byline.main()
      return
    }
    do {
      try launch.run()
    } catch {
      Byline.exit(withError: error)
    }
  }
}
