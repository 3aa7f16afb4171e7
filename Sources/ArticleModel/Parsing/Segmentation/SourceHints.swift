/// What a stretch of source bytes may contain, learnt in the one pass that
/// also finds its line ends, so that later stages run only where they can
/// find something.
///
/// Hints are conservative: a hint may be set where the stage then finds
/// nothing, but a stage is skipped only when its hint is absent. Most
/// paragraphs carry none, and their display text is then the source bytes
/// themselves.
struct SourceHints: OptionSet, Sendable {
  let rawValue: UInt32

  /// Something the display text must change: a control or line break,
  /// `&`, `<`, DEL, a C1 control, a no-break or other Unicode space, a
  /// byte-order mark or non-character, two spaces in a row, or what may be
  /// UTF-8 once read as Windows-1252 (`Â`, `Ã`, `€`).
  static let unclean = SourceHints(rawValue: 1)
  /// JavaScript (`{` or `;`) or a `<script>`/`<style>` element may be there.
  static let script = SourceHints(rawValue: 2)
  /// An inline ad phrase may be there ("...continues below", "Advertisement").
  static let advert = SourceHints(rawValue: 4)
  /// A post signature may be there (`(@`, `A post`/`A video`..., `Posted`).
  static let signature = SourceHints(rawValue: 8)
  /// A link may be there (a `/`).
  static let link = SourceHints(rawValue: 16)

  /// Hints that call for the scanning stages (everything but `unclean`).
  static let embedded: SourceHints = [.script, .advert, .signature, .link]

  /// Scans bytes up to the first LF or CR at or after `start` (or `end`).
  ///
  /// Sixteen bytes are classified at once (`loud`) where there are sixteen
  /// before `end` and a byte of the line before them; only the bytes that
  /// need a look are then looked at one by one. The rest is read a byte at a
  /// time through `table`.
  ///
  /// - Parameters:
  ///   - table: `SourceHints.table`'s storage (fetched once by the caller).
  ///   - inBlocks: `false` reads every byte through `table` (the tests' reference).
  /// - Returns: where the line ends, how many scalars it holds, and its hints.
  static func scanLine(
    _ base: UnsafePointer<UInt8>, table: UnsafePointer<UInt8>, from start: Int, end: Int,
    inBlocks: Bool = true
  ) -> (end: Int, scalars: Int, hints: SourceHints) {
    var hints: UInt32 = 0
    // UTF-8 continuation bytes seen: the line's scalars are its bytes less these.
    var continuations = 0
    // Continuation bytes of whole blocks, counted lane by lane: added to
    // `continuations` every 255 blocks (a lane holds up to 255) and at the end.
    var laneCounts = SIMD16<UInt8>()
    var blocksCounted = 0
    var i = start
    while i < end {
      if inBlocks && i > start && end &- i >= 16 {
        typealias V = SIMD16<UInt8>
        // `i - 1` is in the line too: the block's first space is checked against it.
        let bytes = UnsafeRawPointer(base + i).loadUnaligned(as: V.self)
        let before = UnsafeRawPointer(base + i - 1).loadUnaligned(as: V.self)
        let loud = unsafeBitCast(Self.loud(bytes, after: before), to: SIMD2<UInt64>.self)
        var loud0 = loud[0] & highBits
        var loud1 = loud[1] & highBits
        var lineEnd = -1
        while loud0 | loud1 != 0 {
          let lane = loud0 != 0 ? loud0.trailingZeroBitCount >> 3 : 8 + loud1.trailingZeroBitCount >> 3
          if loud0 != 0 { loud0 &= loud0 &- 1 } else { loud1 &= loud1 &- 1 }
          let j = i &+ lane
          let kind = table[Int(base[j])]
          if kind == Kind.lineBreak {
            lineEnd = j
            break
          }
          // A space here is the second of two (`loud`).
          if kind == Kind.space {
            hints |= SourceHints.unclean.rawValue
          } else {
            hints |= inspect(kind, base, j, start: start, end: end)
          }
        }
        if lineEnd >= 0 {
          // Only the continuations before the break (the rest belong to the next line),
          // read from the block as two words: bit 7 of each byte `10xxxxxx`.
          let raw = unsafeBitCast(bytes, to: SIMD2<UInt64>.self)
          var more0 = raw[0] & ~(raw[0] << 1) & highBits
          var more1 = raw[1] & ~(raw[1] << 1) & highBits
          let lane = lineEnd &- i
          if lane < 8 {
            more0 &= (1 << (8 * UInt64(lane))) &- 1
            more1 = 0
          } else {
            more1 &= (1 << (8 * UInt64(lane - 8))) &- 1
          }
          // At most sixteen bytes of 0 or 1: their sum fits the top byte of the product.
          continuations &+= Int(truncatingIfNeeded: (((more0 >> 7) &+ (more1 >> 7)) &* lowBits) >> 56)
          i = lineEnd
          break
        }
        // A continuation lane is all ones, minus one: subtracting it counts it.
        let more = (bytes & V(repeating: 0xC0)) .== V(repeating: 0x80)
        laneCounts &-= unsafeBitCast(more, to: V.self)
        blocksCounted &+= 1
        if blocksCounted == 255 {
          continuations &+= Self.sum(laneCounts)
          laneCounts = V()
          blocksCounted = 0
        }
        i &+= 16
        continue
      }
      // Bytes that need no look (most of them) are passed over in a loop of their own.
      while i < end && table[Int(base[i])] == 0 { i &+= 1 }
      guard i < end else { break }
      let kind = table[Int(base[i])]
      if kind != 0 {
        if kind == Kind.lineBreak { break }
        if kind == Kind.continuation {
          continuations &+= 1
        } else if kind == Kind.space {
          // Two spaces in a row.
          if i > start && base[i - 1] == UInt8(ascii: " ") { hints |= SourceHints.unclean.rawValue }
        } else if kind != Kind.otherLead {
          hints |= inspect(kind, base, i, start: start, end: end)
        }
      }
      i += 1
    }
    if blocksCounted > 0 { continuations &+= Self.sum(laneCounts) }
    return (i, i - start - continuations, SourceHints(rawValue: hints))
  }

