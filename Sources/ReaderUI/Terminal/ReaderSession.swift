import ArticleModel

/// An article opened in the reader, with the name to show for it.
public struct Document: Sendable {
  public var name: String
  public var article: Article
  public init(name: String, article: Article) {
    self.name = name
    self.article = article
  }
}

/// Runs the reader on a backend: draws, reads events, applies actions, until quit.
///
/// (Placeholder loop: shows the first paragraphs, `q` quits.)
public final class ReaderSession {
  public let documents: [Document]
  public let backend: any TerminalBackend

  public init(documents: [Document], backend: any TerminalBackend) {
    self.documents = documents
    self.backend = backend
  }

  /// Runs until the user quits or input ends.
  /// - Returns: The process exit status (0 on `q`; 128+n after signal n).
  public func run() -> Int32 {
    while true {
      var screen = Screen(size: backend.size)
      var y = 0
      for paragraph in documents.first?.article.paragraphs ?? [] where y < screen.size.height {
        screen.put(paragraph.text, x: 0, y: y)
        y += 2
      }
      backend.present(screen)
      switch backend.nextEvent() {
      case nil: return 0
      case .key(.character("q")): return 0
      case .terminate(let signal): return 128 + signal
      default: continue
      }
    }
  }
}
