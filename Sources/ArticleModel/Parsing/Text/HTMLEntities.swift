/// Decodes HTML character references left in scraped text.
///
/// Recognised: the named references news pages actually use (`&amp;`,
/// `&quot;`, `&nbsp;`, `&mdash;`, `&rsquo;`, accented letters, ...), decimal
/// `&#8217;` and hexadecimal `&#x2019;` references, and double escaping such
/// as `&amp;quot;` or `&amp;amp;#39;`, which decode all the way to `"` and
/// `'`. Numeric references in the C1 range (`&#150;`) are read as the
/// Windows-1252 characters their authors meant. A reference must end with
/// `;`; anything else (`AT&T`, `&foo;`) is left as written.
enum HTMLEntities {
  /// A decoded reference: the character and how many source scalars it used.
  struct Match: Equatable {
    var value: UInt32
    var length: Int
  }

  /// Decodes the reference starting with the `&` at `scalars[i]`, if there is one.
  static func decode(_ scalars: [UInt32], at i: Int, end: Int) -> Match? {
    guard i < end, scalars[i] == UInt32(ascii: "&") else { return nil }
    // Skip any number of `amp;` left by escaping twice or more.
    var referenceStart = i + 1
    var escapes = 0
    while Scalars.matches(scalars, at: referenceStart, end: end, ampSemicolon) {
      referenceStart += 4
      escapes += 1
    }
    if let inner = reference(scalars, at: referenceStart, end: end) {
      return Match(value: inner.value, length: referenceStart - i + inner.length)
    }
    if escapes > 0 { return Match(value: UInt32(ascii: "&"), length: referenceStart - i) }
    return nil
  }

  /// The value and length of `name;`, `#123;` or `#x1F;` at `scalars[p]` (after the `&`).
  private static func reference(_ scalars: [UInt32], at p: Int, end: Int) -> (value: UInt32, length: Int)? {
    guard p < end else { return nil }
    if scalars[p] == UInt32(ascii: "#") {
      var k = p + 1
      var hex = false
      if k < end && (scalars[k] | 0x20) == UInt32(ascii: "x") {  // 'x' or 'X'
        hex = true
        k += 1
      }
      let digitsStart = k
      var value: UInt32 = 0
      while k < end && k - digitsStart < 8 {
        let c = scalars[k]
        if Scalars.isDigit(c) {
          value = value &* (hex ? 16 : 10) &+ (c - UInt32(ascii: "0"))
        } else if hex && (c | 0x20) >= UInt32(ascii: "a") && (c | 0x20) <= UInt32(ascii: "f") {
          value = value &* 16 &+ ((c | 0x20) - UInt32(ascii: "a") + 10)
        } else {
          break
        }
        k += 1
      }
      guard k > digitsStart, k < end, scalars[k] == UInt32(ascii: ";") else { return nil }
      return (numericValue(value), k + 1 - p)
    }
    var k = p
    while k < end && k - p <= 8 && Scalars.isASCIIAlphanumeric(scalars[k]) { k += 1 }
    guard k > p, k < end, scalars[k] == UInt32(ascii: ";"),
      let key = Scalars.asciiKey(scalars, from: p, to: k, lowercased: false),
      let value = named[key]
    else { return nil }
    return (value, k + 1 - p)
  }

