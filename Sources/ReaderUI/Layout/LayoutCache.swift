import Synchronization

/// Memo of per-paragraph layout work: glyphs, tags and wrapped lines per width.
///
/// Wrapping is a pure function of (paragraph, width), so caching it does not
/// change what the reader shows; it only keeps scrolling from measuring the
/// same text again. Only paragraphs that were near the view are ever in here,
/// and each kind of entry is kept in two generations of at most half its
/// limit (see `Generations`), so a 50 MB article never costs more than the
/// pages that were looked at, and what the last frames used stays.
/// Thread-safe (a mutex), so the state holding it stays `Sendable`.
public final class LayoutCache: Sendable {
  private struct LineKey: Hashable {
    var paragraph: Int
    var width: Int
  }

  private struct Entries {
    var glyphs: Generations<Int, [Glyph]>
    var tags: Generations<Int, [InlineTag]>
    var lines: Generations<LineKey, [WrappedLine]>
    /// How many glyph, tag and line entries were made (for tests: a look-up that
    /// finds its entry makes none).
    var made = 0
  }

  private let entries: Mutex<Entries>

  /// - Parameters:
  ///   - limit: Paragraph-and-width entries of wrapped lines kept (small: offsets and ranges).
  ///   - glyphLimit: Paragraphs whose glyphs (a glyph per character, the bulky part)
  ///     and tags are kept.
  public init(limit: Int = 1024, glyphLimit: Int = 256) {
    entries = Mutex(
      Entries(
        glyphs: Generations(limit: glyphLimit), tags: Generations(limit: glyphLimit),
        lines: Generations(limit: limit)))
  }

  /// The glyphs of a paragraph, computed by `make` the first time.
  func glyphs(of paragraph: Int, make: () -> [Glyph]) -> [Glyph] {
    memo(\.glyphs, paragraph, make)
  }

  /// The speaker tags of a paragraph, made by `make` the first time (every frame
  /// draws the tags of the paragraphs on screen; each label is measured once).
  func tags(of paragraph: Int, make: () -> [InlineTag]) -> [InlineTag] {
    memo(\.tags, paragraph, make)
  }

  /// The wrapped lines of a paragraph at a width, computed by `make` the first time.
  func lines(of paragraph: Int, width: Int, make: () -> [WrappedLine]) -> [WrappedLine] {
    memo(\.lines, LineKey(paragraph: paragraph, width: width), make)
  }

  /// The entry for `key` in one kind of entries, made by `make` (outside the lock) when
  /// it is not there.
  private func memo<Key: Sendable, Value: Sendable>(
    _ kind: WritableKeyPath<Entries, Generations<Key, Value>> & Sendable, _ key: Key,
    _ make: () -> Value
  ) -> Value {
    if let cached = entries.withLock({ $0[keyPath: kind].value(for: key) }) { return cached }
    let made = make()
    entries.withLock {
      $0[keyPath: kind].insert(made, for: key)
      $0.made += 1
    }
    return made
  }

  /// How many paragraphs have their tags cached (for tests).
  public var taggedCount: Int {
    entries.withLock { $0.tags.count }
  }

  /// How many times a generation of entries has been forgotten: what was laid out
  /// ahead and not used since may be gone.
  public var turns: Int {
    entries.withLock { $0.glyphs.turns + $0.tags.turns + $0.lines.turns }
  }

  /// How many glyph, tag and line entries have been made since the cache was (for tests).
  public var madeCount: Int {
    entries.withLock { $0.made }
  }

  /// How many paragraphs have wrapped lines cached (for tests that check laziness).
  public var wrappedCount: Int {
    entries.withLock { $0.lines.count }
  }
}

/// Entries kept in two generations, at most `limit` in all.
///
/// An entry found in the older generation moves to the newer one; when the newer
/// one holds half the limit, it becomes the older one and the older one is
/// forgotten. So what was used since the last turn survives it: the page on
/// screen, the page laid out ahead and the last page stay while the reader pages
/// through a long article, where forgetting everything at once dropped them too.
struct Generations<Key: Hashable, Value> {
  private var newer: [Key: Value] = [:]
  private var older: [Key: Value] = [:]
  private let half: Int
  /// How many times the older generation was forgotten.
  private(set) var turns = 0

  init(limit: Int) {
    half = max(1, limit / 2)
  }

  var count: Int { newer.count + older.count }

  mutating func value(for key: Key) -> Value? {
    if let value = newer[key] { return value }
    guard let value = older.removeValue(forKey: key) else { return nil }
    insert(value, for: key)
    return value
  }

  mutating func insert(_ value: Value, for key: Key) {
    if newer.count >= half {
      older = newer
      newer = [:]
      turns += 1
    }
    newer[key] = value
  }
}
