import ArticleModel
import Testing

/// The JSON writer's escaping, byte run by byte run, against a plain scalar-by-scalar one.
@Suite struct JSONWriterEscapeTests {
  /// What a string must become: quotes, backslashes, controls, C1 controls, separators and bidi controls escaped.
  static func reference(_ string: String) -> String {
    var output = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
          || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
          || v == 0x200E || v == 0x200F || v == 0x061C
        {
          let hex = String(v, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }

  @Test func escapesAsTheScalarRulesSay() {
    let pieces: [String] = [
      "a", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
      "\u{A0}", "é", "\u{061B}", "\u{061C}", "\u{061D}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2010}",
      "\u{201C}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}",
      "\u{2069}", "\u{206A}", "\u{20AC}", "日", "😀", "\u{E2}", "\u{C2}", "\u{D8}",
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<2000 {
      var text = ""
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      for k in 0..<Int(state % 12) {
        text += pieces[Int((state >> UInt64(k * 5)) % UInt64(pieces.count))]
      }
      var json = JSONWriter()
      json.value(text)
      #expect(json.output == Self.reference(text), "\(Array(text.unicodeScalars))")
    }
  }
}
