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
/// The loop is the only place with side effects, in the bubbletea way:
/// render the state, hand the screen to the backend (which sends only the
/// changed cells), wait for an event, turn it into an action through the key
/// map, apply it, and run the effect it hands back.
public final class ReaderSession {
  public let documents: [Document]
  public let backend: any TerminalBackend
  public let keyMap: KeyMap
  /// The state after the last event (for tests and for callers that want to look).
  public internal(set) var state: ReaderState
  /// The styles to draw with; `nil`: the default theme at the backend's colour depth.
  public var theme: Theme?
  /// How links are opened (`$BROWSER`, `xdg-open`); tests give their own environment.
  public var linkOpener = LinkOpener.current

  public init(documents: [Document], backend: any TerminalBackend, keyMap: KeyMap = .default) {
    self.documents = documents
    self.backend = backend
    self.keyMap = keyMap
    self.state = ReaderState(documents: documents, size: backend.size)
  }

  /// Runs until the user quits or input ends.
  /// - Returns: The process exit status (0 on `q` or end of input; 128+n after signal n).
  public func run() -> Int32 {
    let theme = self.theme ?? Theme(depth: backend.colorDepth)
    if state.size != backend.size { state.apply(.resize(backend.size)) }
    while true {
      backend.present(ReaderView.render(state, theme: theme, keyMap: keyMap))
      guard let event = backend.nextEvent() else { return 0 }
      if case .terminate(let signal) = event { return 128 + signal }
      guard let action = state.action(for: event, keyMap: keyMap) else { continue }
      switch state.apply(action) {
      case .quit(let status)?:
        return status
      case .redraw?:
        // ^L, or back from ^Z (the backend stops and resumes itself on SIGTSTP).
        backend.invalidate()
      case .openLink(let address)?:
        state.message = linkOpener.open(address, backend: backend)
      case .copyToClipboard(let text)?:
        state.message =
          backend.copyToClipboard(text)
          ? Message("Sent \(text) to the terminal's clipboard (OSC 52; the terminal must allow it)")
          : Message("This terminal cannot be asked to copy", isError: true)
      case nil:
        break
      }
    }
  }
}
