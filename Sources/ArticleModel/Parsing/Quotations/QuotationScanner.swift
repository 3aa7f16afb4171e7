/// Pairs quotation marks inside one paragraph.
///
/// Works on the paragraph's scalars with a small stack of open marks. Each mark is
/// read from its neighbours: an opening mark follows a space, a bracket, a dash or
/// the paragraph start; a closing one precedes a space or punctuation; a straight
/// or typographic apostrophe between letters (`it's`, `Trump’s`) or before a year
/// (`'90s`) is no mark at all. A closing mark closes the nearest open mark of its
/// family, dropping unclosed marks above it. Nothing is ever quadratic: the stack
/// holds at most `maxDepth` marks.
enum QuotationScanner {
  /// A family of marks that close each other.
  enum Family: UInt8 {
    case straightDouble, straightSingle, curlyDouble, curlySingle, guillemet, lowDouble,
      singleGuillemet, rightDouble
  }

  /// What one paragraph holds.
  struct Result {
    /// Closed pairs at any depth, as local ranges including both marks.
    var pairs: [Range<Int>] = []
    /// The outermost mark still open at the paragraph end, if any.
    var unclosed: (position: Int, family: Family)?
    /// The family of the mark the paragraph opens with, if it opens with one.
    var opening: Family?
  }

  static let maxDepth = 48

  /// A mark still open: where it is and its family.
  typealias OpenMark = (position: Int, family: Family)

  /// Whether the scalar is any quotation mark this scanner knows.
  @inline(__always)
  static func isQuoteMark(_ c: UInt32) -> Bool {
    switch c {
    case UInt32(ascii: "\""), UInt32(ascii: "'"), 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB, 0x201E, 0x2039,
      0x203A:
      return true
    default: return false
    }
  }

  @inline(__always)
  private static func isOpeningContext(_ c: UInt32) -> Bool {
    if Scalars.isSpace(c) { return true }
    switch c {
    case UInt32(ascii: "("), UInt32(ascii: "["), UInt32(ascii: "{"), 0x2014, 0x2013, UInt32(ascii: "-"),
      UInt32(ascii: "/"), UInt32(ascii: ":"), 0x201C, 0x2018, 0xAB, 0x201E, UInt32(ascii: "\""),
      UInt32(ascii: "'"), 0x2039:
      return true
    default: return false
    }
  }

  @inline(__always)
  private static func isClosingContext(_ c: UInt32) -> Bool {
    if Scalars.isSpace(c) { return true }
    switch c {
    case UInt32(ascii: "."), UInt32(ascii: ","), UInt32(ascii: ";"), UInt32(ascii: ":"), UInt32(ascii: "!"),
      UInt32(ascii: "?"), UInt32(ascii: ")"), UInt32(ascii: "]"), UInt32(ascii: "}"), 0x2026, 0x2014, 0x2013,
      UInt32(ascii: "-"),
      0x201D, 0x2019, 0xBB, UInt32(ascii: "\""), UInt32(ascii: "'"), 0x201C, 0x203A, UInt32(ascii: "/"):
      return true
    default: return false
    }
  }

  /// A year or decade written with an apostrophe: `'90s`, `'16`.
  @inline(__always)
  private static func isElidedYear(_ scalars: [UInt32], after i: Int) -> Bool {
    func digit(_ k: Int) -> Bool {
      k < scalars.count && scalars[k] >= UInt32(ascii: "0") && scalars[k] <= UInt32(ascii: "9")
    }
    return digit(i + 1) && digit(i + 2) && !digit(i + 3)
  }

  /// Whether `v` may be a mark: `"` or `'` (or `#` or `&`, which share the test),
  /// `«` or `»`, or a scalar from U+2000 to U+203F (the typographic marks, among
  /// dashes and spaces). The caller sorts out what is no mark; Cyrillic and the
  /// other letters from U+00AB up, which are none, are passed over.
  @inline(__always)
  static func mayBeMark(_ v: UInt32) -> Bool {
    v | 5 == 0x27 || v | 0x10 == 0xBB || v & 0xFFFF_FFC0 == 0x2000
  }

