import CMalloc

/// Where the program starts: the reader at once for a plain `byline [FILE...]`,
/// ArgumentParser for every other command line (help, version, subcommands,
/// completions, mistakes).
@main
enum Entry {
  static func main() {
    keepBigBlocksApart()
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

  /// Blocks of 128 kB and more (a big article's lists) are mapped on their own and
  /// given back to the system when freed. glibc would otherwise raise that limit
  /// each time such a block is freed, serve the next ones from the heap, and keep
  /// the heap's holes: a parse's short-lived lists then stay in the process's
  /// memory (on a 20 MB article the peak went from 76 to 79 MB).
  private static func keepBigBlocksApart() {
    _ = byline_map_big_blocks(128 * 1024)
  }
}
