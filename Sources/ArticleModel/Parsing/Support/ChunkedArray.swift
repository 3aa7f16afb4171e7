/// A list that grows in chunks of at most 4,096 elements, for the long lists a
/// parse builds (pending paragraphs, name runs).
///
/// An `Array` doubles its storage as it grows: it may hold up to twice what it
/// needs, and while it grows the old and the new storage are both alive. On a big
/// article those lists are tens of megabytes. Here only the last chunk has room
/// to spare (the first grows as an `Array` does, later ones are made full size),
/// so what is unused is at most that chunk's slack, and nothing already stored in
/// an earlier chunk is copied again.
struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
  private static var shift: Int { 12 }
  private static var mask: Int { (1 << shift) - 1 }

  private var chunks: [[Element]] = []
  private(set) var count = 0

  init() {}

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(i: Int) -> Element {
    get {
      precondition(i >= 0 && i < count, "ChunkedArray index out of range")
      return chunks[i >> Self.shift][i & Self.mask]
    }
    set {
      precondition(i >= 0 && i < count, "ChunkedArray index out of range")
      chunks[i >> Self.shift][i & Self.mask] = newValue
    }
  }

  /// Appends `element`, taking it over (a draft holds references: no retain and release for the hand-over).
  @inline(__always)
  mutating func append(_ element: consuming Element) {
    if count & Self.mask == 0 {
      // Past the first, a chunk gets its full size at once: no regrowth (and
      // copying) on the way. The first grows as an array does, so that a small
      // article does not pay for 4,096 elements.
      var chunk: [Element] = []
      if count > 0 { chunk.reserveCapacity(1 << Self.shift) }
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(consume element)
    count += 1
  }
}