  /// The character a numeric reference stands for.
  static func numericValue(_ value: UInt32) -> UInt32 {
    if value >= 0x80 && value <= 0x9F { return windows1252[Int(value - 0x80)] }
    if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value < 0xE000) { return 0xFFFD }
    return value
  }

  /// What the C1 range means in Windows-1252 (for references and for text
  /// that was converted from that encoding as if it were Latin-1).
  static let windows1252: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  private static let ampSemicolon: [UInt8] = Array("amp;".utf8)

  private static let named: [UInt64: UInt32] = {
    let table: [(String, UInt32)] = [
      ("amp", UInt32(ascii: "&")), ("lt", UInt32(ascii: "<")), ("gt", UInt32(ascii: ">")),
      ("quot", UInt32(ascii: "\"")), ("apos", UInt32(ascii: "'")), ("nbsp", 0xA0),
      ("ndash", 0x2013), ("mdash", 0x2014), ("hellip", 0x2026), ("lsquo", 0x2018),
      ("rsquo", 0x2019), ("sbquo", 0x201A), ("ldquo", 0x201C), ("rdquo", 0x201D),
      ("bdquo", 0x201E), ("laquo", 0xAB), ("raquo", 0xBB), ("lsaquo", 0x2039),
      ("rsaquo", 0x203A), ("copy", 0xA9), ("reg", 0xAE), ("trade", 0x2122), ("euro", 0x20AC),
      ("pound", 0xA3), ("yen", 0xA5), ("cent", 0xA2), ("deg", 0xB0), ("middot", 0xB7),
      ("bull", 0x2022), ("times", 0xD7), ("divide", 0xF7), ("plusmn", 0xB1), ("frac12", 0xBD),
      ("frac14", 0xBC), ("frac34", 0xBE), ("sect", 0xA7), ("para", 0xB6), ("shy", 0xAD),
      ("thinsp", 0x2009), ("ensp", 0x2002), ("emsp", 0x2003), ("zwj", 0x200D),
      ("zwnj", 0x200C), ("lrm", 0x200E), ("rlm", 0x200F), ("iexcl", 0xA1), ("iquest", 0xBF),
      ("prime", 0x2032), ("Prime", 0x2033), ("dagger", 0x2020), ("Dagger", 0x2021),
      ("acute", 0xB4), ("cedil", 0xB8), ("uml", 0xA8), ("ordm", 0xBA), ("ordf", 0xAA),
      ("sup1", 0xB9), ("sup2", 0xB2), ("sup3", 0xB3), ("micro", 0xB5), ("minus", 0x2212),
      ("larr", 0x2190), ("rarr", 0x2192), ("uarr", 0x2191), ("darr", 0x2193),
      ("hearts", 0x2665), ("permil", 0x2030), ("oline", 0x203E), ("frasl", 0x2044),
      ("agrave", 0xE0), ("aacute", 0xE1), ("acirc", 0xE2), ("atilde", 0xE3), ("auml", 0xE4),
      ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7), ("egrave", 0xE8), ("eacute", 0xE9),
      ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC), ("iacute", 0xED), ("icirc", 0xEE),
      ("iuml", 0xEF), ("eth", 0xF0), ("ntilde", 0xF1), ("ograve", 0xF2), ("oacute", 0xF3),
      ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6), ("oslash", 0xF8), ("ugrave", 0xF9),
      ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC), ("yacute", 0xFD), ("thorn", 0xFE),
      ("yuml", 0xFF), ("szlig", 0xDF), ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2),
      ("Atilde", 0xC3), ("Auml", 0xC4), ("Aring", 0xC5), ("AElig", 0xC6), ("Ccedil", 0xC7),
      ("Egrave", 0xC8), ("Eacute", 0xC9), ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC),
      ("Iacute", 0xCD), ("Icirc", 0xCE), ("Iuml", 0xCF), ("ETH", 0xD0), ("Ntilde", 0xD1),
      ("Ograve", 0xD2), ("Oacute", 0xD3), ("Ocirc", 0xD4), ("Otilde", 0xD5), ("Ouml", 0xD6),
      ("Oslash", 0xD8), ("Ugrave", 0xD9), ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC),
      ("Yacute", 0xDD), ("THORN", 0xDE), ("oelig", 0x153), ("OElig", 0x152),
      ("scaron", 0x161), ("Scaron", 0x160), ("zcaron", 0x17E), ("Zcaron", 0x17D),
      ("Yuml", 0x178), ("fnof", 0x192), ("circ", 0x2C6), ("tilde", 0x2DC),
    ]
    var result: [UInt64: UInt32] = [:]
    for (name, value) in table { result[Scalars.asciiKey(name)] = value }
    return result
  }()
}
