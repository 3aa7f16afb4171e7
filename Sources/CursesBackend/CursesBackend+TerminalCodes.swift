import CNCursesW
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminfo entry's control strings, as the frame encoder writes them.
extension CursesBackend {
  /// The terminal's control strings, from the terminfo entry ncurses loaded.
  static func terminalCodes(depth: ColorDepth, colors: Int) -> TerminalCodes {
    func string(_ name: String) -> String? { byline_tigetstr(name).map { String(cString: $0) } }
    func bytes(_ name: String) -> [UInt8] { string(name).map { withoutPadding(Array($0.utf8)) } ?? [] }
    /// A capability with numbers put in (terminfo's `tparm`).
    @Sendable func filled(_ capability: String, _ first: Int, _ second: Int = 0) -> [UInt8] {
      guard let result = byline_tparm2(capability, first, second) else { return [] }
      return withoutPadding(Array(String(cString: result).utf8))
    }
    let cup = string("cup") ?? ""
    // Most terminals take ECMA-48's CUP: the encoder then writes it (and CUF) itself.
    let ecma48 =
      filled(cup, 0, 0) == Array("\u{1B}[1;1H".utf8)
      && filled(cup, 9, 119) == Array("\u{1B}[10;120H".utf8)
    let ech = string("ech")
    // Without a way to turn attributes off, none are turned on.
    let attribute: (String) -> [UInt8] = { name in string("sgr0") == nil ? [] : bytes(name) }
    let setaf = depth == .none ? nil : string("setaf")
    let setab = depth == .none ? nil : string("setab")
    return TerminalCodes(
      cursorAddressing: ecma48 ? .ecma48 : .custom({ row, column in filled(cup, row, column) }),
      clearScreen: bytes("clear"), resetStyle: bytes("sgr0"), clearToEndOfLine: bytes("el"),
      eraseCharacters: { count in ech.map { filled($0, count) } ?? [] },
      bold: attribute("bold"), dim: attribute("dim"), underline: attribute("smul"),
      reverse: attribute("rev"), italic: attribute("sitm"), standout: attribute("smso"),
      setForeground: { number in setaf.map { filled($0, number) } ?? [] },
      setBackground: { number in setab.map { filled($0, number) } ?? [] },
      colorDepth: depth, colorCount: colors,
      canWriteBottomRight: byline_tigetflag("am") == 0 || byline_tigetflag("xenl") == 1,
      attributesNotWithColor: depth == .none ? [] : attributes(fromNCV: Int(tigetnum("ncv"))))
  }

  /// Terminfo's padding (`$<5>`, a delay for hardware terminals) taken out of a
  /// capability: it is an instruction to `tputs`, not bytes for the terminal.
  static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(UInt8(ascii: "$")) else { return bytes }
    // A delay is digits with perhaps a point, then `*` (per line) and `/` (mandatory).
    let delay = Set("0123456789.*/".utf8)
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
        let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
        bytes[(index + 2)..<close].allSatisfy(delay.contains)
      {
        index = close + 1
        continue
      }
      result.append(bytes[index])
      index += 1
    }
    return result
  }

  /// The attributes terminfo's `ncv` says cannot be shown together with colours
  /// (ncurses leaves them out of coloured cells; so does the encoder).
  static func attributes(fromNCV value: Int) -> Style.Attributes {
    guard value > 0 else { return [] }
    var result: Style.Attributes = []
    if value & 1 != 0 { result.insert(.standout) }
    if value & 2 != 0 { result.insert(.underline) }
    if value & 4 != 0 { result.insert(.reverse) }
    if value & 16 != 0 { result.insert(.dim) }
    if value & 32 != 0 { result.insert(.bold) }
    if value & 0x8000 != 0 { result.insert(.italic) }
    return result
  }
}
