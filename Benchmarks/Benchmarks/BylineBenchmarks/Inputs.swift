import ArticleModel
import Foundation
import SyntheticArticles

/// Synthetic inputs, generated once per process on first use (never inside a measurement).
final class Inputs: @unchecked Sendable {
  static let shared = Inputs()

  private let lock = NSLock()
  private var texts: [Int: String] = [:]
  private var articles: [Int: Article] = [:]

  /// The synthetic article text of (at least) `bytes` bytes, seed 2026.
  func text(bytes: Int) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let text = texts[bytes] { return text }
    let text = SyntheticArticle.text(bytes: bytes)
    texts[bytes] = text
    return text
  }

  /// The parsed synthetic article of `bytes` bytes.
  func article(bytes: Int) -> Article {
    let source = text(bytes: bytes)
    lock.lock()
    defer { lock.unlock() }
    if let article = articles[bytes] { return article }
    let article = Article(parsing: source)
    articles[bytes] = article
    return article
  }
}
