/// Where each scalar of a paragraph's display text stands in the source, kept small.
///
/// The map holds one source offset per scalar of the text plus one past the end,
/// never decreasing (see `Paragraph.sourceMap`). Most maps are a run of consecutive
/// offsets (a post's text read verbatim), stored as three numbers; the others are
/// stored as 32-bit distances from the first offset (four bytes a scalar instead of
/// eight), or as plain offsets should a distance ever not fit.
struct SourceMap: Hashable, Sendable {
  private enum Storage: Hashable, Sendable {
    /// `first + i` for `i < count`, then `end`.
    case identity(first: Int, count: Int, end: Int)
    /// `base + distances[i]`.
    case distances(base: Int, [UInt32])
    /// The offsets themselves.
    case offsets([Int])
  }

  private let storage: Storage

  /// The map `first, first + 1, …, first + count - 1, end`.
  init(identityFrom first: Int, count: Int, end: Int) {
    storage = .identity(first: first, count: count, end: end)
  }

  /// The map holding `offsets` (stored in the smallest form that gives them back).
  init(_ offsets: [Int]) {
    guard let base = offsets.first else {
      storage = .offsets([])
      return
    }
    let last = offsets.count - 1
    var consecutive = true
    var fits = true
    for i in 0..<offsets.count {
      let offset = offsets[i]
      if i < last && offset != base &+ i { consecutive = false }
      let distance = offset &- base
      if distance < 0 || distance > Int(UInt32.max) { fits = false }
    }
    if consecutive {
      storage = .identity(first: base, count: last, end: offsets[last])
    } else if fits {
      storage = .distances(base: base, offsets.map { UInt32(truncatingIfNeeded: $0 &- base) })
    } else {
      storage = .offsets(offsets)
    }
  }

  /// The number of offsets (the text's scalars plus one).
  var count: Int {
    switch storage {
    case .identity(_, let count, _): return count + 1
    case .distances(_, let distances): return distances.count
    case .offsets(let offsets): return offsets.count
    }
  }

  /// The source offset of local offset `i` (`0 <= i < count`).
  subscript(i: Int) -> Int {
    switch storage {
    case .identity(let first, let count, let end): return i < count ? first + i : end
    case .distances(let base, let distances): return base + Int(distances[i])
    case .offsets(let offsets): return offsets[i]
    }
  }

  /// Every offset, in order.
  var offsets: [Int] { (0..<count).map { self[$0] } }
}