  /// The sum of the sixteen lanes.
  @inline(__always)
  private static func sum(_ lanes: SIMD16<UInt8>) -> Int {
    let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
    // Bytes added into 16-bit lanes (four bytes each, at most 1,020), then the four lanes in
    // the top one of the product.
    let pairs: UInt64 = 0x00FF_00FF_00FF_00FF
    let wide = (words[0] & pairs) &+ (words[0] >> 8 & pairs) &+ (words[1] & pairs) &+ (words[1] >> 8 & pairs)
    return Int(truncatingIfNeeded: (wide &* 0x0001_0001_0001_0001) >> 48)
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let lowBits: UInt64 = 0x0101_0101_0101_0101

  /// Each lane all ones where the byte needs a look in `scanLine`: one of the
  /// trigger bytes of `table` (a control or line break, `&`, `/`, `;`, `<`,
  /// `A`, `P`, `{`, DEL, a lead byte of kind `Kind.lead`), a space after a
  /// space, or a trigger whose hint needs the byte before (`before` holds
  /// each lane's previous byte): `@` after `(`, `u` after `n` (continue), `v`
  /// after `d` or `D` (Advertisement). A `u` after anything else, the most
  /// common trigger byte, can give no hint (`inspect`). Continuation bytes and
  /// other lead bytes need no look.
  ///
  /// The vectors are spelt out as `SIMD16<UInt8>`: with the scalar type left
  /// to inference, the comparisons were made lane by lane.
  @inline(__always)
  private static func loud(_ bytes: SIMD16<UInt8>, after before: SIMD16<UInt8>) -> SIMD16<UInt8> {
    typealias V = SIMD16<UInt8>
    @inline(__always) func equal(_ x: V, _ c: UInt8) -> SIMDMask<SIMD16<Int8>> { x .== V(repeating: c) }
    var found = bytes .< V(repeating: 0x20)
    found .|= equal(bytes, UInt8(ascii: "&")) .| equal(bytes, UInt8(ascii: "/"))
      .| equal(bytes, UInt8(ascii: ";")) .| equal(bytes, UInt8(ascii: "<"))
    found .|= equal(bytes, UInt8(ascii: "A")) .| equal(bytes, UInt8(ascii: "P"))
    found .|= equal(bytes, UInt8(ascii: "@")) .& equal(before, UInt8(ascii: "("))  // (@
    found .|= equal(bytes, UInt8(ascii: "u")) .& equal(before, UInt8(ascii: "n"))  // nu
    // dv or Dv
    found .|= equal(bytes, UInt8(ascii: "v")) .& equal(before | V(repeating: 0x20), UInt8(ascii: "d"))
    found .|= equal(bytes & V(repeating: 0xFB), 0x7B)  // { DEL
    found .|= equal(bytes & V(repeating: 0xFE), 0xC2) .| equal(bytes & V(repeating: 0xFE), 0xE2)
    found .|= equal(bytes, 0xE1) .| equal(bytes, 0xEF)
    found .|= equal(bytes, UInt8(ascii: " ")) .& equal(before, UInt8(ascii: " "))
    return unsafeBitCast(found, to: V.self)
  }

  private enum Kind {
    static let unclean: UInt8 = 1
    static let slash: UInt8 = 2
    static let space: UInt8 = 3
    static let lead: UInt8 = 4
    static let at: UInt8 = 5
    static let capitalA: UInt8 = 6
    static let capitalP: UInt8 = 7
    static let lessThan: UInt8 = 8
    static let lineBreak: UInt8 = 9
    static let code: UInt8 = 10
    static let u: UInt8 = 11
    static let v: UInt8 = 12
    /// A UTF-8 continuation byte (`10xxxxxx`).
    static let continuation: UInt8 = 13
    /// Any other byte from 0xC0 up: the lead byte of a scalar that needs no look.
    static let otherLead: UInt8 = 14
  }

  /// The hints a trigger byte at `i` gives, looking at its neighbours.
  private static func inspect(_ kind: UInt8, _ base: UnsafePointer<UInt8>, _ i: Int, start: Int, end: Int)
    -> UInt32
  {
    @inline(__always) func at(_ k: Int) -> UInt8 { k >= start && k < end ? base[k] : 0 }
    switch kind {
    case Kind.unclean: return SourceHints.unclean.rawValue
    case Kind.slash: return SourceHints.link.rawValue
    case Kind.space: return at(i - 1) == UInt8(ascii: " ") ? SourceHints.unclean.rawValue : 0
    case Kind.at: return at(i - 1) == UInt8(ascii: "(") ? SourceHints.signature.rawValue : 0  // "(@"
    case Kind.capitalA:  // "A post", "A photo", "A video"
      return at(i + 1) == UInt8(ascii: " ")
        && (at(i + 2) == UInt8(ascii: "p") || at(i + 2) == UInt8(ascii: "v"))
        ? SourceHints.signature.rawValue : 0
    case Kind.capitalP:  // "Posted"
      return at(i + 1) == UInt8(ascii: "o") && at(i + 2) == UInt8(ascii: "s")
        && at(i + 3) == UInt8(ascii: "t") ? SourceHints.signature.rawValue : 0
    case Kind.lessThan:  // and "<script", "<style"
      let next = at(i + 1) | 0x20
      return SourceHints.unclean.rawValue | (next == UInt8(ascii: "s") ? SourceHints.script.rawValue : 0)
    case Kind.code: return SourceHints.script.rawValue
    case Kind.u:  // "continue"
      return at(i - 3) == UInt8(ascii: "t") && at(i - 2) == UInt8(ascii: "i")
        && at(i - 1) == UInt8(ascii: "n") ? SourceHints.advert.rawValue : 0
    case Kind.v:  // "Advertisement"
      return at(i - 2) | 0x20 == UInt8(ascii: "a") && at(i - 1) | 0x20 == UInt8(ascii: "d")
        ? SourceHints.advert.rawValue : 0
    case Kind.lead:
      // Multi-byte lead: C1 controls, no-break and Unicode spaces, BOM, non-characters.
      let next = at(i + 1)
      let third = at(i + 2)
      var unusual = false
      switch base[i] {
      case 0xC2: unusual = next <= 0xA0
      case 0xC3: unusual = next == 0x82 || next == 0x83  // "Â", "Ã": maybe UTF-8 read as Windows-1252
      case 0xE1: unusual = next == 0x9A && third == 0x80
      case 0xE2:
        unusual =
          (next == 0x80
            && ((third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF))
          || (next == 0x81 && third == 0x9F) || (next == 0x82 && third == 0xAC)  // "€" of "â€™"
      case 0xE3: unusual = next == 0x80 && third == 0x80
      case 0xEF: unusual = (next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE)
      default: break
      }
      return unusual ? SourceHints.unclean.rawValue : 0
    default:
      return 0
    }
  }

  /// The trigger kind of every byte value (0 for most).
  static let table: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    for b in 0..<0x20 { table[b] = Kind.unclean }
    for (byte, kind): (Unicode.Scalar, UInt8) in [
      ("\n", Kind.lineBreak), ("\r", Kind.lineBreak), ("\u{7F}", Kind.unclean), ("&", Kind.unclean),
      ("<", Kind.lessThan), ("/", Kind.slash), ("@", Kind.at), ("A", Kind.capitalA), ("P", Kind.capitalP),
      ("{", Kind.code), (";", Kind.code), ("u", Kind.u), ("v", Kind.v), (" ", Kind.space),
    ] {
      table[Int(byte.value)] = kind
    }
    for b in [0xC2, 0xC3, 0xE1, 0xE2, 0xE3, 0xEF] { table[b] = Kind.lead }
    // Every byte from 0x80 up is looked at, so that the common case (ASCII
    // with no trigger) is one load and one test a byte.
    for b in 0x80..<0x100 where table[b] == 0 { table[b] = b < 0xC0 ? Kind.continuation : Kind.otherLead }
    return table
  }()
}
