import ArticleModel
import Corpus

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ReaderLaunch {
  /// What the reader opens, in order: text to load, or a dataset's record.
  enum LaunchItem {
    /// A text source; `head` is what was already read of standard input to tell it from JSON Lines.
    case text(ArticleLoader.Source, head: [UInt8]?)
    case record(ArticleRecord)
  }

  /// Every article the command line names. Records that cannot be read are
  /// reported on standard error and left out (`skipped` is then set); a
  /// dataset that cannot be read at all is reported as an unreadable file is
  /// (`unreadable` is then set) and the rest is read on.
  func launchItems(skipped: inout Bool, unreadable: inout Bool) -> [LaunchItem] {
    if files.isEmpty {
      return [.text(isatty(STDIN_FILENO) == 1 ? .sample : .standardInput, head: nil)]
    }
    var items: [LaunchItem] = []
    for path in CorpusFiles.expand(files) {
      if path == "-", isatty(STDIN_FILENO) == 1 {
        items.append(.text(.standardInput, head: nil))  // the loader explains
        continue
      }
      switch CorpusInput.open(path, settings: corpus) {
      case .text(let path): items.append(.text(.file(path), head: nil))
      case .standardInputText(let head): items.append(.text(.standardInput, head: head))
      case .failed(let failure):
        Diagnostics.error(failure.description)
        unreadable = true
      case .records(var reader):
        while let event = reader.next() {
          switch event {
          case .record(let record): items.append(.record(record))
          case .skipped(let problem):
            Diagnostics.error(problem.description + "; skipped")
            skipped = true
          case .failed(let failure):
            Diagnostics.error(failure.description)
            unreadable = true
          }
        }
      }
    }
    return items
  }
}
