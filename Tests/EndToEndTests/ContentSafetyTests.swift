import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile article content never reaches the terminal as a control: the raw
/// bytes byline writes to a pseudo-terminal (recorded by tmux) hold only the
/// kinds of escape sequences a curses renderer writes.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ContentSafetyTests {
  /// Escapes of every kind a scraped article can carry, in our own words.
  static let hostileArticle = [
    "date 2022-02-02 The clerk typed \u{1B}[2J\u{1B}[H into the minutes and the screen stayed put.",
    "A clipboard grab \u{1B}]52;c;cm0gLXJmIH4=\u{07} and a link \u{1B}]8;;https://example.invalid/\u{1B}\\here\u{1B}]8;;\u{1B}\\ sat in the text.",
    "Single-byte controls: C1 CSI \u{9B}31m, NEL \u{85}, DCS \u{1B}P1$r\u{1B}\\, APC \u{1B}_x\u{1B}\\, bell \u{07}, shift \u{0E}out\u{0F}in, backspace \u{08}, del \u{7F}.",
    "Bidi tricks: \u{202E}desrever\u{202C}, isolates \u{2066}x\u{2069}, zero width \u{200B}\u{200D}, tab\there, marks e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}.",
    "\"We will not be drawn on this,\" said Ada Quell, the clerk's spokeswoman \u{1B}[5m\u{1B}[8m.",
  ].joined(separator: "\n\n")

  @Test func hostileContentWritesNoForeignControls() throws {
    let directory = FileManager.default.temporaryDirectory
    let stamp = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let file = directory.appendingPathComponent("byline-hostile-\(stamp).txt")
    let recording = directory.appendingPathComponent("byline-hostile-\(stamp).bytes")
    try Self.hostileArticle.write(to: file, atomically: true, encoding: .utf8)
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: recording)
    }
    let tmux = try TmuxSession()
    defer { tmux.close() }
    try tmux.record(to: recording.path)
    try tmux.run(try TmuxSession.bylineCommand(shellQuoted(file.path)))
    let opened = try tmux.waitFor(text: "The clerk typed")
    #expect(opened.ok, "the article never showed:\n\(opened.screen)")
    for key in ["]", "j", "j", "j", "G", "g", "Tab", "Tab"] { try tmux.press(key) }
    try tmux.press("q")
    try tmux.expectRestored(status: 0, readerText: "The clerk typed")
    try tmux.stopRecording()
    let bytes = Array(try Data(contentsOf: recording))
    #expect(bytes.count > 1000, "recorded only \(bytes.count) bytes")
    let problems = Self.foreignControls(in: bytes)
    #expect(problems.isEmpty, "controls a renderer does not write: \(problems.prefix(10))")
    // What was left of the escapes is shown as inert text.
    #expect(opened.screen.contains("[2J"), "\(opened.screen)")
    // Zero-width joiners and spaces never reach the terminal (they would let
    // it join emoji into fewer columns than the grid counts).
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!text.unicodeScalars.contains { [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains($0.value) })
  }

  /// Everything in `bytes` that a curses renderer would not have written:
  /// OSC, DCS, APC, PM and SOS strings; C1 controls; BEL, SO, SI and other
  /// C0 controls; bidi overrides and isolates. Allowed: CSI sequences, charset
  /// designation (ESC ( B), keypad and cursor save/restore, \r \n \b \t, and
  /// SI (in sgr0 of screen-like terminals).
  static func foreignControls(in bytes: [UInt8]) -> [String] {
    var problems: [String] = []
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var i = 0
    while i < scalars.count {
      let value = scalars[i].value
      defer { i += 1 }
      switch value {
      case 0x1B:
        guard i + 1 < scalars.count else { continue }
        let next = scalars[i + 1]
        switch next {
        case "[":
          // CSI: parameter and intermediate bytes, then one final byte.
          var j = i + 2
          while j < scalars.count, (0x20...0x3F).contains(scalars[j].value) { j += 1 }
          if j < scalars.count, (0x40...0x7E).contains(scalars[j].value) {
            i = j
          } else {
            problems.append("unterminated CSI at \(i)")
          }
        case "(", ")":
          i += 2
        case "=", ">", "7", "8", "M", "D", "E", "c":
          i += 1
        default:
          problems.append("ESC \(next.escaped(asASCII: true)) at \(i)")
        }
      case 0x0A, 0x0D, 0x08, 0x09:
        break
      case 0x0F:
        // SI: part of sgr0 in screen-like terminfo entries (tmux-256color's
        // is ESC [ m SI), so ncurses writes it with every attribute reset.
        break
      case 0x00..<0x20, 0x7F:
        problems.append(String(format: "C0 0x%02X at %d", value, i))
      case 0x80...0x9F:
        problems.append(String(format: "C1 U+%04X at %d", value, i))
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
        problems.append(String(format: "bidi U+%04X at %d", value, i))
      default:
        break
      }
    }
    return problems
  }

  @Test func theCheckerCatchesWhatItLooksFor() {
    #expect(Self.foreignControls(in: Array("\u{1B}[1;31mok\u{1B}(B\r\n".utf8)).isEmpty)
    #expect(Self.foreignControls(in: Array("\u{1B}]52;c;eA==\u{07}".utf8)).count >= 1)
    #expect(Self.foreignControls(in: Array("a\u{9B}2J".utf8)).count == 1)
    #expect(Self.foreignControls(in: Array("\u{1B}P1$r\u{1B}\\".utf8)).count >= 1)
    #expect(Self.foreignControls(in: Array("x\u{202E}y".utf8)).count == 1)
    #expect(Self.foreignControls(in: [0x07]).count == 1)
  }
}
