import ReaderUI
import Testing

@Suite struct SettingsParserTests {
  let vocabulary = Settings.Vocabulary(
    actions: ["quit", "line-down", "next-tab"], scopes: ["anywhere", "article", "list", "speakers"],
    roles: ["speaker-1", "search"])

  func parse(_ text: String) -> (settings: Settings, errors: [String]) {
    let (settings, errors) = Settings.parse(
      text, file: "/home/u/.config/byline/config", vocabulary: vocabulary)
    return (settings, errors.map(\.description))
  }

  @Test func goodLinesSetOptionsBindingsAndColours() {
    let (settings, errors) = parse(
      """
      # my settings
        color = never\r
      remember-position=no
      side-pane = yes

      bind J line-down
      bind list l next-tab
      bind # quit
      bind ^Q none
      color speaker-1 bright-blue
      color search 208
      """)
    #expect(errors == [])
    #expect(settings.color == .never)
    #expect(settings.remembersPosition == false)
    #expect(settings.sidePane == true)
    #expect(
      settings.bindings == [
        .init(key: .character("J"), action: "line-down"),
        .init(scope: "list", key: .character("l"), action: "next-tab"),
        .init(key: .character("#"), action: "quit"),
        .init(key: .control("q"), action: nil),
      ])
    #expect(settings.colors == ["speaker-1": .palette(12), "search": .palette(208)])
  }

  @Test(arguments: [
    ("speed = 3", "unknown setting 'speed'; the settings are color, remember-position, side-pane"),
    ("color = sometimes", "color must be auto, always or never, not 'sometimes'"),
    ("remember-position = maybe", "remember-position must be yes or no, not 'maybe'"),
    ("side-pane = left", "side-pane must be auto, yes or no, not 'left'"),
    ("color =", "'color' needs a value after '='"),
    ("= yes", "a setting needs a name before '='"),
    ("bind j", "bind takes a key and an action: bind [SCOPE] KEY ACTION"),
    ("bind a b c d", "bind takes a key and an action: bind [SCOPE] KEY ACTION"),
    (
      "bind Hyper-x quit",
      "unknown key 'Hyper-x'; write keys as the help screen does: j, ^N, Space, PgDn, S-Tab, F1"
    ),
    ("bind j explode", "unknown action 'explode'; 'byline config --defaults' lists the actions"),
    ("bind popup j quit", "unknown scope 'popup'; the scopes are anywhere, article, list, speakers"),
    ("color speaker-1", "color takes a role and a colour: color ROLE COLOUR"),
    ("color title red", "unknown colour role 'title'; 'byline config --defaults' lists the roles"),
    (
      "color search 256",
      "unknown colour '256'; use default, a name such as red or bright-blue, or a number from 0 to 255"
    ),
    (
      "color search light-red",
      "unknown colour 'light-red'; use default, a name such as red or bright-blue, or a number from 0 to 255"
    ),
    (
      "quit on q",
      "cannot read this line; expected NAME = VALUE, bind KEY ACTION, color ROLE COLOUR or a # comment"
    ),
    (
      "bind \u{1B}[31m quit",
      "unknown key '␛[31m'; write keys as the help screen does: j, ^N, Space, PgDn, S-Tab, F1"
    ),
  ])
  func eachMistakeIsReportedWithFileAndLine(line: String, message: String) {
    let (settings, errors) = parse("# first line\n" + line + "\n")
    #expect(errors == ["/home/u/.config/byline/config:2: " + message])
    #expect(settings == Settings())
  }

  @Test func everyBadLineIsReportedAndTheGoodOnesStillCount() {
    let (settings, errors) = parse("color = never\nbogus\nbind j quit\nbind j\n")
    #expect(
      errors == [
        "/home/u/.config/byline/config:2: cannot read this line; expected NAME = VALUE, bind KEY ACTION, color ROLE COLOUR or a # comment",
        "/home/u/.config/byline/config:4: bind takes a key and an action: bind [SCOPE] KEY ACTION",
      ])
    #expect(settings.color == .never)
    #expect(settings.bindings == [.init(key: .character("j"), action: "quit")])
  }

  @Test func invalidUTF8IsReportedOnItsLine() {
    let bytes = Array("color = never\n".utf8) + [0x62, 0xFF, 0x0A] + Array("side-pane = no\n".utf8)
    let (settings, errors) = Settings.parse(bytes, file: "c", vocabulary: vocabulary)
    #expect(errors.map(\.description) == ["c:2: not valid UTF-8"])
    #expect(settings.sidePane == false)
  }

  @Test(arguments: [
    ("j", Key.character("j")), ("Space", .character(" ")), ("^N", .control("n")), ("C-n", .control("n")),
    ("ctrl-N", .control("n")), ("^", .character("^")), ("PgDn", .pageDown), ("pagedown", .pageDown),
    ("S-Tab", .backTab), ("F1", .function(1)), ("F12", .function(12)), ("Esc", .escape), ("Enter", .enter),
    ("é", .character("é")),
  ])
  func keyNamesAreRead(name: String, key: Key) {
    #expect(Key(configName: name) == key)
  }

  @Test(arguments: ["", "F0", "F99", "^1", "C-", "jj", "\u{7}"])
  func badKeyNamesAreRefused(name: String) {
    #expect(Key(configName: name) == nil)
  }

  @Test(arguments: [
    ("default", Color.default), ("red", .palette(1)), ("bright-white", .palette(15)), ("0", .palette(0)),
    ("255", .palette(255)), ("RED", .palette(1)),
  ])
  func colourNamesRoundTrip(name: String, color: Color) {
    #expect(Color(configName: name) == color)
    #expect(Color(configName: color.configName) == color)
  }

  @Test(
    arguments: [
      (["XDG_CONFIG_HOME": "/c", "HOME": "/h"], "/c/byline/config"),
      (["XDG_CONFIG_HOME": "", "HOME": "/h"], "/h/.config/byline/config"),
      ([:], nil),
    ] as [([String: String], String?)])
  func configFileFollowsTheXDGRules(environment: [String: String], expected: String?) {
    #expect(Settings.defaultPath(environment: environment) == expected)
  }
}
