import ArticleModel

/// Big articles open with their beginning while the whole loads (`ArticleLoad`).
///
/// Keys that only need the text on screen and around it act at once on the
/// beginning: scrolling, paragraph moves, the top, help, links, switching
/// articles, quitting. Keys that need the whole article (the end, quotation
/// and post jumps, search, the filter, the side lists, the article list) are
/// held, as `less` holds `G` while it reads to the end: the bottom line says
/// the article is loading, with an estimate of how far, and the held key acts
/// as soon as the whole article is in. Any other key pressed meanwhile
/// cancels the held one (the user has moved on); `q` always quits at once.
///
/// `G` need not wait, though: the load finds the last stretch of the text
/// (from a paragraph break some 32 kB before the end) first thing, and `G`
/// shows it, parsed there and then, until the whole is in; `g` goes back to
/// the beginning. Only if the ending is not found yet does `G` wait.
extension ReaderSession {
  /// Whether an action can act on the beginning of an article still loading.
  static func worksOnTheBeginning(_ action: Action) -> Bool {
    switch action {
    case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .toTop,
      .nextParagraph, .previousParagraph, .toggleSidePane, .toggleHelp, .cancel, .quit, .redraw,
      .nextArticle, .previousArticle, .openLink, .copyLink, .resize, .mouse, .promptKey:
      return true
    default:
      return false
    }
  }

  /// Whether the action moves the reader in the article: a place remembered from last
  /// time, held until the whole article has loaded, is then given up.
  static func movesThePlace(_ action: Action) -> Bool {
    switch action {
    case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .toTop, .toBottom,
      .nextParagraph, .previousParagraph:
      return true
    default:
      return false
    }
  }

  /// Whether the article shown is still loading.
  public var isLoading: Bool { loads[state.current] != nil }

  /// Holds an action until the article shown has loaded, and says so.
  func hold(_ action: Action) {
    heldAction = action
    showLoadingProgress(force: true)
  }

  /// Puts (or refreshes) the loading notice on the bottom line, unless
  /// another message is showing; `force` puts it there anyway.
  func showLoadingProgress(force: Bool = false) {
    loads.values.first?.wake.drain()
    guard let load = loads[state.current] else { return }
    if heldAction == .toBottom && showEnding() { return }
    guard force || state.message == nil || state.message == loadingMessage else { return }
    // In tens: the line changes (and the terminal is written to) only now and then.
    let tens = Int(load.progress * 10) * 10
    let about = tens > 0 ? " about \(tens)%" : ""
    let size = Self.megabytes(load.byteCount)
    let text =
      heldAction != nil
      ? "Loading the whole article (\(size)) for that key…\(about) (another key cancels)"
      : endings[state.current] != nil
        ? "The end, while the whole article loads (\(size))…\(about)"
        : "Loading the whole article (\(size))…\(about)"
    let message = Message(text)
    state.message = message
    loadingMessage = message
  }

  /// Swaps in every article whose background parse is done; the exit status
  /// when a held action ends the session.
  func takeLoadedArticles() -> Int32? {
    loads.values.first?.wake.drain()
    for (index, load) in loads.sorted(by: { $0.key < $1.key }) {
      guard let outcome = load.outcome else { continue }
      loads[index] = nil
      let shift = endings.removeValue(forKey: index)?.start ?? 0
      state.replaceArticle(of: index, with: outcome.article, shift: shift)
      if let place = heldPlaces.removeValue(forKey: index) { restore(place, document: index) }
      if let warning = outcome.warning { warnings.append(warning) }
      guard index == state.current else { continue }
      if state.message == loadingMessage { state.message = nil }
      loadingMessage = nil
      if let warning = outcome.warning { state.message = Message(warning, isError: true) }
      if let action = heldAction {
        heldAction = nil
        if let status = perform(action) { return status }
      }
    }
    return nil
  }

  /// Shows the ending of the article being loaded, at its end; `false` when
  /// the ending is not known yet (the caller then holds the key).
  func showEnding() -> Bool {
    let index = state.current
    guard let load = loads[index], let ending = load.endingText else { return false }
    if endings[index] == nil {
      let beginning = state.documents[index].article
      state.replaceArticle(
        of: index, with: ending.article ?? Article(parsing: ending.text), shift: -ending.sourceStart)
      endings[index] = (beginning, ending.sourceStart)
    }
    heldAction = nil
    // Gone to the end: the place remembered from last time is given up.
    heldPlaces[index] = nil
    _ = perform(.toBottom)
    showLoadingProgress(force: true)
    return true
  }

  /// Back from the ending to the beginning, at its top.
  func showBeginning() {
    let index = state.current
    guard let shown = endings.removeValue(forKey: index) else { return }
    state.replaceArticle(of: index, with: shown.beginning, shift: shown.start)
    _ = perform(.toTop)
    showLoadingProgress(force: true)
  }

  /// "20.0 MB", "512 kB".
  static func megabytes(_ bytes: Int) -> String {
    if bytes >= 1_000_000 {
      let tenths = (bytes + 50_000) / 100_000
      return "\(tenths / 10).\(tenths % 10) MB"
    }
    return "\((bytes + 500) / 1000) kB"
  }
}
