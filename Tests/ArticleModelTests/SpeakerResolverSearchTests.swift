import Testing

@testable import ArticleModel

/// The resolver's searches over its runs give what a plain count gives.
@Suite struct SpeakerResolverSearchTests {
  /// A resolver holding one one-word run for each of `starts`, run `n` starting
  /// at source offset `starts[n]` (paragraph `n`, local offset 0).
  private func resolver(starts: [Int]) -> SpeakerResolver {
    var resolver = SpeakerResolver(
      text: { _, _ in "" },
      sourceOffset: { paragraph, local in starts[paragraph] + local })
    for n in starts.indices {
      resolver.runs.append(
        SpeakerResolver.NameRun(
          paragraph: n, name: 0..<1, first: 1, last: 1, wordCount: 1, roles: 0..<0,
          isOrganisation: false, isFemale: nil, isPossessive: false))
    }
    return resolver
  }

  @Test func lastRunBeforeMatchesACount() {
    // Run counts around powers of two, starts with repeats and gaps.
    for count in [0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 257] {
      let starts = (0..<count).map { $0 * 3 - ($0 % 4 == 1 ? 3 : 0) }
      let resolver = resolver(starts: starts)
      for position in stride(from: -2, through: (starts.last ?? 0) + 2, by: 1) {
        let expected = starts.filter { $0 < position }.count - 1
        #expect(resolver.lastRun(before: position) == expected, "count \(count), position \(position)")
        // From any hint (out of range ones too), the same run.
        for hint in Set([-1, 0, 1, 2, 5, count / 2, count - 2, count - 1, count, count + 3, max(0, expected)])
        {
          #expect(
            resolver.lastRun(before: position, near: hint) == expected,
            "count \(count), position \(position), hint \(hint)")
        }
      }
    }
  }
}
