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
  /// Articles still being parsed in the background, by document index.
  var loads: [Int: ArticleLoad] = [:]
  /// An action that needs the whole article shown, held until it has loaded.
  var heldAction: Action?
  /// The loading notice last put on the bottom line (replaced as the estimate moves on).
  var loadingMessage: Message?
  /// Articles still loading that show their ending (after `G`), with the
  /// beginning to go back to and the ending's start in the whole text, by document index.
  var endings: [Int: (beginning: Article, start: Int)] = [:]
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
  /// Remembered places beyond the beginning of an article still loading, by document index.
  var heldPlaces: [Int: PositionStore.Place] = [:]
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

  /// Runs until the user quits or input ends.
  /// - Returns: The process exit status (0 on `q` or end of input; 128+n after signal n).
  public func run() -> Int32 {
    let theme = self.theme ?? Theme(depth: backend.colorDepth)
    if state.size != backend.size { state.apply(.resize(backend.size)) }
    // Said in the first frame already, so that the first wake-ups change nothing on the screen.
    if !loads.isEmpty { showLoadingProgress(force: true) }
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
          showLoadingProgress()
          continue
        }
      }
      if case .terminate(let signal) = event { return 128 + signal }
      guard let action = state.action(for: event, keyMap: keyMap) else { continue }
      if loads[state.current] != nil {
        if action == .toBottom && showEnding() { continue }
        if action == .toTop && endings[state.current] != nil {
          showBeginning()
          continue
        }
        if !Self.worksOnTheBeginning(action) {
          hold(action)
          continue
        }
        heldAction = nil  // another key: the user has moved on
        // ... and from the place remembered from last time, if it was still to come.
        if Self.movesThePlace(action) { heldPlaces[state.current] = nil }
      }
      if let status = perform(action) { return status }
    }
  }

  /// Draws the frame G would show, unless the one drawn before still fits: moving
  /// about the article does not change where G leads, so most keys leave it as it is.
  /// Not while a prompt, the help or the article list takes the keys, nor while the
  /// article loads (G then shows the ending as it comes, see `showEnding`).
  func drawEndAhead(theme: Theme) {
    guard drawsEndAhead, state.prompt == nil, !state.showsHelp, !state.library.showsList,
      loads[state.current] == nil
    else {
      endFrame = nil
      return
    }
    let end = state.atEnd
    if endFrame?.state != end && !backend.hasPendingInput {
      let grid = endFrame.take()?.screen ?? aheadGrid.take()
      endFrame = ReadyFrame(drawing: end, theme: theme, keyMap: keyMap, reusing: grid)
    }
  }

  /// Applies an action and runs its effect; the exit status when it ends the session.
  func perform(_ action: Action) -> Int32? {
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
    return nil
  }
}
