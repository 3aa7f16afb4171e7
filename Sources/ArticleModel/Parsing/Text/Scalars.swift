/// Character classes and small scanning helpers over Unicode scalar values.
///
/// The segmentation passes work on one block of source text, and the quotation
/// stage on one paragraph, decoded into a `[UInt32]` of scalar values, so that
/// every step is an integer compare and a local index plus the block's base is
/// a source offset. Nothing here
/// allocates except `string(_:_:)` and the UTF-8 encoder's output buffer.
enum Scalars {
  /// White space of any kind, line breaks included.
  @inline(__always)
  static func isSpace(_ c: UInt32) -> Bool {
    if c <= 0x20 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    if c < 0xA0 { return false }
    switch c {
    case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// The index of the first scalar of `scalars` that is no white space (`scalars.count` when none is).
  static func firstNonSpace(_ scalars: [UInt32]) -> Int {
    var first = 0
    while first < scalars.count && isSpace(scalars[first]) { first += 1 }
    return first
  }

  /// The end of `scalars` without its trailing white space.
  static func trimmedEnd(_ scalars: [UInt32]) -> Int {
    var end = scalars.count
    while end > 0 && isSpace(scalars[end - 1]) { end -= 1 }
    return end
  }

  /// Line feed, carriage return and the Unicode line and paragraph separators.
  @inline(__always)
  static func isLineBreak(_ c: UInt32) -> Bool {
    c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029
  }

  /// Scalars that carry nothing to read: C0 controls other than white space,
  /// DEL, byte-order marks and non-characters.
  @inline(__always)
  static func isInvisibleJunk(_ c: UInt32) -> Bool {
    if c < 0x20 { return !(c >= 0x09 && c <= 0x0D) }
    return c == 0x7F || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF
  }

  @inline(__always)
  static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always)
  static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  @inline(__always)
  static func isASCIIAlphanumeric(_ c: UInt32) -> Bool { isASCIILetter(c) || isDigit(c) }

  /// Letters of any script (combining marks count, so "й" written as two scalars stays one word).
  static func isLetter(_ c: UInt32) -> Bool {
    if c < 0x80 { return isASCIILetter(c) }
    // Latin-1 letters and the Cyrillic alphabet settled here: the Unicode
    // property look-up costs some hundred instructions (`ScalarsTests` checks
    // these ranges against it).
    if c >= 0xC0 && c <= 0xFF { return c != 0xD7 && c != 0xF7 }
    if c >= 0x400 && c <= 0x45F { return true }
    guard let scalar = Unicode.Scalar(c) else { return false }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Letters and digits of any script, combining marks included: what a word is made of
  /// (a hashtag adds the underscore). The ranges settled here hold nothing else
  /// (`ScalarsTests` checks every scalar against the Unicode properties).
  @inline(__always)
  static func isWordCharacter(_ c: UInt32) -> Bool {
    if c < 0x80 { return isASCIIAlphanumeric(c) }
    // ª ² ³ µ ¹ º ¼ ½ ¾, one bit each.
    if c < 0xC0 { return (0x762C_0400_0000_0000 as UInt64) >> (c - 0x80) & 1 != 0 }
    if c <= 0x2C1 { return c != 0xD7 && c != 0xF7 }
    if c >= 0x300 && c <= 0x374 { return true }
    if c >= 0x3A3 && c <= 0x52F { return c != 0x3F6 && c != 0x482 }
    // General punctuation (dashes, curly quotes, spaces) and the emoji.
    if (c >= 0x2000 && c <= 0x206F) || (c >= 0x1F18A && c <= 0x1FAFF) { return false }
    return hasWordProperty(c)
  }

  /// Out of line for the reason given at `isUppercase`.
  @inline(never)
  private static func hasWordProperty(_ c: UInt32) -> Bool {
    guard let properties = Unicode.Scalar(c)?.properties else { return false }
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Upper-case letters of any script. Latin-1, Latin Extended-A and the Cyrillic
  /// alphabet are settled without the property look-up (see `isLetter`), which
  /// stays out of line: inlined, its resilient types made every caller set up room
  /// for them on entry (some 150 instructions a call, `bench-profile parse`).
  @inline(__always)
  static func isUppercase(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x41 && c <= 0x5A }
    if c >= 0xC0 && c <= 0xFF { return c <= 0xDE && c != 0xD7 }
    if c >= 0x100 && c <= 0x17F {
      // Pairs of capital and small letters, the capital first, their parity
      // turning at U+0138 ĸ and U+0149 ŉ; U+0178 Ÿ and U+017F ſ stand alone.
      if c <= 0x137 || (c >= 0x14A && c <= 0x177) { return c & 1 == 0 }
      if (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) { return c & 1 == 1 }
      return c == 0x178
    }
    if c >= 0x400 && c <= 0x45F { return c <= 0x42F }
    return hasUppercaseProperty(c)
  }

  /// Letters of scripts without case (Hebrew, Arabic, the Indic scripts, Thai, Han,
  /// kana, Hangul): a name there has no capital to show it, so its letters may start one.
  static func isUncasedLetter(_ c: UInt32) -> Bool {
    guard c >= 0x590 else { return false }
    return (c <= 0x8FF) || (c >= 0x900 && c <= 0xFFF) || (c >= 0x1100 && c <= 0x11FF)
      || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
      || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF)
  }

  @inline(never)
  private static func hasUppercaseProperty(_ c: UInt32) -> Bool {
    Unicode.Scalar(c)?.properties.isUppercase ?? false
  }

  static func isLowercase(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x61 && c <= 0x7A }
    // Latin-1 and Cyrillic alphabet letters without the property look-up (see `isLetter`).
    if c >= 0xC0 && c <= 0xFF { return c >= 0xDF && c != 0xF7 }
    if c >= 0x400 && c <= 0x45F { return c >= 0x430 }
    return Unicode.Scalar(c)?.properties.isLowercase ?? false
  }

