/// Where each scalar of a paragraph's display text stands in the source, kept small.
///
/// The map holds one source offset per scalar of the text plus one past the end,
/// never decreasing (see `Paragraph.sourceMap`). Most maps are a run of consecutive
/// offsets (a post's text read verbatim), stored as three numbers. Most others are
/// a few such runs (the text is the source but for a decoded entity or a folded
/// space here and there), stored as where each run starts: 12 bytes a run. The
/// rest are stored as 32-bit distances from the first offset (four bytes a scalar
/// instead of eight), or as plain offsets should a distance ever not fit. Each
/// map takes the smallest of these forms, so equal maps are stored alike.
struct SourceMap: Hashable, Sendable {
  private enum Storage: Hashable, Sendable {
    /// `first + i` for `i < count`, then `end`.
    case identity(first: Int, count: Int, end: Int)
    /// `sources[k] + (i - starts[k])` for the last run `k` with `starts[k] <= i`
    /// (`starts[0] == 0`); `count` offsets in all.
    case runs(starts: [UInt32], sources: [Int], count: Int)
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
    var runCount = 1
    for i in 0..<offsets.count {
      let offset = offsets[i]
      if i < last && offset != base &+ i { consecutive = false }
      if i > 0 && offset != offsets[i - 1] &+ 1 { runCount += 1 }
      let distance = offset &- base
      if distance < 0 || distance > Int(UInt32.max) { fits = false }
    }
    if consecutive {
      storage = .identity(first: base, count: last, end: offsets[last])
    } else if runCount * 3 < offsets.count && offsets.count <= Int(UInt32.max) {
      var starts: [UInt32] = [0]
      var sources = [base]
      starts.reserveCapacity(runCount)
      sources.reserveCapacity(runCount)
      for i in 1..<offsets.count where offsets[i] != offsets[i - 1] &+ 1 {
        starts.append(UInt32(i))
        sources.append(offsets[i])
      }
      storage = .runs(starts: starts, sources: sources, count: offsets.count)
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
    case .runs(_, _, let count): return count
    case .distances(_, let distances): return distances.count
    case .offsets(let offsets): return offsets.count
    }
  }

  /// The source offset of local offset `i` (`0 <= i < count`).
  subscript(i: Int) -> Int {
    switch storage {
    case .identity(let first, let count, let end): return i < count ? first + i : end
    case .runs(let starts, let sources, _):
      // The last run starting at or before `i`.
      var lo = 0
      var hi = starts.count
      while hi - lo > 1 {
        let mid = (lo + hi) / 2
        if Int(starts[mid]) <= i { lo = mid } else { hi = mid }
      }
      return sources[lo] + (i - Int(starts[lo]))
    case .distances(let base, let distances): return base + Int(distances[i])
    case .offsets(let offsets): return offsets[i]
    }
  }

  /// Every offset, in order.
  var offsets: [Int] { (0..<count).map { self[$0] } }
}
