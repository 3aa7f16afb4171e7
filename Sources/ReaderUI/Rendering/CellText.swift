/// The text of one cell, kept inline: up to 15 bytes of UTF-8 and their count.
///
/// A grid holds thousands of cells and every frame makes and drops one; with
/// the text inline a cell is plain bytes, so a grid is filled, compared and
/// freed without reference counting. A grapheme unit longer than 15 bytes (a
/// letter under a pile of combining marks) keeps its first whole scalars that
/// fit, as ncurses keeps the first five characters of a cell (five scalars of
/// up to three bytes always fit).
public struct CellText: Hashable, Sendable {
  /// The bytes, first in the lowest byte of `low`; the count in the top byte of `high`.
  private var low: UInt64
  private var high: UInt64

  /// The most UTF-8 bytes a cell keeps.
  public static let capacity = 15

  /// A single ASCII character.
  @inline(__always)
  public init(ascii byte: UInt8) {
    low = UInt64(byte)
    high = 1 << 56
  }

  /// A scalar of two bytes of UTF-8.
  @inline(__always)
  init(utf8 first: UInt8, _ second: UInt8) {
    low = UInt64(first) | UInt64(second) << 8
    high = 2 << 56
  }

  /// The first whole scalars of `text` that fit in `capacity` bytes.
  public init(_ text: some StringProtocol) {
    low = 0
    high = 0
    var count = 0
    withUnsafeMutableBytes(of: &self) { bytes in
      for scalar in text.unicodeScalars {
        let length = UTF8.width(scalar)
        if count + length > Self.capacity { break }
        for byte in UTF8.encode(scalar)! {
          bytes[count] = byte
          count += 1
        }
      }
      bytes[Self.capacity] = UInt8(count)
    }
  }

  /// How many bytes of UTF-8.
  @inline(__always)
  public var count: Int { Int(high >> 56) }

  public var isEmpty: Bool { count == 0 }

  /// The first eight bytes, the first in the lowest byte (the character of a lone ASCII one).
  @inline(__always)
  var lowBits: UInt64 { low }

  /// The character when the text is a single ASCII character.
  @inline(__always)
  public var asciiByte: UInt8? { high == 1 << 56 && low < 0x80 ? UInt8(low) : nil }

  /// Calls `body` with the UTF-8 bytes.
  public func withUTF8<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    let count = self.count
    return withUnsafeBytes(of: self) { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
  }

  /// The text as a string.
  public var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
}