  /// The one case fold: lower case for the common alphabets (ASCII, Latin-1,
  /// Latin Extended-A, Greek, Cyrillic) and the typographic apostrophe to `'`;
  /// other values stay. Words are hashed and month names read through it.
  @inline(__always)
  static func fold(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
    if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
    if v == 0x2019 { return 0x27 }
    if v >= 0x100 && v <= 0x17F {
      if (v <= 0x137 || (v >= 0x14A && v <= 0x177)) && v % 2 == 0 { return v + 1 }
      if ((v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17E)) && v % 2 == 1 { return v + 1 }
      return v
    }
    if v >= 0x391 && v <= 0x3A9 { return v + 32 }
    if v >= 0x410 && v <= 0x42F { return v + 32 }
    if v >= 0x400 && v <= 0x40F { return v + 80 }
    return v
  }

  /// Em dash, en dash, horizontal bar, figure dash and minus: the dashes that
  /// introduce a post signature or attribute a quotation.
  @inline(__always)
  static func isDash(_ c: UInt32) -> Bool {
    c == 0x2014 || c == 0x2013 || c == 0x2015 || c == 0x2012 || c == 0x2212
  }

  /// Whether the ASCII bytes of `word` stand at `i` (and end before `end`).
  ///
  /// With `ignoringCase`, ASCII letters of the text are compared in lower
  /// case, so `word` must be written in lower case.
  static func matches(
    _ scalars: [UInt32], at i: Int, end: Int, _ word: [UInt8], ignoringCase: Bool = false
  ) -> Bool {
    guard i >= 0, i + word.count <= end, i + word.count <= scalars.count else { return false }
    var k = 0
    while k < word.count {
      var c = scalars[i + k]
      if ignoringCase && c >= 0x41 && c <= 0x5A { c |= 0x20 }
      if c != UInt32(word[k]) { return false }
      k += 1
    }
    return true
  }

