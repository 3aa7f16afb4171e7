import ReaderUI
import Testing

@Suite struct SettingsDefaultsTests {
  @Test func theDefaultTextParsesWithoutErrors() {
    let (_, errors) = Settings.parse(Settings.defaultText(), file: "defaults")
    #expect(errors == [])
  }

  @Test func theDefaultTextGivesBackTheDefaultKeyMap() {
    let (settings, _) = Settings.parse(Settings.defaultText(), file: "defaults")
    #expect(settings == settingsWithBindingsOnly(settings))
    let rebuilt = KeyMap(bindings: []).applying(settings)
    let keys = { (map: KeyMap) in map.bindings.map { "\($0.scope) \($0.key) \($0.action)" } }
    #expect(keys(rebuilt) == keys(KeyMap.default))
    #expect(KeyMap.default.applying(settings).bindings.map(\.help) == KeyMap.default.bindings.map(\.help))
  }

  /// The options of a parsed default file are the defaults.
  func settingsWithBindingsOnly(_ parsed: Settings) -> Settings {
    var settings = Settings()
    settings.bindings = parsed.bindings
    settings.colors = parsed.colors
    return settings
  }

  @Test func theDefaultColoursChangeNothing() {
    let (settings, _) = Settings.parse(Settings.defaultText(), file: "defaults")
    for depth in [ColorDepth.none, .eight, .many] {
      let theme = Theme(depth: depth)
      let applied = theme.applying(settings)
      #expect(applied == theme)
    }
  }

  @Test func everyBoundActionHasAConfigName() {
    for binding in KeyMap.default.bindings {
      let name = binding.action.configName
      #expect(name != nil, "\(binding.action) has no config name")
      #expect(name.flatMap(Action.init(configName:)) == binding.action)
    }
  }

  @Test func everyKeyNameOfTheHelpScreenReadsBack() {
    for binding in KeyMap.default.bindings {
      #expect(Key(configName: binding.key.displayName) == binding.key, "\(binding.key.displayName)")
    }
  }

  @Test func theDefaultTextStatesOptionsAndBindingsReadably() {
    let text = Settings.defaultText()
    #expect(text.contains("\ncolor = auto\n"))
    #expect(text.contains("\nremember-position = yes\n"))
    #expect(text.contains("\n## General\n# quit (in the help: close it)\nbind q quit\n"))
    #expect(text.contains("\nbind list Right next-list\n"))
    #expect(text.contains("\nbind speakers Space toggle-speaker\n"))
    #expect(text.contains("\ncolor speaker-1 33\n"))
  }

  @Test func bindingReplacesTheKeyInTheActionsScope() {
    let (settings, errors) = Settings.parse(
      "bind q none\nbind x quit\nbind l next-list\nbind speakers x help\n", file: "c")
    #expect(errors == [])
    let map = KeyMap.default.applying(settings)
    #expect(map.action(for: .character("q"), in: [.anywhere, .article]) == nil)
    #expect(map.action(for: .character("x"), in: [.anywhere, .article]) == .quit)
    #expect(map.action(for: .character("l"), in: [.anywhere, .list]) == .nextTab)
    #expect(map.action(for: .character("l"), in: [.anywhere, .article]) == nil)
    #expect(map.action(for: .character("x"), in: [.anywhere, .list, .speakers]) == .toggleHelp)
    #expect(map.bindings.last?.help == "show or hide this help")
    #expect(map.hints.contains { $0.label == "quit" && $0.keys.contains("x") })
  }

  @Test func aSpeakerColourOverridesThePalette() {
    let (settings, _) = Settings.parse("color speaker-2 bright-red\n", file: "c")
    let theme = Theme(depth: .many).applying(settings)
    #expect(theme.color(ofSpeaker: 1) == .palette(9))
    #expect(theme.color(ofSpeaker: 13) == .palette(9))
    #expect(theme.color(ofSpeaker: 0) == Theme(depth: .many).color(ofSpeaker: 0))
    #expect(Theme(depth: .none).applying(settings).color(ofSpeaker: 1) == nil)
  }
}
