import ArticleModel

/// An active search: the pattern, its matches, and the one last visited.
public struct SearchState: Hashable, Sendable {
  public var pattern: String
  public var backward: Bool
  public var matches: SearchMatches
  public var current: Int?

  public init(pattern: String, backward: Bool, matches: SearchMatches, current: Int? = nil) {
    self.pattern = pattern
    self.backward = backward
    self.matches = matches
    self.current = current
  }
}
