extension Action {
  /// Every action a key can be bound to, with the name the config file uses for it.
  ///
  /// Actions that carry data (`search(_:backward:)`, `resize`, …) are sent by
  /// the loop, not bound to keys, and have no name. The order is the order
  /// `byline config --defaults` lists them in.
  public static let configNames: [(action: Action, name: String)] = [
    (.quit, "quit"),
    (.toggleHelp, "help"),
    (.cancel, "cancel"),
    (.redraw, "redraw"),
    (.lineDown, "line-down"),
    (.lineUp, "line-up"),
    (.pageDown, "page-down"),
    (.pageUp, "page-up"),
    (.halfPageDown, "half-page-down"),
    (.halfPageUp, "half-page-up"),
    (.toTop, "top"),
    (.toBottom, "bottom"),
    (.nextQuotation, "next-quotation"),
    (.previousQuotation, "previous-quotation"),
    (.nextPost, "next-post"),
    (.previousPost, "previous-post"),
    (.nextParagraph, "next-paragraph"),
    (.previousParagraph, "previous-paragraph"),
    (.startSearch(backward: false), "search-forward"),
    (.startSearch(backward: true), "search-backward"),
    (.searchNext, "search-next"),
    (.searchPrevious, "search-previous"),
    (.startFilter, "filter"),
    (.clearFilter, "clear-filter"),
    (.focusNextPane, "next-pane"),
    (.focusPreviousPane, "previous-pane"),
    (.toggleSidePane, "side-pane"),
    (.nextTab, "next-list"),
    (.previousTab, "previous-list"),
    (.openEntry, "open-entry"),
    (.toggleSpeaker, "toggle-speaker"),
    (.nextArticle, "next-article"),
    (.previousArticle, "previous-article"),
    (.toggleArticleList, "article-list"),
    (.openLink, "open-link"),
    (.copyLink, "copy-link"),
  ]

  /// The config file's name for the action, `nil` for actions that cannot be bound.
  public var configName: String? {
    Self.configNames.first { $0.action == self }?.name
  }

  /// The action a config file names, if any.
  public init?(configName name: String) {
    guard let entry = Self.configNames.first(where: { $0.name == name }) else { return nil }
    self = entry.action
  }
}

extension KeyMap.Scope {
  /// The scopes as the config file names them, broadest first.
  public static let configNames: [(scope: KeyMap.Scope, name: String)] = [
    (.anywhere, "anywhere"), (.article, "article"), (.list, "list"), (.speakers, "speakers"),
  ]

  public var configName: String {
    Self.configNames.first { $0.scope == self }?.name ?? "anywhere"
  }

  public init?(configName name: String) {
    guard let entry = Self.configNames.first(where: { $0.name == name }) else { return nil }
    self = entry.scope
  }
}
