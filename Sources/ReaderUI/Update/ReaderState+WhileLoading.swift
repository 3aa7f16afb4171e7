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
extension ReaderState {
  /// Whether the article shown is still loading.
  public var isLoading: Bool { loading.articles[current] != nil }

  /// Notes what a load says (its progress, its ending once found) without acting on it:
  /// the loop does so before every key and wake-up, so that `apply` knows what the load knows.
  public mutating func note(_ news: LoadNews) {
    guard loading.articles[news.document] != nil else { return }
    loading.articles[news.document]?.progress = news.progress
    loading.articles[news.document]?.ending = news.ending
  }

  /// An action while the article shown loads: `true` when it is done with here (the
  /// ending shown, the beginning shown again, the action held), `false` when it is to
  /// act on the beginning as on any article.
  mutating func applyWhileLoading(_ action: Action, keyMap: KeyMap) -> Bool {
    if action == .toBottom && showEnding(keyMap: keyMap) { return true }
    if action == .toTop && loading.articles[current]?.shownEnding != nil {
      showBeginning(keyMap: keyMap)
      return true
    }
    if !Self.worksOnTheBeginning(action) {
      hold(action, keyMap: keyMap)
      return true
    }
    loading.heldAction = nil  // another key: the user has moved on
    // ... and from the place remembered from last time, if it was still to come.
    if Self.movesThePlace(action) { loading.articles[current]?.heldPlace = nil }
    return false
  }

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

  /// Holds an action until the article shown has loaded, and says so.
  mutating func hold(_ action: Action, keyMap: KeyMap) {
    loading.heldAction = action
    showLoadingProgress(force: true, keyMap: keyMap)
  }

  /// Puts (or refreshes) the loading notice on the bottom line, unless another message is
  /// showing; `force` puts it there anyway. A held `G` shows the ending once it is found.
  public mutating func showLoadingProgress(force: Bool = false, keyMap: KeyMap) {
    guard let load = loading.articles[current] else { return }
    if loading.heldAction == .toBottom && showEnding(keyMap: keyMap) { return }
    guard force || message == nil || message == loading.notice else { return }
    // In tens: the line changes (and the terminal is written to) only now and then.
    let tens = Int(load.progress * 10) * 10
    let about = tens > 0 ? " about \(tens)%" : ""
    let size = Self.megabytes(load.byteCount)
    let text =
      loading.heldAction != nil
      ? "Loading the whole article (\(size)) for that key…\(about) (another key cancels)"
      : load.shownEnding != nil
        ? "The end, while the whole article loads (\(size))…\(about)"
        : "Loading the whole article (\(size))…\(about)"
    let notice = Message(text)
    message = notice
    loading.notice = notice
  }

  /// Puts the whole article of document `index` in place of its beginning (or ending);
  /// the effect of the held action when it was waiting for this article.
  public mutating func finishLoading(
    document index: Int, with outcome: ArticleLoad.Outcome, keyMap: KeyMap
  ) -> Effect? {
    guard let load = loading.articles.removeValue(forKey: index) else { return nil }
    replaceArticle(of: index, with: outcome.article, shift: load.shownEnding?.start ?? 0)
    if let place = load.heldPlace { restore(place, document: index) }
    guard index == current else { return nil }
    if message == loading.notice { message = nil }
    loading.notice = nil
    if let warning = outcome.warning { message = Message(warning, isError: true) }
    guard let action = loading.heldAction else { return nil }
    loading.heldAction = nil
    return perform(action, keyMap: keyMap)
  }

  /// Shows the ending of the article being loaded, at its end; `false` when
  /// the ending is not known yet (the caller then holds the key).
  mutating func showEnding(keyMap: KeyMap) -> Bool {
    let index = current
    guard let load = loading.articles[index], let ending = load.ending else { return false }
    if load.shownEnding == nil {
      let beginning = documents[index]
      // Parsed here only when G comes before the load's thread has parsed it (32 kB at most).
      replaceArticle(
        of: index, with: ending.article ?? Article(parsing: ending.text), shift: -ending.sourceStart)
      loading.articles[index]?.shownEnding = LoadingArticle.ShownEnding(
        beginning: beginning, start: ending.sourceStart)
    }
    loading.heldAction = nil
    // Gone to the end: the place remembered from last time is given up.
    loading.articles[index]?.heldPlace = nil
    _ = perform(.toBottom, keyMap: keyMap)
    showLoadingProgress(force: true, keyMap: keyMap)
    return true
  }

  /// Back from the ending to the beginning, at its top.
  mutating func showBeginning(keyMap: KeyMap) {
    let index = current
    guard let shown = loading.articles[index]?.shownEnding else { return }
    loading.articles[index]?.shownEnding = nil
    replaceArticle(of: index, with: shown.beginning.article, shift: shown.start)
    _ = perform(.toTop, keyMap: keyMap)
    showLoadingProgress(force: true, keyMap: keyMap)
  }

  /// Opens document `index` at a remembered place when it is shown.
  ///
  /// A place past the beginning of an article still loading is kept until the whole has loaded.
  public mutating func restore(_ place: PositionStore.Place, document index: Int) {
    if loading.articles[index] != nil, documents.indices.contains(index),
      place.paragraph >= documents[index].article.paragraphs.count - 1
    {
      loading.articles[index]?.heldPlace = place
    } else if index == current {
      restore(place)
    } else if documents.indices.contains(index) {
      library.places[index] = ReadingPosition(paragraph: place.paragraph, offset: place.offset)
    }
  }

  /// Where the reader left each open article it has shown, by document index.
  public var placesByDocument: [Int: PositionStore.Place] {
    var places: [Int: PositionStore.Place] = [:]
    for (index, position) in library.places where documents.indices.contains(index) {
      places[index] = PositionStore.Place(paragraph: position.paragraph, offset: position.offset)
    }
    places[current] = place
    for (index, load) in loading.articles {
      // Showing an ending: its paragraphs are not the whole's; keep the place saved before.
      if load.shownEnding != nil { places[index] = nil }
      // Not reached yet: still where the reader was left last time.
      if let held = load.heldPlace { places[index] = held }
    }
    return places
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
