/// The one UTF-8 decoder, encoder and width of the parsing stages.
///
/// Decoding reads valid UTF-8 (a Swift string's storage): every sequence is
/// whole, so a scalar needs no checks. Encoding writes any 32-bit value, a
/// surrogate or a value past U+10FFFF as U+FFFD.
enum UTF8Codec {
  /// Scalars `scalars(of:scratch:reusing:)` decodes through its scratch room (64 KB).
  static let scratchCapacity = 16384

  /// The number of UTF-8 bytes `encode` writes for `c`.
  @inline(__always)
  static func width(of c: UInt32) -> Int {
    c < 0x80 ? 1 : c < 0x800 ? 2 : (c < 0x10000 || c >= 0x110000) ? 3 : 4
  }

  /// Writes the UTF-8 encoding of `c` at `buffer[n]` (room for four bytes
  /// needed); returns the new end.
  @inline(__always)
  static func encode(_ c: UInt32, into buffer: UnsafeMutablePointer<UInt8>, at n: Int) -> Int {
    if c < 0x80 {
      buffer[n] = UInt8(c)
      return n + 1
    }
    if c < 0x800 {
      buffer[n] = UInt8(0xC0 | (c >> 6))
      buffer[n + 1] = UInt8(0x80 | (c & 0x3F))
      return n + 2
    }
    if c < 0x10000 {
      let v: UInt32 = c >= 0xD800 && c < 0xE000 ? 0xFFFD : c
      buffer[n] = UInt8(0xE0 | (v >> 12))
      buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
      buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
      return n + 3
    }
    if c >= 0x110000 {
      // U+FFFD written out: no recursion, so the function inlines.
      buffer[n] = 0xEF
      buffer[n + 1] = 0xBF
      buffer[n + 2] = 0xBD
      return n + 3
    }
    buffer[n] = UInt8(0xF0 | (c >> 18))
    buffer[n + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
    buffer[n + 2] = UInt8(0x80 | ((c >> 6) & 0x3F))
    buffer[n + 3] = UInt8(0x80 | (c & 0x3F))
    return n + 4
  }

  /// `encode(_:into:at:)` into a buffer (room for four bytes from `n` needed).
  @inline(__always)
  static func encode(_ c: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
    encode(c, into: buffer.baseAddress!, at: n)
  }

  /// The number of UTF-8 bytes of the scalar values `s[range]` (none past U+10FFFF),
  /// eight at a time.
  ///
  /// Each scalar takes one byte, and one more for each of U+0080, U+0800 and
  /// U+10000 it reaches: three compares of eight lanes, whatever the script
  /// (checked against `UTF8.width` in `UTF8CodecTests`).
  static func width(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Int {
    var i = range.lowerBound
    let end = range.upperBound
    var total = range.count
    if let base = s.baseAddress, end &- i >= 8 {
      typealias Lanes = SIMD8<Int32>
      let two = Lanes(repeating: 0x7F)
      let three = Lanes(repeating: 0x7FF)
      let four = Lanes(repeating: 0xFFFF)
      // Minus the extra bytes (a lane of a true compare is -1; values fit 31 bits,
      // so the lanes compare as signed).
      var extra = Lanes()
      let raw = UnsafeRawPointer(base)
      while end &- i >= 8 {
        let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: Lanes.self)
        extra &+=
          unsafeBitCast(v .> two, to: Lanes.self) &+ unsafeBitCast(v .> three, to: Lanes.self)
          &+ unsafeBitCast(v .> four, to: Lanes.self)
        i &+= 8
      }
      total &-= Int(extra.wrappedSum())
    }
    while i < end {
      total &+= width(of: s[i]) &- 1
      i &+= 1
    }
    return total
  }

  /// `width(_:_:)` of an array of scalar values.
  static func width(_ s: [UInt32], _ range: Range<Int>) -> Int {
    precondition(range.lowerBound >= 0 && range.upperBound <= s.count)
    return s.withUnsafeBufferPointer { width($0, range) }
  }

  /// The scalar values `s[range]` as a string.
  static func string(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return String(unsafeUninitializedCapacity: width(s, range)) { bytes in
      var n = 0
      for k in range { n = encode(s[k], into: bytes, at: n) }
      return n
    }
  }

  /// The scalar values `s[r]` (clamped) as a string, encoded straight into its storage.
  static func string(_ s: [UInt32], _ r: Range<Int>) -> String {
    let lo = max(0, min(r.lowerBound, s.count))
    let hi = max(lo, min(r.upperBound, s.count))
    return s.withUnsafeBufferPointer { string($0, lo..<hi) }
  }

  /// Decodes the `n` bytes of valid UTF-8 at `base` into `out` (room for `n`
  /// values); returns the number of scalars.
  ///
  /// One scalar a step, except that an ASCII byte with seven more bytes after it
  /// tries those eight at once: a step of eight bytes each time, each then decoded
  /// one by one when any was not ASCII, cost twice as much on Cyrillic text
  /// (`bench-profile parse`).
  @inline(__always)
  static func decode(_ base: UnsafePointer<UInt8>, _ n: Int, into out: UnsafeMutablePointer<UInt32>) -> Int {
    var i = 0
    var k = 0
    while i < n {
      let b0 = UInt32(base[i])
      if b0 < 0x80 {
        if n &- i >= 8 {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            // Widened to eight 32-bit values at once.
            let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
            UnsafeMutableRawPointer(out + k).storeBytes(of: wide, as: SIMD8<UInt32>.self)
            i &+= 8
            k &+= 8
            continue
          }
        }
        out[k] = b0
        i &+= 1
      } else if b0 < 0xE0 && i + 1 < n {
        out[k] = (b0 & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
        i &+= 2
      } else if b0 < 0xF0 && i + 2 < n {
        out[k] = (b0 & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
        i &+= 3
      } else if i + 3 < n {
        out[k] =
          (b0 & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12
          | UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
        i &+= 4
      } else {
        out[k] = 0xFFFD
        i = n
      }
      k &+= 1
    }
    return k
  }

  /// The scalar values of well-formed UTF-8 `bytes[range]`.
  static func values(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt32] {
    guard let base = bytes.baseAddress, !range.isEmpty else { return [] }
    return [UInt32](unsafeUninitializedCapacity: range.count) { output, initialized in
      initialized = decode(base + range.lowerBound, range.count, into: output.baseAddress!)
    }
  }

  /// The scalar values of a string.
  static func values(_ text: some StringProtocol) -> [UInt32] {
    var text = Substring(text)
    return text.withUTF8 { values($0, 0..<$0.count) }
  }

  /// `values(_:)` of `text`, decoded in `scratch` when the text fits there and copied into
  /// `reusing`, an array no longer needed whose room is kept: the copy goes through
  /// code specialised for scalars, while `Array(unsafeUninitializedCapacity:)`
  /// looks the array's type up at run time, which costs more than the copy.
  static func scalars(
    of text: Substring, scratch: borrowing ScratchBuffer<UInt32>,
    reusing storage: consuming [UInt32]
  ) -> [UInt32] {
    guard text.utf8.count <= scratch.capacity else { return values(text) }
    storage.removeAll(keepingCapacity: true)
    var text = text
    let out = scratch.base
    let count = text.withUTF8 { bytes -> Int in
      guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
      return decode(base, bytes.count, into: out)
    }
    storage.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
    return storage
  }
}
