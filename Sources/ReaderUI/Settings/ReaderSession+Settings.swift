extension ReaderSession {
  /// Applies the config file's choices that live in the session: side pane and colours.
  ///
  /// Key bindings are given to `init(documents:backend:keyMap:)` instead
  /// (`KeyMap.default.applying(settings)`). `color = never` draws without
  /// colour; `auto` and `always` use what the backend offers.
  public func use(_ settings: Settings) {
    if let side = settings.sidePane { state.sidePaneChoice = side }
    theme = Theme(depth: settings.color == .never ? .none : backend.colorDepth).applying(settings)
  }

  /// Where the reader is in the article shown, as the position store keeps it.
  public var place: PositionStore.Place { state.place }

  /// Opens the article shown at a remembered place (before `run()`).
  public func restore(_ place: PositionStore.Place) {
    state.restore(place)
  }

  /// Opens document `index` at a remembered place when it is shown (before `run()`).
  ///
  /// A place past the beginning of an article still loading is kept until the whole has loaded.
  public func restore(_ place: PositionStore.Place, document index: Int) {
    state.restore(place, document: index)
  }

  /// Where the reader left each open article it has shown, by document index.
  public var placesByDocument: [Int: PositionStore.Place] { state.placesByDocument }
}

extension ReaderState {
  /// Where the reader is, as the position store keeps it.
  public var place: PositionStore.Place {
    PositionStore.Place(paragraph: position.paragraph, offset: position.offset)
  }

  /// Puts the top of the article pane at a remembered place, kept inside the article.
  ///
  /// A paragraph that no longer exists leaves the position alone.
  public mutating func restore(_ place: PositionStore.Place) {
    guard article.paragraphs.indices.contains(place.paragraph) else { return }
    position = articleLayout.clampedTop(
      ReadingPosition(paragraph: place.paragraph, offset: place.offset), height: pageHeight)
  }
}
