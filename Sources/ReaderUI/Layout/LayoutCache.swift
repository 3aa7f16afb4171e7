import Synchronization

/// Memo of per-paragraph layout work: glyphs, tags and wrapped lines per width.
///
/// Wrapping is a pure function of (paragraph, width), so caching it does not
/// change what the reader shows; it only keeps scrolling from measuring the
/// same text again. Only paragraphs that were near the view are ever in here,
/// and the cache forgets everything once it holds `limit` entries, so a
/// 50 MB article never costs more than the pages that were looked at.
/// Thread-safe (a mutex), so the state holding it stays `Sendable`.
public final class LayoutCache: Sendable {
  private struct LineKey: Hashable {
    var paragraph: Int
    var width: Int
  }

  private struct Entries {
    var glyphs: [Int: [Glyph]] = [:]
    var tags: [Int: [InlineTag]] = [:]
    var lines: [LineKey: [WrappedLine]] = [:]
  }

  private let entries = Mutex(Entries())
  private let limit: Int
  private let glyphLimit: Int

  /// - Parameters:
  ///   - limit: Paragraph-and-width entries of wrapped lines kept (small: offsets and ranges).
  ///   - glyphLimit: Paragraphs whose glyphs are kept (a glyph per character, the bulky part).
  public init(limit: Int = 1024, glyphLimit: Int = 256) {
    self.limit = limit
    self.glyphLimit = glyphLimit
  }

  /// The glyphs of a paragraph, computed by `make` the first time.
  func glyphs(of paragraph: Int, make: () -> [Glyph]) -> [Glyph] {
    if let cached = entries.withLock({ $0.glyphs[paragraph] }) { return cached }
    let made = make()
    entries.withLock { entries in
      if entries.glyphs.count >= glyphLimit { entries.glyphs.removeAll(keepingCapacity: true) }
      entries.glyphs[paragraph] = made
    }
    return made
  }

  /// The speaker tags of a paragraph, made by `make` the first time (every frame
  /// draws the tags of the paragraphs on screen; each label is measured once).
  func tags(of paragraph: Int, make: () -> [InlineTag]) -> [InlineTag] {
    if let cached = entries.withLock({ $0.tags[paragraph] }) { return cached }
    let made = make()
    entries.withLock { entries in
      if entries.tags.count >= glyphLimit { entries.tags.removeAll(keepingCapacity: true) }
      entries.tags[paragraph] = made
    }
    return made
  }

  /// The wrapped lines of a paragraph at a width, computed by `make` the first time.
  func lines(of paragraph: Int, width: Int, make: () -> [WrappedLine]) -> [WrappedLine] {
    let key = LineKey(paragraph: paragraph, width: width)
    if let cached = entries.withLock({ $0.lines[key] }) { return cached }
    let made = make()
    entries.withLock { entries in
      if entries.lines.count >= limit { entries.lines.removeAll(keepingCapacity: true) }
      entries.lines[key] = made
    }
    return made
  }

  /// How many paragraphs have their tags cached (for tests).
  public var taggedCount: Int {
    entries.withLock { $0.tags.count }
  }

  /// How many paragraphs have wrapped lines cached (for tests that check laziness).
  public var wrappedCount: Int {
    entries.withLock { $0.lines.count }
  }
}
