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
  /// Spans to keep out of `s[range]`, in order and not overlapping.
  static func spans(in s: [UInt32], _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = s[i]
      var found: Range<Int>? = nil
      switch c {
      case 0x28, 0x21, 0x77, 0x67, 0x64, 0x66, 0x5F:  // ( ! w g d f _
        found = script(s, at: i, end: end)
      case 0x3C:  // <
        found = element(s, at: i, end: end)
      case 0x41, 0x61, 0x53, 0x73, 0x54, 0x74, 0x43, 0x63:  // A a S s T t C c
        found = advert(s, at: i, lineStart: range.lowerBound, end: end)
      default:
        break
      }
      if let span = found, span.upperBound > i {
        if let last = result.last, last.upperBound >= span.lowerBound || onlySpace(s, last.upperBound..<span.lowerBound) {
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

  private static func onlySpace(_ s: [UInt32], _ range: Range<Int>) -> Bool {
    range.allSatisfy { Scalars.isSpace(s[$0]) }
  }

  // MARK: JavaScript

  private static let openings: [[UInt8]] = [
    "(function(", "(function (", "!function(", "!function (", "(adsbygoogle", "googletag.",
    "document.write(", "document.getelementby", "fbq(", "_gaq.push(", "function(d, s, id)",
    "function(d,s,id)",
  ].map { Array($0.utf8) }
  private static let window: [UInt8] = Array("window.".utf8)

  /// A JavaScript statement starting at `i`, if one starts there.
  static func script(_ s: [UInt32], at i: Int, end: Int) -> Range<Int>? {
    if i > 0 && Scalars.isASCIIAlphanumeric(s[i - 1]) && s[i] != 0x28 && s[i] != 0x21 { return nil }
    var start = false
    if Scalars.matches(s, at: i, end: end, window) {
      // window.name followed by = . ( [
      var k = i + window.count
      let nameStart = k
      while k < end && (Scalars.isASCIIAlphanumeric(s[k]) || s[k] == 0x5F || s[k] == 0x24) { k += 1 }
      while k < end && s[k] == 0x20 { k += 1 }
      start = k > nameStart && k < end && (s[k] == 0x3D || s[k] == 0x2E || s[k] == 0x28 || s[k] == 0x5B)
    } else {
      start = openings.contains { Scalars.matches(s, at: i, end: end, $0, ignoringCase: true) }
    }
    guard start else { return nil }
    return i..<statementEnd(s, from: i, end: end)
  }

  /// Where JavaScript starting at `i` ends.
  private static func statementEnd(_ s: [UInt32], from i: Int, end: Int) -> Int {
    var depth = 0
    var closedSome = false
    var k = i
    let limit = min(end, i + 20_000)
    while k < limit {
      let c = s[k]
      switch c {
      case 0x22, 0x27, 0x60:  // string literal
        var j = k + 1
        while j < limit && s[j] != c && !Scalars.isLineBreak(s[j]) {
          if s[j] == 0x5C { j += 1 }
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
          while j < limit && s[j] == 0x20 { j += 1 }
          if j >= limit { return j }
          let next = s[j]
          if next == 0x3B {
            return j + 1
          }
          if next == 0x28 || next == 0x2E || next == 0x2C || next == 0x29 || next == 0x7D || next == 0x3D
            || next == 0x3F || next == 0x3A || next == 0x7C || next == 0x26 || next == 0x2B || next == 0x5B
          {
            k = j
            continue
          }
          return k + 1
        }
      case 0x3B:
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
    while j < end && !Scalars.isLineBreak(s[j]) { j += 1 }
    return j
  }

  // MARK: Elements

  private static let scriptOpen: [UInt8] = Array("<script".utf8)
  private static let scriptClose: [UInt8] = Array("</script>".utf8)
  private static let styleOpen: [UInt8] = Array("<style".utf8)
  private static let styleClose: [UInt8] = Array("</style>".utf8)

  /// `<script ...>...</script>` or `<style ...>...</style>` at `i`
  /// (a lone opening tag runs to its `>`).
  static func element(_ s: [UInt32], at i: Int, end: Int) -> Range<Int>? {
    let close: [UInt8]
    let openLength: Int
    if Scalars.matches(s, at: i, end: end, scriptOpen, ignoringCase: true) {
      close = scriptClose
      openLength = scriptOpen.count
    } else if Scalars.matches(s, at: i, end: end, styleOpen, ignoringCase: true) {
      close = styleClose
      openLength = styleOpen.count
    } else {
      return nil
    }
    guard i + openLength < end, s[i + openLength] == 0x3E || Scalars.isSpace(s[i + openLength]) else { return nil }
    var k = i + openLength
    let limit = min(end, i + 50_000)
    var tagEnd = -1
    while k < limit {
      if tagEnd < 0 && s[k] == 0x3E { tagEnd = k + 1 }
      if s[k] == 0x3C && Scalars.matches(s, at: k, end: end, close, ignoringCase: true) {
        return i..<(k + close.count)
      }
      k += 1
    }
    return tagEnd > 0 ? i..<tagEnd : nil
  }

  // MARK: Ads

  private static let adPhrases: [[UInt8]] = [
    "take our poll - story continues below", "take our poll – story continues below",
    "story continues below", "article continues below", "continue reading the main story",
    "continue reading below",
  ].map { Array($0.utf8) }
  private static let advertisement: [UInt8] = Array("advertisement".utf8)

  /// An inline ad phrase at `i`, with the punctuation and space around it.
  static func advert(_ s: [UInt32], at i: Int, lineStart: Int, end: Int) -> Range<Int>? {
    if i > lineStart && Scalars.isLetter(s[i - 1]) { return nil }
    var phraseEnd = -1
    for phrase in adPhrases where Scalars.matches(s, at: i, end: end, phrase, ignoringCase: true) {
      phraseEnd = i + phrase.count
      break
    }
    if phraseEnd < 0 {
      // "Advertisement" alone on its line.
      guard Scalars.matches(s, at: i, end: end, advertisement, ignoringCase: true) else { return nil }
      let after = i + advertisement.count
      var before = i
      while before > lineStart && Scalars.isSpace(s[before - 1]) && !Scalars.isLineBreak(s[before - 1]) { before -= 1 }
      var next = after
      while next < end && (s[next] == 0x3A || (Scalars.isSpace(s[next]) && !Scalars.isLineBreak(s[next]))) { next += 1 }
      let alone = (before == lineStart || Scalars.isLineBreak(s[before - 1])) && (next == end || Scalars.isLineBreak(s[next]))
      return alone ? i..<next : nil
    }
    if phraseEnd < end && Scalars.isLetter(s[phraseEnd]) { return nil }
    var k = phraseEnd
    while k < end && (s[k] == 0x2E || s[k] == 0x3A || s[k] == 0x2D || s[k] == 0x2026 || Scalars.isDash(s[k])) { k += 1 }
    return i..<k
  }
}
