/// Slices of a paragraph's text by scalar offsets, found from its UTF-8 storage
/// without decoding it again.
enum ScalarSlicing {
  /// `text`'s scalars `r` (clamped), as a slice of it: no copy. `scalarCount` is the
  /// number of scalars of `text`; when it is the number of bytes (ASCII) the slice is
  /// found at once, else by walking the scalars.
  static func slice(_ text: Substring, _ r: Range<Int>, scalarCount: Int) -> Substring {
    let lo = max(0, min(r.lowerBound, scalarCount))
    let hi = max(lo, min(r.upperBound, scalarCount))
    if scalarCount == text.utf8.count {
      let utf8 = text.utf8
      return text[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)]
    }
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: lo)
    return text[start..<scalars.index(start, offsetBy: hi - lo)]
  }

  /// `text`'s scalars `r` (clamped to its scalars), as a slice of it, when
  /// neither its scalars nor their number are at hand: the slice's byte offsets
  /// are found by counting scalar starts (every byte but a UTF-8 continuation
  /// byte) instead of decoding the text.
  static func slice(_ text: Substring, _ r: Range<Int>) -> Substring {
    var contiguous = text
    let (from, to) = contiguous.withUTF8 { bytes -> (Int, Int) in
      let lo = max(0, r.lowerBound)
      let hi = max(lo, r.upperBound)
      let n = bytes.count
      guard let base = bytes.baseAddress else { return (0, 0) }
      // `scalar` scalars start before byte `i`.
      var i = 0
      var scalar = 0
      // Where scalar `target` (not before `scalar`) starts, or `n`: eight bytes at a
      // time while they hold no start of it (a start is any byte but `10xxxxxx`).
      func start(of target: Int) -> Int {
        while n &- i >= 8 {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
          let starts = 8 &- continuations.nonzeroBitCount
          if scalar &+ starts > target { break }
          scalar &+= starts
          i &+= 8
        }
        while i < n {
          if base[i] & 0xC0 != 0x80 {
            if scalar == target { return i }
            scalar &+= 1
          }
          i &+= 1
        }
        return n
      }
      let from = start(of: lo)
      return (from, start(of: hi))
    }
    let utf8 = text.utf8
    return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
  }

  /// `slice(_:_:scalarCount:)` when the scalars of `text` are at hand: the
  /// slice's byte offsets are summed from their UTF-8 widths instead of walking
  /// the string.
  static func slice(_ text: Substring, _ r: Range<Int>, scalars: [UInt32]) -> Substring {
    let utf8 = text.utf8
    if scalars.count == utf8.count { return slice(text, r, scalarCount: scalars.count) }
    let lo = max(0, min(r.lowerBound, scalars.count))
    let hi = max(lo, min(r.upperBound, scalars.count))
    let (from, to) = scalars.withUnsafeBufferPointer { buffer in
      let from = UTF8Codec.width(buffer, 0..<lo)
      return (from, from + UTF8Codec.width(buffer, lo..<hi))
    }
    return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
  }
}