  /// Whether the ASCII text `word` stands at `i` (see the array version).
  @inline(__always)
  static func matches(
    _ scalars: [UInt32], at i: Int, end: Int, _ word: StaticString, ignoringCase: Bool = false
  ) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i >= 0, i + n <= end, i + n <= scalars.count else { return false }
    let bytes = word.utf8Start
    var k = 0
    while k < n {
      var c = scalars[i + k]
      if ignoringCase && c >= 0x41 && c <= 0x5A { c |= 0x20 }
      if c != UInt32(bytes[k]) { return false }
      k += 1
    }
    return true
  }

  /// Lower-case ASCII letters `scalars[from..<to]` packed into one integer, or
  /// `nil` when the run is longer than eight or holds anything but ASCII
  /// letters and digits. Used as an allocation-free dictionary key.
  static func asciiKey(_ scalars: [UInt32], from: Int, to: Int, lowercased: Bool = true) -> UInt64? {
    guard to > from, to - from <= 8 else { return nil }
    var key: UInt64 = 0
    for k in from..<to {
      var c = scalars[k]
      guard isASCIIAlphanumeric(c) else { return nil }
      if lowercased && c >= 0x41 && c <= 0x5A { c |= 0x20 }
      key = key << 8 | UInt64(c)
    }
    return key
  }

  /// The same packing as `asciiKey(_:from:to:)` for a literal word.
  static func asciiKey(_ word: String) -> UInt64 {
    var key: UInt64 = 0
    for byte in word.utf8.prefix(8) { key = key << 8 | UInt64(byte) }
    return key
  }

  /// The scalars of `scalars` in `parts`, as one string with white space folded
  /// (a break between parts counts as white space) and trimmed.
  static func foldedString(_ scalars: [UInt32], _ parts: [Range<Int>]) -> String {
    scalars.withUnsafeBufferPointer { foldedString($0, parts) }
  }

  /// `foldedString(_:_:)` over a buffer (the scalars read without the array's checks).
  private static func foldedString(_ scalars: UnsafeBufferPointer<UInt32>, _ parts: [Range<Int>]) -> String {
    // The exact UTF-8 length of the parts (plus a space between two) bounds the
    // folded text: a string keeps the capacity it is made with.
    var total = 0
    for part in parts { total &+= UTF8Codec.width(scalars, part) }
    guard total > 0 else { return "" }
    return String(unsafeUninitializedCapacity: total + parts.count) { buffer in
      var n = 0
      var pendingSpace = false
      for part in parts {
        var k = part.lowerBound
        while k < part.upperBound {
          let c = scalars[k]
          k += 1
          if isSpace(c) {
            pendingSpace = n > 0
            continue
          }
          if isInvisibleJunk(c) { continue }
          if pendingSpace {
            buffer[n] = 0x20
            n += 1
            pendingSpace = false
          }
          n = UTF8Codec.encode(c, into: buffer, at: n)
          // The rest of a run of printable ASCII (no space, nothing to drop), copied
          // in a loop of its own.
          if c > 0x20 && c < 0x7F {
            while k < part.upperBound {
              // Eight at once where they are printable ASCII with single spaces, the last
              // no space: copied as they are (a space between two words stays one).
              if part.upperBound &- k >= 8, let packed = packedASCII(scalars.baseAddress! + k),
                isPrintable(packed)
              {
                let spaces = bytes(packed, equalTo: 0x20)
                if spaces & (spaces << 8) == 0 && spaces >> 56 == 0 {
                  UnsafeMutableRawPointer(buffer.baseAddress! + n).storeBytes(of: packed, as: UInt64.self)
                  n &+= 8
                  k &+= 8
                  continue
                }
              }
              let d = scalars[k]
              guard d > 0x20 && d < 0x7F else { break }
              buffer[n] = UInt8(truncatingIfNeeded: d)
              n &+= 1
              k &+= 1
            }
          }
        }
        pendingSpace = n > 0
      }
      return n
    }
  }

  /// The scalars `scalars[range]` as a string with white space folded and trimmed.
  static func foldedString(_ scalars: [UInt32], _ range: Range<Int>) -> String {
    foldedString(scalars, [range])
  }

  /// The eight scalars at `p` as the eight bytes of one word (the first in the
  /// lowest byte) when all are ASCII, else `nil`: read two to a load (checked
  /// against one at a time in `FastPathTests`).
  @inline(__always)
  static func packedASCII(_ p: UnsafePointer<UInt32>) -> UInt64? {
    #if _endian(big)
      return nil
    #else
      let raw = UnsafeRawPointer(p)
      let w0 = raw.loadUnaligned(as: UInt64.self)
      let w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      let w2 = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
      let w3 = raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
      guard (w0 | w1 | w2 | w3) & 0xFFFF_FF80_FFFF_FF80 == 0 else { return nil }
      @inline(__always) func pair(_ w: UInt64) -> UInt64 { (w | w >> 24) & 0xFFFF }
      return pair(w0) | pair(w1) << 16 | pair(w2) << 32 | pair(w3) << 48
    #endif
  }

  /// Bit 7 of each byte of `packed` (eight ASCII bytes) that equals `byte`.
  @inline(__always)
  static func bytes(_ packed: UInt64, equalTo byte: UInt8) -> UInt64 {
    // A byte below 0x80 plus 0x7F reaches bit 7 unless it is 0 (and carries into no other).
    ~((packed ^ (UInt64(byte) &* 0x0101_0101_0101_0101)) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
  }

  /// Whether eight ASCII bytes (`packedASCII`) are all printable (0x20 to 0x7E).
  @inline(__always)
  static func isPrintable(_ packed: UInt64) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    // From 0x20 up, plus 0x60 reaches bit 7; only 0x7F does plus 1.
    return (packed &+ 0x6060_6060_6060_6060) & high == high && (packed &+ 0x0101_0101_0101_0101) & high == 0
  }

  /// The first index in `from..<end` of a scalar `c` with `c | or == value`
  /// (`or` 1 and `value` 0x2F: a `.` or `/`), or `end` when there is none.
  @inline(__always)
  static func firstIndex(_ scalars: [UInt32], from: Int, end: Int, where or: UInt32, equals value: UInt32)
    -> Int
  {
    let bits = SIMD8<UInt32>(repeating: or)
    let wanted = SIMD8<UInt32>(repeating: value)
    return firstIndex(
      scalars, from: from, end: end, inBlock: { any(($0 | bits) .== wanted) }, is: { $0 | or == value })
  }

  /// The first index in `from..<end` holding `a`, `b` or `c`, or `end` when none does.
  @inline(__always)
  static func firstIndex(_ scalars: [UInt32], from: Int, end: Int, of a: UInt32, _ b: UInt32, _ c: UInt32)
    -> Int
  {
    let va = SIMD8<UInt32>(repeating: a)
    let vb = SIMD8<UInt32>(repeating: b)
    let vc = SIMD8<UInt32>(repeating: c)
    return firstIndex(
      scalars, from: from, end: end, inBlock: { any(($0 .== va) .| ($0 .== vb) .| ($0 .== vc)) },
      is: { $0 == a || $0 == b || $0 == c })
  }

  /// The first index in `from..<end` of a scalar that `is` accepts, or `end`: eight
  /// scalars to a test while `inBlock` says none of them may be one (the link and
  /// signature searches of `bench-profile parse`; checked in `FastPathTests`).
  ///
  /// The vector is spelt out as `SIMD8<UInt32>`: inferred, the comparisons
  /// compile to a loop over its lanes.
  @inline(__always)
  private static func firstIndex(
    _ scalars: [UInt32], from: Int, end: Int, inBlock: (SIMD8<UInt32>) -> Bool, is accepts: (UInt32) -> Bool
  ) -> Int {
    scalars.withUnsafeBufferPointer { buffer in
      let end = min(end, buffer.count)
      var i = max(from, 0)
      if let base = buffer.baseAddress {
        let raw = UnsafeRawPointer(base)
        while end &- i >= 8 {
          let v: SIMD8<UInt32> = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
          if inBlock(v) { break }
          i &+= 8
        }
      }
      while i < end {
        if accepts(buffer[i]) { return i }
        i &+= 1
      }
      return end
    }
  }

  /// `range` with white space removed from both ends.
  static func trimmed(_ scalars: [UInt32], _ range: Range<Int>) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi && (isSpace(scalars[lo]) || isInvisibleJunk(scalars[lo])) { lo += 1 }
    while hi > lo && (isSpace(scalars[hi - 1]) || isInvisibleJunk(scalars[hi - 1])) { hi -= 1 }
    return lo..<hi
  }
}

extension UInt32 {
  /// An ASCII scalar's value, written as the character: `UInt32(ascii: "/")`.
  @inline(__always)
  init(ascii scalar: Unicode.Scalar) {
    self = scalar.value
  }
}
