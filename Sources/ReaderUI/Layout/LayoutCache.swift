import Foundation

/// Memo of per-paragraph layout work: glyphs, tags and wrapped lines per width.
///
/// Wrapping is a pure function of (paragraph, width), so caching it does not
/// change what the reader shows; it only keeps scrolling from measuring the
/// same text again. Only paragraphs that were near the view are ever in here,
/// and the cache forgets everything once it holds `limit` entries, so a
/// 50 MB article never costs more than the pages that were looked at.
/// Thread-safe (a lock), so the state holding it stays `Sendable`.
public final class LayoutCache: @unchecked Sendable {
  private struct LineKey: Hashable {
    var paragraph: Int
    var width: Int
  }

  private let lock = NSLock()
  private var glyphs: [Int: [Glyph]] = [:]
  private var lines: [LineKey: [WrappedLine]] = [:]
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
    lock.lock()
    if let cached = glyphs[paragraph] {
      lock.unlock()
      return cached
    }
    lock.unlock()
    let made = make()
    lock.lock()
    if glyphs.count >= glyphLimit { glyphs.removeAll(keepingCapacity: true) }
    glyphs[paragraph] = made
    lock.unlock()
    return made
  }

  /// The wrapped lines of a paragraph at a width, computed by `make` the first time.
  func lines(of paragraph: Int, width: Int, make: () -> [WrappedLine]) -> [WrappedLine] {
    let key = LineKey(paragraph: paragraph, width: width)
    lock.lock()
    if let cached = lines[key] {
      lock.unlock()
      return cached
    }
    lock.unlock()
    let made = make()
    lock.lock()
    if lines.count >= limit { lines.removeAll(keepingCapacity: true) }
    lines[key] = made
    lock.unlock()
    return made
  }

  /// How many paragraphs have wrapped lines cached (for tests that check laziness).
  public var wrappedCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return lines.count
  }
}
