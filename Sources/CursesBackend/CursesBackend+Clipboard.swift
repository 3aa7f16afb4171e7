import CNCursesW
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Copying to the clipboard through the terminal (OSC 52).
extension CursesBackend {
  /// Sends OSC 52 (set clipboard) to the terminal, base64-encoded, so the
  /// text can never act as a control sequence itself.
  public func copyToClipboard(_ text: String) -> Bool {
    guard window != nil, !suspended, !text.isEmpty, text.utf8.count <= 74_994 else { return false }
    let sequence = "\u{1B}]52;c;" + Self.base64(Array(text.utf8)) + "\u{07}"
    // Anything ncurses still holds goes first, so that the sequence is not cut into.
    fflush(byline_stdout())
    return Self.writeAll(Array(sequence.utf8))
  }

  /// Standard base64 with `=` padding (RFC 4648), as OSC 52 takes it.
  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let first = UInt32(bytes[index])
      let second = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
      let third = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
      let triple = first << 16 | second << 8 | third
      output.append(alphabet[Int(triple >> 18 & 63)])
      output.append(alphabet[Int(triple >> 12 & 63)])
      output.append(index + 1 < bytes.count ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
      output.append(index + 2 < bytes.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }
}
