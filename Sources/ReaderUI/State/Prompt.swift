/// A line of input being typed at the bottom of the screen.
public struct Prompt: Hashable, Sendable {
  public enum Purpose: Hashable, Sendable {
    case search(backward: Bool)
    case filter
  }

  public var purpose: Purpose
  public var text: String

  public init(purpose: Purpose, text: String = "") {
    self.purpose = purpose
    self.text = text
  }

  /// What stands before the text: `/`, `?` or `Filter speakers: `.
  public var label: String {
    switch purpose {
    case .search(let backward): return backward ? "?" : "/"
    case .filter: return "Filter by speaker: "
    }
  }
}
