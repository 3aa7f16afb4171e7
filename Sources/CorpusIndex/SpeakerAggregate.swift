/// Speakers across a corpus: each article's speakers merged by canonical name,
/// and a name that is another group's alias (`Lavrov` for `Sergey Lavrov`) merged into it.
///
/// A name is merged into another group only when exactly one group has it as
/// an alias and it is a proper name (begins with a capital): "the minister"
/// seen as an alias of two people merges nobody, since a wrong speaker is worse than none.
public struct SpeakerAggregate: Sendable {
  public struct Row: Sendable, Equatable {
    public var name: String
    public var quotations: Int
    public var posts: Int
    public var articles: Int
    public var aliases: [String]
  }

  public static let columns = ["speaker", "quotations", "posts", "articles", "aliases"]

  /// Groups `entries` (in corpus order): most quotations first, then most posts, then most articles, then name.
  public static func rows(_ entries: [SpeakerEntry]) -> [Row] {
    struct Group {
      var names: [String: Int] = [:]  // canonical name → quotations, for the displayed name
      var order: [String] = []
      var quotations = 0
      var posts = 0
      var articles = Set<Int>()
      var aliases: [String] = []
      var aliasKeys = Set<String>()
    }
    // Groups in an array, changed in place: a copy per entry would copy its set of articles too.
    var list: [Group] = []
    var slots: [String: Int] = [:]
    var order: [String] = []
    for entry in entries {
      let key = entry.name.lowercased()
      let slot: Int
      if let found = slots[key] {
        slot = found
      } else {
        slot = list.count
        slots[key] = slot
        list.append(Group())
        order.append(key)
      }
      if list[slot].names[entry.name] == nil { list[slot].order.append(entry.name) }
      list[slot].names[entry.name, default: 0] += entry.quotations
      list[slot].quotations += entry.quotations
      list[slot].posts += entry.posts
      list[slot].articles.insert(entry.article)
      for alias in entry.aliases where list[slot].aliasKeys.insert(alias.lowercased()).inserted {
        list[slot].aliases.append(alias)
      }
    }
    var groups: [String: Group] = [:]
    for (key, slot) in slots { groups[key] = list[slot] }
    list = []
    // Which groups claim each alias.
    var claims: [String: Set<String>] = [:]
    for (key, group) in groups {
      for alias in group.aliasKeys where alias != key { claims[alias, default: []].insert(key) }
    }
    for key in order {
      guard let group = groups[key], let owners = claims[key], owners.count == 1,
        let owner = owners.first, owner != key, var target = groups[owner],
        group.order.first?.first?.isUppercase == true,
        // The owner is itself kept (not merged away) so merges never chain.
        claims[owner] == nil
      else { continue }
      target.quotations += group.quotations
      target.posts += group.posts
      target.articles.formUnion(group.articles)
      for name in group.order where target.aliasKeys.insert(name.lowercased()).inserted {
        target.aliases.append(name)
      }
      for alias in group.aliases where target.aliasKeys.insert(alias.lowercased()).inserted {
        target.aliases.append(alias)
      }
      groups[owner] = target
      groups[key] = nil
    }
    let rows = order.compactMap { key -> Row? in
      guard let group = groups[key] else { return nil }
      // The most quoted spelling names the group (the first seen on a tie).
      let name = group.order.max { a, b in (group.names[a] ?? 0) < (group.names[b] ?? 0) } ?? key
      let best = group.order.first { group.names[$0] == group.names[name] } ?? name
      return Row(
        name: best, quotations: group.quotations, posts: group.posts, articles: group.articles.count,
        aliases: group.aliases.filter { $0.lowercased() != best.lowercased() })
    }
    return rows.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.quotations != y.quotations { return x.quotations > y.quotations }
      if x.posts != y.posts { return x.posts > y.posts }
      if x.articles != y.articles { return x.articles > y.articles }
      return a.offset < b.offset
    }.map(\.element)
  }
}
