/// Paragraphs that scrapers copy from around the article rather than from it.
///
/// Dropped from the reading text:
/// - links to other stories: a paragraph of under 250 scalars that starts
///   with `Related:`, `Read more:`, `Read also:`, `Also read:`, `See also:`
///   or `More:` (any case);
/// - image credits: a paragraph of under 250 scalars that starts with
///   `Image copyright`, `Image caption`, `Image source`, `(Photo:`,
///   `Photo:` or `(Image:`;
/// - the body printed twice: a running-text paragraph of 80 scalars or more
///   whose text is exactly that of an earlier paragraph.
/// Posts are never dropped.
enum Boilerplate {
  static let prefixes: [String] = [
    "related:", "read more:", "read also:", "also read:", "see also:", "more:", "image copyright",
    "image caption",
    "image source", "(photo:", "photo:", "(image:",
  ]

  /// Whether a paragraph's display text is a link to another story or an image credit.
  static func isAside(_ text: Substring) -> Bool {
    // The bytes are read in place: the substring's UTF-8 view cost more, a
    // paragraph at a time, than the test itself.
    var bytes = text
    let candidate = bytes.withUTF8 { utf8 -> Bool in
      guard utf8.count < 250 * 4, let first = utf8.first else { return false }
      let lead = first | 0x20
      // Cheap test first: every prefix starts with one of ( r a s m i p.
      guard
        lead == UInt32(ascii: "(") || lead == UInt32(ascii: "r") || lead == UInt32(ascii: "a")
          || lead == UInt32(ascii: "s") || lead == UInt32(ascii: "m") || lead == UInt32(ascii: "i")
          || lead == UInt32(ascii: "p")
      else { return false }
      // Exact filter: a prefix can match below only where the bytes start with it,
      // ASCII letters in any case (lower-casing gives ASCII letters of no other
      // character in the prefixes). Most paragraphs stop here, before a string is made.
      return prefixBytes.contains { startsWithIgnoringASCIICase(utf8, $0) }
    }
    guard candidate, scalarCount(text) < 250 else { return false }
    let head = String(text.prefix(16)).lowercased()
    return prefixes.contains { head.hasPrefix($0) }
  }

  private static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }

  /// Whether `text` starts with the lower-case ASCII `prefix`, its letters in any case.
  private static func startsWithIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8])
    -> Bool
  {
    guard text.count >= prefix.count else { return false }
    for (i, p) in prefix.enumerated() {
      let b = text[i]
      guard (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == p else { return false }
    }
    return true
  }

  /// The number of scalars of `text`: its UTF-8 bytes that do not continue a scalar.
  static func scalarCount(_ text: Substring) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for b in bytes where b & 0xC0 != 0x80 { count &+= 1 }
      return count
    }
  }
}