  /// The first index at or after `from` of a scalar that may be a mark (`mayBeMark`).
  /// Most scalars are none, so this loop reads them through a buffer pointer,
  /// without the checks of an array subscript, eight at a time (the scan's hot
  /// loop in `bench-profile parse`; `FastPathTests` checks it scalar by scalar).
  @inline(__always)
  static func skipToMark(_ scalars: [UInt32], from: Int) -> Int {
    scalars.withUnsafeBufferPointer { buffer in
      var i = from
      if let base = buffer.baseAddress {
        // Eight at a test, each lane `mayBeMark`. (The vectors are spelt out as
        // `SIMD8<UInt32>` and made once: see `Scalars.firstIndex`.)
        typealias V = SIMD8<UInt32>
        let five = V(repeating: 5)
        let quote = V(repeating: 0x27)
        let sixteen = V(repeating: 0x10)
        let guillemet = V(repeating: 0xBB)
        let block = V(repeating: 0xFFFF_FFC0)
        let punctuation = V(repeating: 0x2000)
        let raw = UnsafeRawPointer(base)
        while buffer.count &- i >= 8 {
          let v: V = raw.loadUnaligned(fromByteOffset: i &* 4, as: V.self)
          if any(((v | five) .== quote) .| ((v | sixteen) .== guillemet) .| ((v & block) .== punctuation)) {
            break
          }
          i &+= 8
        }
      }
      while i < buffer.count {
        if mayBeMark(buffer[i]) { break }
        i &+= 1
      }
      return i
    }
  }

  /// The open marks and the pairs found so far, while a paragraph is scanned.
  ///
  /// A struct with mutating methods rather than closures over local variables:
  /// captured variables are boxed and every access to them checked at run time.
  /// The open marks are kept in room for `maxDepth` given by the caller (on the
  /// stack: an array allocated and grew for every paragraph with a mark).
  private struct Marks {
    var result = Result()
    /// The open marks, `stack[0..<depth]`.
    let stack: UnsafeMutablePointer<OpenMark>
    var depth = 0
    let firstNonSpace: Int

    mutating func closeNearest(_ families: (Family, Family), at i: Int, width: Int = 1) -> Bool {
      var k = depth - 1
      while k >= 0 {
        let family = stack[k].family
        if family == families.0 || family == families.1 {
          result.pairs.append(stack[k].position..<(i + width))
          depth = k
          return true
        }
        k -= 1
      }
      return false
    }

    /// Where the innermost open mark of `family` stands, if one is open.
    func openPosition(_ family: Family) -> Int? {
      var k = depth - 1
      while k >= 0 {
        if stack[k].family == family { return stack[k].position }
        k -= 1
      }
      return nil
    }

    func hasOpen(_ family: Family) -> Bool {
      var k = depth - 1
      while k >= 0 {
        if stack[k].family == family { return true }
        k -= 1
      }
      return false
    }

    mutating func push(_ family: Family, _ i: Int) {
      if depth < maxDepth {
        stack[depth] = (i, family)
        depth += 1
      }
      if i == firstNonSpace { result.opening = family }
    }
  }

  /// Scans one paragraph's scalars. The pairs are written into `reusing`, an array
  /// no longer needed (emptied, its room kept: a paragraph with marks then allocates
  /// nothing once the arrays have grown).
  static func scan(_ scalars: [UInt32], reusing pairs: consuming [Range<Int>] = []) -> Result {
    // (Most paragraphs have no pair, and emptying an empty array still costs a call.)
    if !pairs.isEmpty { pairs.removeAll(keepingCapacity: true) }
    var result = Result(pairs: pairs)
    withUnsafeTemporaryAllocation(of: OpenMark.self, capacity: maxDepth) { stack in
      scan(scalars, stack: stack.baseAddress!, into: &result)
    }
    return result
  }

