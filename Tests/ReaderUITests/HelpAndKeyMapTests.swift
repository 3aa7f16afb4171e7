import ArticleModel
import ReaderUI
import TestSupport
import Testing

@Suite struct HelpAndKeyMapTests {
  func state(_ width: Int = 80, _ height: Int = 40) -> ReaderState {
    ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: width, height: height))
  }

  /// Every line of the help, scrolled through to the end.
  func helpText(_ reader: inout ReaderState) -> String {
    var seen: [String] = []
    for _ in 0..<20 {
      seen += render(reader).lines
      reader.press(.pageDown)
    }
    return seen.joined(separator: "\n")
  }

  @Test func helpListsEveryBindingOfTheKeyMap() {
    var reader = state(80, 16)
    reader.type("h")
    #expect(reader.showsHelp)
    let text = helpText(&reader)
    for binding in KeyMap.default.bindings {
      #expect(text.contains(binding.help), "missing: \(binding.help)")
      #expect(text.contains(binding.key.displayName), "missing key: \(binding.key.displayName)")
    }
  }

  @Test func helpShowsKeysBesideWhatTheyDo() {
    var reader = state()
    reader.press(.function(1))
    let lines = render(reader).lines
    #expect(lines.contains { $0.contains(" ] ") && $0.contains("next quotation") })
    #expect(lines.contains { $0.contains("j Down ^N") && $0.contains("down one line") })
  }

  @Test func qClosesTheHelpInsteadOfQuitting() {
    var reader = state()
    reader.type("h")
    #expect(reader.type("q") == nil)
    #expect(!reader.showsHelp)
    #expect(reader.type("q") == .quit(status: 0))
  }

  @Test func otherKeysWaitWhileTheHelpIsShown() {
    var reader = state()
    reader.type("h]")
    #expect(reader.currentQuotation == nil)
    reader.press(.escape)
    #expect(!reader.showsHelp)
  }

  @Test func theFooterIsDrawnFromTheKeyMap() {
    let reader = state(100, 20)
    #expect(reader.footerLine == "q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side")
    var keys = KeyMap.default
    keys.bindings.removeAll { $0.hint == "side" }
    keys.bindings.append(.init(.character("x"), .quit, "leave", section: "General", hint: "leave"))
    let screen = ReaderView.render(reader, theme: Theme(depth: .none), keyMap: keys)
    #expect(screen.lines[19] == "q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  x leave")
  }

  @Test func aRemappedKeyActsAndTheOldOneDoesNot() {
    let reader = state()
    var keys = KeyMap.default
    keys.bindings.removeAll { $0.action == .nextQuotation }
    keys.bindings.append(
      .init(.character("n"), .nextQuotation, "next quotation", section: "Jumping", scope: .article))
    #expect(reader.action(for: .key(.character("n")), keyMap: keys) == .nextQuotation)
    #expect(reader.action(for: .key(.character("]")), keyMap: keys) == nil)
  }

  /// The help lists the user's keys, so it is as long as their map makes it: a key of
  /// their own scrolls it to its last line, which the default map's length would cut off.
  @Test func aRemappedKeyScrollsTheHelpToItsEnd() {
    var reader = state(80, 16)
    var keys = KeyMap.default
    keys.bindings.append(.init(.character("x"), .lineDown, "down, the user's way", section: "Mine"))
    keys.bindings.append(.init(.character("z"), .lineUp, "up, the user's way", section: "Mine"))
    reader.send(InputEvent.keys("h"), keyMap: keys)
    reader.send(InputEvent.keys(String(repeating: "x", count: 200)), keyMap: keys)
    let deepest = HelpView.maximumScroll(size: reader.size, keyMap: keys)
    #expect(deepest > HelpView.maximumScroll(size: reader.size, keyMap: .default))
    #expect(reader.helpScroll == deepest)
    let screen = ReaderView.render(reader, theme: Theme(depth: .none), keyMap: keys)
    #expect(screen.lines.contains { $0.contains("up, the user's way") })
    reader.send(InputEvent.keys("z"), keyMap: keys)
    #expect(reader.helpScroll == deepest - 1)
  }

  @Test func noKeyIsBoundTwiceInOneScope() {
    var seen = Set<String>()
    for binding in KeyMap.default.bindings {
      let id = "\(binding.key)|\(binding.scope)"
      #expect(!seen.contains(id), "\(binding.key) bound twice")
      seen.insert(id)
    }
  }

  @Test func aSessionCanBeDrivenWithTheNewKeyMap() {
    var keys = KeyMap.default
    keys.bindings.append(.init(.character("x"), .quit, "leave", section: "General"))
    let backend = RecordingBackend(size: Size(width: 60, height: 20), events: InputEvent.keys("jx"))
    let session = ReaderSession(
      documents: [Document(name: "s", article: SampleArticles.summit())], backend: backend, keyMap: keys)
    #expect(session.run() == 0)
    #expect(backend.screens.count == 2)
  }
}
