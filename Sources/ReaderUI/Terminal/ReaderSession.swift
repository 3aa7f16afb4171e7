import ArticleModel

/// An article opened in the reader, with the name to show for it.
///
/// A big article may come as its beginning only, with `loading` parsing the
/// whole of it in the background; the reader swaps the whole in when it is ready.
public struct Document: Sendable {
  public var name: String
  public var article: Article
  public var loading: ArticleLoad?
  /// What a dataset says about the article (title, source, date, author, url); `nil` for a text file.
  public var metadata: ArticleMetadata?
  public init(name: String, article: Article, loading: ArticleLoad? = nil, metadata: ArticleMetadata? = nil) {
    self.name = name
    self.article = article
    self.loading = loading
    self.metadata = metadata
  }
}

/// Runs the reader on a backend: draws, reads events, applies actions, until quit.
///
/// The loop is the only place with side effects, in the bubbletea way:
/// render the state, hand the screen to the backend (which sends only the
/// changed cells), wait for an event, turn it into an action through the key
/// map, apply it, and run the effect it hands back. What a key does is the
/// state's to decide (`ReaderState.apply`), also while an article loads: the
/// loop only tells the state what the loads say.
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
  /// Articles still being parsed in the background, by document index.
  var loads: [Int: ArticleLoad] = [:]
  /// The frame going to the end (G) would show from the state now, drawn while the
  /// reader waited for a key; shown as it is when G gives the state it was drawn for.
  var endFrame: ReadyFrame?
  /// A grid for the next frame drawn ahead: the backend's spare one, taken when a frame
  /// drawn ahead is shown (else the backend would free it then, as G is pressed).
  var aheadGrid: Screen?
  /// Whether the end is drawn ahead (tests compare the frames shown with and without).
  public var drawsEndAhead = true
  /// How many frames were shown as drawn ahead.
  public internal(set) var readyFramesShown = 0
  /// Warnings that came with articles loaded in the background (damaged
  /// UTF-8 found past the beginning…), for the caller to print once the
  /// terminal is restored; each was also shown on the bottom line.
  public internal(set) var warnings: [String] = []

  public init(documents: [Document], backend: any TerminalBackend, keyMap: KeyMap = .default) {
    self.documents = documents
    self.backend = backend
    self.keyMap = keyMap
    self.state = ReaderState(documents: documents, size: backend.size)
    for (index, document) in documents.enumerated() {
      if let loading = document.loading { loads[index] = loading }
    }
  }

  /// Whether the article shown is still loading.
  public var isLoading: Bool { state.isLoading }

  /// Runs until the user quits or input ends.
  /// - Returns: The process exit status (0 on `q` or end of input; 128+n after signal n).
  public func run() -> Int32 {
    let theme = self.theme ?? Theme(depth: backend.colorDepth)
    if state.size != backend.size { state.apply(.resize(backend.size), keyMap: keyMap) }
    // Said in the first frame already, so that the first wake-ups change nothing on the screen.
    if !loads.isEmpty {
      noteLoads()
      state.showLoadingProgress(force: true, keyMap: keyMap)
    }
    while true {
      if !loads.isEmpty, let status = takeLoadedArticles() { return status }
      if let ready = endFrame, ready.state == state {
        aheadGrid = backend.takeSpareScreen()
        endFrame = nil  // its grid goes to the backend (drawing into it here would copy it)
        backend.present(ready.screen)
        readyFramesShown += 1
      } else {
        backend.present(
          ReaderView.render(state, theme: theme, keyMap: keyMap, reusing: backend.takeSpareScreen()))
      }
      // The first frame is out: now the whole articles may take the processor.
      for load in loads.values { load.start() }
      // Nothing to do until a key comes: get the next page ready for it, then the end.
      if !backend.hasPendingInput {
        state.layOutNextPage()
        drawEndAhead(theme: theme)
      }
      let event: InputEvent
      if loads.isEmpty {
        guard let next = backend.nextEvent() else { return 0 }
        event = next
      } else {
        // Loading: wake when an article is ready, and now and then for the progress shown.
        switch backend.nextEvent(wakingOn: loads.values.first?.wake.descriptor, timeout: 250) {
        case .event(let next): event = next
        case .ended: return 0
        case .woken:
          noteLoads()
          state.showLoadingProgress(keyMap: keyMap)
          continue
        }
      }
      if case .terminate(let signal) = event { return 128 + signal }
      guard let action = state.action(for: event, keyMap: keyMap) else { continue }
      if !loads.isEmpty { noteLoads() }
      if let status = run(state.apply(action, keyMap: keyMap)) { return status }
    }
  }

  /// Draws the frame G would show, unless the one drawn before still fits: moving
  /// about the article does not change where G leads, so most keys leave it as it is.
  /// Not while a prompt, the help or the article list takes the keys, nor while the
  /// article loads (G then shows the ending as it comes).
  func drawEndAhead(theme: Theme) {
    guard drawsEndAhead, state.prompt == nil, !state.showsHelp, !state.library.showsList,
      !state.isLoading
    else {
      endFrame = nil
      return
    }
    let end = state.atEnd(keyMap: keyMap)
    if endFrame?.state != end && !backend.hasPendingInput {
      let grid = endFrame.take()?.screen ?? aheadGrid.take()
      endFrame = ReadyFrame(drawing: end, theme: theme, keyMap: keyMap, reusing: grid)
    }
  }

  /// Tells the state what each load says now (progress, the ending once found), and
  /// empties the wake pipe so that the next wait waits again.
  func noteLoads() {
    loads.values.first?.wake.drain()
    for (index, load) in loads {
      state.note(LoadNews(document: index, progress: load.progress, ending: load.endingText))
    }
  }

  /// Swaps in every article whose background parse is done; the exit status
  /// when a held action ends the session.
  func takeLoadedArticles() -> Int32? {
    noteLoads()
    for (index, load) in loads.sorted(by: { $0.key < $1.key }) {
      guard let outcome = load.outcome else { continue }
      loads[index] = nil
      if let warning = outcome.warning { warnings.append(warning) }
      if let status = run(state.finishLoading(document: index, with: outcome, keyMap: keyMap)) {
        return status
      }
    }
    return nil
  }

  /// Runs an effect `apply` handed back; the exit status when it ends the session.
  func run(_ effect: Effect?) -> Int32? {
    switch effect {
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
    return nil
  }
}