  /// `scan(_:reusing:)` with room for `maxDepth` open marks at `stack`, into `result`
  /// (whose pairs are empty).
  private static func scan(
    _ scalars: [UInt32], stack: UnsafeMutablePointer<OpenMark>, into result: inout Result
  ) {
    let n = scalars.count
    var firstNonSpace = 0
    while firstNonSpace < n && Scalars.isSpace(scalars[firstNonSpace]) { firstNonSpace += 1 }
    var marks = Marks(result: result, stack: stack, firstNonSpace: firstNonSpace)
    // The marks hold the only reference to the pairs' room.
    result = Result()
    var i = 0
    while i < n {
      i = skipToMark(scalars, from: i)
      guard i < n else { break }
      let v = scalars[i]
      if v >= 0xAB && !(v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201E) || v == 0x2039 || v == 0x203A)
        || v == UInt32(ascii: "#") || v == UInt32(ascii: "&")
      {
        i += 1
        continue
      }
      // Two apostrophes stand for a double mark in some archives: ''Like this,''
      let width = (v == UInt32(ascii: "'") && i + 1 < n && scalars[i + 1] == UInt32(ascii: "'")) ? 2 : 1
      let prev: UInt32 = i > 0 ? scalars[i - 1] : UInt32(ascii: " ")
      let next: UInt32 = i + width < n ? scalars[i + width] : UInt32(ascii: " ")
      let prevWord = Scalars.isWordCharacter(prev)
      let nextWord = Scalars.isWordCharacter(next)
      switch width == 2 ? UInt32(ascii: "\"") : v {
      case UInt32(ascii: "\""):  // or two apostrophes
        let opening = isOpeningContext(prev) || i == 0
        let closing = isClosingContext(next) || i + width == n
        if opening && !closing {
          marks.push(.straightDouble, i)
        } else if closing && !opening {
          // A straight mark may close a typographic one: “Mixed,"
          if !marks.closeNearest((.straightDouble, .straightDouble), at: i, width: width) && width == 1 {
            _ = marks.closeNearest((.curlyDouble, .lowDouble), at: i)
          }
        } else if marks.hasOpen(.straightDouble) {
          _ = marks.closeNearest((.straightDouble, .straightDouble), at: i, width: width)
        } else if !opening && nextWord {
          marks.push(.straightDouble, i)
        }
        i += width
        continue
      case UInt32(ascii: "'"):
        if prevWord && nextWord { break }  // it's
        // "Jones' shop": a plural or name possessive, not a closing mark.
        if (prev == UInt32(ascii: "s") || prev == UInt32(ascii: "z")) && Scalars.isSpace(next) && i + 2 < n
          && Lexicon.hasLowercaseProperty(scalars[i + 2])
        {
          break
        }
        let opening = isOpeningContext(prev) || i == 0
        if opening && nextWord && !isElidedYear(scalars, after: i) && !Scalars.isSpace(next) {
          marks.push(.straightSingle, i)
        } else if !Scalars.isSpace(prev) && (isClosingContext(next) || i + 1 == n)
          && marks.hasOpen(.straightSingle)
        {
          _ = marks.closeNearest((.straightSingle, .straightSingle), at: i)
        }
      case 0x2018:  // ‘
        if prevWord && nextWord { break }
        if !Scalars.isSpace(next) && !isElidedYear(scalars, after: i) && !prevWord {
          marks.push(.curlySingle, i)
        }
      case 0x2019:  // ’
        if prevWord && nextWord { break }
        if !Scalars.isSpace(prev) && marks.hasOpen(.curlySingle) {
          _ = marks.closeNearest((.curlySingle, .curlySingle), at: i)
        }
      case 0x201C:  // “
        if marks.hasOpen(.lowDouble) && !Scalars.isSpace(prev) {
          _ = marks.closeNearest((.lowDouble, .lowDouble), at: i)
        } else if !Scalars.isSpace(prev) && !prevWord && (isClosingContext(next) || i + 1 == n)
          && marks.hasOpen(.curlyDouble)
        {
          _ = marks.closeNearest((.curlyDouble, .curlyDouble), at: i)
        } else {
          marks.push(.curlyDouble, i)
        }
      case 0x201D:  // ”
        if !marks.closeNearest((.curlyDouble, .lowDouble), at: i)
          && !marks.closeNearest((.rightDouble, .straightDouble), at: i)
        {
          if (isOpeningContext(prev) || i == 0) && !Scalars.isSpace(next) {
            marks.push(.rightDouble, i)
          }
        }
      case 0x201E:  // „
        marks.push(.lowDouble, i)
      case 0xAB:  // «
        // German prints guillemets the other way round: »so«.
        if let open = marks.openPosition(.guillemet), scalars[open] == 0xBB, !Scalars.isSpace(prev), !nextWord
        {
          _ = marks.closeNearest((.guillemet, .guillemet), at: i)
        } else {
          marks.push(.guillemet, i)
        }
      case 0xBB:  // »
        if !marks.closeNearest((.guillemet, .guillemet), at: i) && !prevWord && !Scalars.isSpace(next)
          && i + 1 < n
        {
          marks.push(.guillemet, i)
        }
      case 0x2039:  // ‹
        marks.push(.singleGuillemet, i)
      case 0x203A:  // ›
        _ = marks.closeNearest((.singleGuillemet, .singleGuillemet), at: i)
      default:
        break
      }
      i += 1
    }
    if marks.depth > 0 { marks.result.unclosed = marks.stack[0] }
    result = marks.result
  }

  /// The outermost ranges among `ranges` (sorted by start, then longest first).
  static func outermost(_ ranges: [Range<Int>]) -> [Range<Int>] {
    // None or one: nothing to sort or drop (most paragraphs).
    if ranges.count <= 1 { return ranges }
    let sorted = ranges.sorted {
      $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound
    }
    var out: [Range<Int>] = []
    var reach = -1
    for r in sorted where r.lowerBound >= reach {
      out.append(r)
      reach = r.upperBound
    }
    return out
  }
}
