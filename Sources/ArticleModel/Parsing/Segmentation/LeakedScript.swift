/// Finds embed JavaScript, `<script>`/`<style>` elements and inline ads that
/// scrapers leave in the text, so they stay out of the reading text.
///
/// JavaScript starts at a telling opening — `(function(`, `!function(`,
/// `window.name =`/`.`/`(`, `(adsbygoogle`, `googletag.`, `document.write(`,
/// `fbq(`, `_gaq.push(` — and runs, skipping string literals, until its
/// brackets balance and its statement ends (`;` or a following word that
/// is not JavaScript). Unbalanced code runs to the end of its line.
///
/// Inline ads are the phrases `take our poll - story continues below`,
/// `story continues below`, `article continues below`, `continue reading
/// the main story` and a line that is only `Advertisement`; they are dropped
/// with the punctuation around them.
enum LeakedScript {
  /// Spans to keep out of `scalars[range]`, in order and not overlapping.
  static func spans(
    in scalars: [UInt32], _ range: Range<Int>, scripts: Bool = true, adverts: Bool = true
  ) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = scalars[i]
      var found: Range<Int>? = nil
      switch c {
      case 0x28, 0x21, 0x77, 0x67, 0x64, 0x66, 0x5F:  // ( ! w g d f _
        if scripts { found = script(scalars, at: i, end: end) }
      case UInt32(ascii: "<"):
        if scripts { found = element(scalars, at: i, end: end) }
      case 0x41, 0x61, 0x53, 0x73, 0x54, 0x74, 0x43, 0x63:  // A a S s T t C c
        if adverts { found = advert(scalars, at: i, lineStart: range.lowerBound, end: end) }
      default:
        break
      }
      if let span = found, span.upperBound > i {
        if let last = result.last,
          last.upperBound >= span.lowerBound || onlySpace(scalars, last.upperBound..<span.lowerBound)
        {
          result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
        } else {
          result.append(span)
        }
        i = span.upperBound
      } else {
        i += 1
      }
    }
    return result
  }

  private static func onlySpace(_ scalars: [UInt32], _ range: Range<Int>) -> Bool {
    range.allSatisfy { Scalars.isSpace(scalars[$0]) }
  }

  // MARK: JavaScript

  /// How a script statement other than `window.…` opens, by its first character.
  private static let scriptOpenings: [(lead: UInt32, openings: [StaticString])] = [
    (UInt32(ascii: "("), ["(function(", "(function (", "(adsbygoogle"]),
    (UInt32(ascii: "!"), ["!function(", "!function ("]),
    (UInt32(ascii: "g"), ["googletag."]),
    (
      UInt32(ascii: "d"),
      ["document.write(", "document.getElementBy", "document.createElement("]
    ),
    (UInt32(ascii: "f"), ["fbq(", "function(d, s, id)", "function(d,s,id)"]),
    (UInt32(ascii: "_"), ["_gaq.push("]),
  ]

  /// A JavaScript statement starting at `i`, if one starts there.
  static func script(_ scalars: [UInt32], at i: Int, end: Int) -> Range<Int>? {
    let c = scalars[i]
    if i > 0 && Scalars.isASCIIAlphanumeric(scalars[i - 1]) && c != UInt32(ascii: "(")
      && c != UInt32(ascii: "!")
    {
      return nil
    }
    guard i + 3 < end else { return nil }
    var start = false
    if c == UInt32(ascii: "w") {
      if Scalars.matches(scalars, at: i, end: end, "window.") {
        // window.name followed by = . ( [
        var k = i + 7
        let nameStart = k
        while k < end
          && (Scalars.isASCIIAlphanumeric(scalars[k]) || scalars[k] == UInt32(ascii: "_")
            || scalars[k] == UInt32(ascii: "$"))
        { k += 1 }
        while k < end && scalars[k] == UInt32(ascii: " ") { k += 1 }
        start =
          k > nameStart && k < end
          && (scalars[k] == UInt32(ascii: "=") || scalars[k] == UInt32(ascii: ".")
            || scalars[k] == UInt32(ascii: "(")
            || scalars[k] == UInt32(ascii: "["))
      }
    } else if let openings = scriptOpenings.first(where: { $0.lead == c })?.openings {
      start = openings.contains { Scalars.matches(scalars, at: i, end: end, $0) }
    }
    guard start else { return nil }
    return i..<statementEnd(scalars, from: i, end: end)
  }

  /// Where JavaScript starting at `i` ends.
  private static func statementEnd(_ scalars: [UInt32], from i: Int, end: Int) -> Int {
    var depth = 0
    var closedSome = false
    var k = i
    let limit = min(end, i + 20_000)
    while k < limit {
      let c = scalars[k]
      switch c {
      case 0x22, 0x27, 0x60:  // string literal
        var j = k + 1
        while j < limit && scalars[j] != c && !Scalars.isLineBreak(scalars[j]) {
          if scalars[j] == UInt32(ascii: "\\") { j += 1 }
          j += 1
        }
        k = min(j + 1, limit)
        continue
      case 0x28, 0x5B, 0x7B:
        depth += 1
      case 0x29, 0x5D, 0x7D:
        depth -= 1
        closedSome = true
        if depth < 0 { return k }
        if depth == 0 {
          // Does the statement go on?
          var j = k + 1
          while j < limit && scalars[j] == 0x20 { j += 1 }
          if j >= limit { return j }
          let next = scalars[j]
          if next == UInt32(ascii: ";") {
            return j + 1
          }
          if next == UInt32(ascii: "(") || next == UInt32(ascii: ".") || next == UInt32(ascii: ",")
            || next == UInt32(ascii: ")") || next == UInt32(ascii: "}") || next == UInt32(ascii: "=")
            || next == UInt32(ascii: "?") || next == UInt32(ascii: ":") || next == UInt32(ascii: "|")
            || next == UInt32(ascii: "&") || next == UInt32(ascii: "+") || next == UInt32(ascii: "[")
            || next == UInt32(ascii: "{")
          {
            k = j
            continue
          }
          return k + 1
        }
      case UInt32(ascii: ";"):
        if depth == 0 && closedSome { return k + 1 }
      case 0x0A, 0x0D:
        if depth == 0 { return k }
      default:
        break
      }
      k += 1
    }
    // Unbalanced: to the end of the line.
    var j = i
    while j < end && !Scalars.isLineBreak(scalars[j]) { j += 1 }
    return j
  }

  // MARK: Elements

  /// `<script ...>...</script>` or `<style ...>...</style>` at `i`
  /// (a lone opening tag runs to its `>`).
  static func element(_ scalars: [UInt32], at i: Int, end: Int) -> Range<Int>? {
    let close: StaticString
    let openLength: Int
    if Scalars.matches(scalars, at: i, end: end, "<script", ignoringCase: true) {
      close = "</script>"
      openLength = 7
    } else if Scalars.matches(scalars, at: i, end: end, "<style", ignoringCase: true) {
      close = "</style>"
      openLength = 6
    } else {
      return nil
    }
    guard i + openLength < end,
      scalars[i + openLength] == UInt32(ascii: ">") || Scalars.isSpace(scalars[i + openLength])
    else {
      return nil
    }
    var k = i + openLength
    let limit = min(end, i + 50_000)
    var tagEnd = -1
    while k < limit {
      if tagEnd < 0 && scalars[k] == UInt32(ascii: ">") { tagEnd = k + 1 }
      if scalars[k] == UInt32(ascii: "<")
        && Scalars.matches(scalars, at: k, end: end, close, ignoringCase: true)
      {
        return i..<(k + close.utf8CodeUnitCount)
      }
      k += 1
    }
    return tagEnd > 0 ? i..<tagEnd : nil
  }

  // MARK: Ads

  /// An inline ad phrase at `i`, with the punctuation and space around it.
  static func advert(_ scalars: [UInt32], at i: Int, lineStart: Int, end: Int) -> Range<Int>? {
    if i > lineStart && Scalars.isLetter(scalars[i - 1]) { return nil }
    guard i + 12 < end else { return nil }
    var phraseEnd = -1
    switch (scalars[i] | 0x20, scalars[i + 1] | 0x20) {
    case (0x74, 0x61):  // ta: "take our poll - story continues below", any dash
      if Scalars.matches(scalars, at: i, end: end, "take our poll ", ignoringCase: true), i + 15 < end,
        scalars[i + 14] == UInt32(ascii: "-") || Scalars.isDash(scalars[i + 14]),
        Scalars.matches(scalars, at: i + 15, end: end, " story continues below", ignoringCase: true)
      {
        phraseEnd = i + 37
      }
    case (0x73, 0x74):  // st
      if Scalars.matches(scalars, at: i, end: end, "story continues below", ignoringCase: true) {
        phraseEnd = i + 21
      }
    case (0x61, 0x72):  // ar
      if Scalars.matches(scalars, at: i, end: end, "article continues below", ignoringCase: true) {
        phraseEnd = i + 23
      }
    case (0x63, 0x6F):  // co
      if Scalars.matches(scalars, at: i, end: end, "continue reading the main story", ignoringCase: true) {
        phraseEnd = i + 31
      } else if Scalars.matches(scalars, at: i, end: end, "continue reading below", ignoringCase: true) {
        phraseEnd = i + 22
      }
    case (0x61, 0x64):  // ad
      // "Advertisement" alone on its line.
      guard Scalars.matches(scalars, at: i, end: end, "advertisement", ignoringCase: true) else { return nil }
      let after = i + 13
      var before = i
      while before > lineStart && Scalars.isSpace(scalars[before - 1])
        && !Scalars.isLineBreak(scalars[before - 1])
      {
        before -= 1
      }
      var next = after
      while next < end
        && (scalars[next] == UInt32(ascii: ":")
          || (Scalars.isSpace(scalars[next]) && !Scalars.isLineBreak(scalars[next])))
      {
        next += 1
      }
      let alone =
        (before == lineStart || Scalars.isLineBreak(scalars[before - 1]))
        && (next == end || Scalars.isLineBreak(scalars[next]))
      return alone ? i..<next : nil
    default:
      return nil
    }
    guard phraseEnd > i else { return nil }
    if phraseEnd < end && Scalars.isLetter(scalars[phraseEnd]) { return nil }
    var k = phraseEnd
    while k < end
      && (scalars[k] == UInt32(ascii: ".") || scalars[k] == UInt32(ascii: ":")
        || scalars[k] == UInt32(ascii: "-")
        || scalars[k] == 0x2026 || Scalars.isDash(scalars[k]))
    { k += 1 }
    return i..<k
  }
}
