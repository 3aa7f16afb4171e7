extension ReaderState {
  /// The scopes of the key map that apply now, most specific last.
  public var keyScopes: [KeyMap.Scope] {
    if library.showsList { return [.anywhere, .list] }
    if effectiveFocus == .side {
      return sideTab == .speakers ? [.anywhere, .list, .speakers] : [.anywhere, .list]
    }
    return [.anywhere, .article]
  }

  /// What an event asks for, through the key map; `nil` when it asks for nothing.
  ///
  /// While a prompt is open every key goes to it. `.terminate` is the loop's
  /// business and gives `nil` here.
  public func action(for event: InputEvent, keyMap: KeyMap = .default) -> Action? {
    switch event {
    case .key(let key):
      if prompt != nil { return .promptKey(key) }
      return keyMap.action(for: key, in: keyScopes)
    case .mouse(let mouse): return .mouse(mouse)
    case .resize(let size): return .resize(size)
    case .resumed: return .redraw
    case .terminate: return nil
    }
  }
}
