import ArticleModel
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints articles as plain text when standard output is not a terminal.
enum PlainOutput {
  /// Width for wrapping: `COLUMNS` when it is a sensible number, else 80.
  static var width: Int {
    if let value = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), value > 0, value <= 10_000 {
      return value
    }
    return 80
  }

  static func write(_ documents: [Document], theme: Theme? = nil) {
    let width = Self.width
    var first = true
    for document in documents {
      if !first { emit("\n") }
      first = false
      // Several articles: a header names each, as head(1) does.
      if documents.count > 1 { emit("==> " + document.name.printableLine + " <==\n\n") }
      // A dataset's record: its title first, as the reader shows it.
      if let title = document.metadata?.title { emit(title.printableLine + "\n\n") }
      // Written as it is made: a big article's text is never held whole.
      PlainTextRenderer.write(document.article, width: width, theme: theme, to: emit)
    }
  }

  private static func emit(_ text: String) {
    CommandOutput.write(text)
  }
}
