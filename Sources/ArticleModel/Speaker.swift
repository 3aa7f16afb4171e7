/// A person or organisation that is quoted or that posts, with every name it goes by.
public struct Speaker: Hashable, Sendable {
  public var index: Int
  /// Canonical name: the fullest form found ("Sergey Lavrov").
  public var name: String
  /// Other names seen for the same entity ("Lavrov", "the country's foreign minister", "@RussiaUN").
  public var aliases: [String]
  /// Indices into `Article.quotations`, in order.
  public var quotations: [Int]
  /// Indices into `Article.posts`, in order.
  public var posts: [Int]

  public init(index: Int, name: String, aliases: [String] = [], quotations: [Int] = [], posts: [Int] = []) {
    self.index = index
    self.name = name
    self.aliases = aliases
    self.quotations = quotations
    self.posts = posts
  }
}
