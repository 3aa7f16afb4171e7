/// The lists of the side pane.
public enum SideTab: Int, Hashable, Sendable, CaseIterable {
  case posts, speakers, quotations

  public var title: String {
    switch self {
    case .posts: return "Posts"
    case .speakers: return "Speakers"
    case .quotations: return "Quotes"
    }
  }
}
