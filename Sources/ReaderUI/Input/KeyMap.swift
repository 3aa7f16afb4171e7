/// Which keys do what: a table of bindings, the single source of the help screen and the footer.
///
/// Lookup takes the most specific scope first: the speakers list, then any
/// list, then the focused pane, then everywhere. Rebinding is editing the
/// table (`bindings` is plain data).
public struct KeyMap: Hashable, Sendable {
  /// Where a binding applies.
  public enum Scope: Int, Hashable, Sendable, Comparable {
    case anywhere, article, list, speakers

    public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// One key, what it does, and how the help screen describes it.
  public struct Binding: Hashable, Sendable {
    public var key: Key
    public var action: Action
    public var scope: Scope
    /// One line for the help screen.
    public var help: String
    /// The heading it is listed under.
    public var section: String
    /// A one-word label when the footer should show it.
    public var hint: String?

    public init(
      _ key: Key, _ action: Action, _ help: String, section: String, scope: Scope = .anywhere,
      hint: String? = nil
    ) {
      self.key = key
      self.action = action
      self.scope = scope
      self.help = help
      self.section = section
      self.hint = hint
    }
  }

  public var bindings: [Binding]

  public init(bindings: [Binding]) {
    self.bindings = bindings
  }

  /// The action for a key in the given scopes (most specific first), if any.
  public func action(for key: Key, in scopes: [Scope]) -> Action? {
    for scope in scopes.sorted(by: >) {
      if let binding = bindings.first(where: { $0.key == key && $0.scope == scope }) {
        return binding.action
      }
    }
    return nil
  }

  /// Bindings grouped for the help screen: per section, one line per (action, scope) with all its keys.
  public var helpLines: [(section: String, lines: [(keys: String, help: String)])] {
    var sections: [(section: String, lines: [(keys: String, help: String)])] = []
    // Where each (action, scope, help) is listed: its section and line.
    var seen: [String: (section: Int, line: Int)] = [:]
    for binding in bindings {
      let id = "\(binding.action)|\(binding.scope)|\(binding.help)"
      if let listed = seen[id] {
        sections[listed.section].lines[listed.line].keys += " " + binding.key.displayName
        continue
      }
      let section: Int
      if let known = sections.firstIndex(where: { $0.section == binding.section }) {
        section = known
      } else {
        sections.append((binding.section, []))
        section = sections.count - 1
      }
      sections[section].lines.append((binding.key.displayName, binding.help))
      seen[id] = (section, sections[section].lines.count - 1)
    }
    return sections
  }

  /// The footer's hints, in table order: each hint label once, with the keys of every binding that carries it.
  ///
  /// `j` and `k` both labelled "scroll" give `("j/k", "scroll")`.
  public var hints: [(keys: String, label: String)] {
    var result: [(keys: String, label: String)] = []
    for binding in bindings {
      guard let hint = binding.hint else { continue }
      if let shown = result.firstIndex(where: { $0.label == hint }) {
        result[shown].keys += "/" + binding.key.displayName
      } else {
        result.append((binding.key.displayName, hint))
      }
    }
    return result
  }
}

extension KeyMap {
  /// The bindings users of less, tig and neomutt expect.
  ///
  /// `?` searches backward as in less, so help is `h` or F1. Quotations are
  /// `]`/`[`, paragraphs `}`/`{` (vim's paragraph motions), posts `p`/`P`.
  /// The filter prompt is `f` (and `&`, less's "show only matching");
  /// `F` clears it. `s` shows or hides the side pane.
  public static let `default` = KeyMap(bindings: [
    .init(.character("q"), .quit, "quit (in the help: close it)", section: "General", hint: "quit"),
    .init(.character("Q"), .quit, "quit", section: "General"),
    .init(.control("c"), .quit, "quit", section: "General"),
    .init(.character("h"), .toggleHelp, "show or hide this help", section: "General", hint: "help"),
    .init(.function(1), .toggleHelp, "show or hide this help", section: "General"),
    .init(
      .escape, .cancel, "close help or prompt, else clear search, then filter", section: "General"),
    .init(.control("l"), .redraw, "redraw the screen", section: "General"),

    .init(.character("j"), .lineDown, "down one line (list: next entry)", section: "Moving"),
    .init(.down, .lineDown, "down one line (list: next entry)", section: "Moving"),
    .init(.control("n"), .lineDown, "down one line (list: next entry)", section: "Moving"),
    .init(.control("e"), .lineDown, "down one line (list: next entry)", section: "Moving"),
    .init(.enter, .lineDown, "down one line", section: "Moving", scope: .article),
    .init(.character("k"), .lineUp, "up one line (list: previous entry)", section: "Moving"),
    .init(.up, .lineUp, "up one line (list: previous entry)", section: "Moving"),
    .init(.control("p"), .lineUp, "up one line (list: previous entry)", section: "Moving"),
    .init(.control("y"), .lineUp, "up one line (list: previous entry)", section: "Moving"),
    .init(.character(" "), .pageDown, "down one page", section: "Moving"),
    .init(.pageDown, .pageDown, "down one page", section: "Moving"),
    .init(.control("f"), .pageDown, "down one page", section: "Moving"),
    .init(.character("b"), .pageUp, "up one page", section: "Moving"),
    .init(.pageUp, .pageUp, "up one page", section: "Moving"),
    .init(.control("b"), .pageUp, "up one page", section: "Moving"),
    .init(.character("d"), .halfPageDown, "down half a page", section: "Moving"),
    .init(.control("d"), .halfPageDown, "down half a page", section: "Moving"),
    .init(.character("u"), .halfPageUp, "up half a page", section: "Moving"),
    .init(.control("u"), .halfPageUp, "up half a page", section: "Moving"),
    .init(.character("g"), .toTop, "go to the top", section: "Moving"),
    .init(.home, .toTop, "go to the top", section: "Moving"),
    .init(.character("<"), .toTop, "go to the top", section: "Moving"),
    .init(.character("G"), .toBottom, "go to the end", section: "Moving"),
    .init(.end, .toBottom, "go to the end", section: "Moving"),
    .init(.character(">"), .toBottom, "go to the end", section: "Moving"),

    .init(.character("]"), .nextQuotation, "next quotation", section: "Jumping", hint: "quote"),
    .init(.character("["), .previousQuotation, "previous quotation", section: "Jumping", hint: "quote"),
    .init(.character("p"), .nextPost, "next post", section: "Jumping", hint: "post"),
    .init(.character("P"), .previousPost, "previous post", section: "Jumping", hint: "post"),
    .init(.character("}"), .nextParagraph, "next paragraph", section: "Jumping"),
    .init(.character("{"), .previousParagraph, "previous paragraph", section: "Jumping"),

    .init(
      .character("/"), .startSearch(backward: false), "search forward (smartcase)",
      section: "Search and filter", hint: "search"),
    .init(.character("?"), .startSearch(backward: true), "search backward", section: "Search and filter"),
    .init(.character("n"), .searchNext, "next match, same direction", section: "Search and filter"),
    .init(.character("N"), .searchPrevious, "next match, other direction", section: "Search and filter"),
    .init(
      .character("f"), .startFilter, "filter by speaker: type part of a name", section: "Search and filter",
      hint: "filter"),
    .init(
      .character("&"), .startFilter, "filter by speaker: type part of a name", section: "Search and filter"),
    .init(.character("F"), .clearFilter, "clear the speaker filter", section: "Search and filter"),

    .init(.character("J"), .nextArticle, "next open article", section: "Articles"),
    .init(.character("K"), .previousArticle, "previous open article", section: "Articles"),
    .init(
      .character("A"), .toggleArticleList, "list the open articles (Enter opens one)", section: "Articles"),
    .init(.character("o"), .openLink, "open the post's link ($BROWSER or xdg-open)", section: "Articles"),
    .init(.character("y"), .copyLink, "copy the post's link to the clipboard (OSC 52)", section: "Articles"),

    .init(
      .tab, .focusNextPane, "move focus between the article and the side pane", section: "Panes and lists",
      hint: "pane"),
    .init(
      .backTab, .focusPreviousPane, "move focus between the article and the side pane",
      section: "Panes and lists"),
    .init(
      .character("s"), .toggleSidePane, "show or hide the side pane", section: "Panes and lists", hint: "side"
    ),
    .init(.right, .nextTab, "next list", section: "Panes and lists", scope: .list),
    .init(.left, .previousTab, "previous list", section: "Panes and lists", scope: .list),
    .init(.enter, .openEntry, "show the entry in the article", section: "Panes and lists", scope: .list),
    .init(
      .character(" "), .toggleSpeaker, "add or remove the speaker from the filter",
      section: "Panes and lists", scope: .speakers),
    .init(
      .enter, .toggleSpeaker, "add or remove the speaker from the filter", section: "Panes and lists",
      scope: .speakers),
  ])
}

extension Key {
  /// How the help screen and the footer write the key.
  public var displayName: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "^" + String(letter).uppercased()
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .insert: return "Ins"
    case .function(let number): return "F\(number)"
    }
  }
}
