/// Which field of a record holds the text, the title and the rest.
///
/// Each role has a list of names tried in order; the first one present (and
/// not null) wins. The defaults cover NELA-GT (`content`, `title`, `source`,
/// `date`, else `published`), NELA-GT-2018 (`name` for the title), news-please
/// (`maintext`, `date_publish`, `source_domain`, `authors`) and trafilatura
/// (`text`, `hostname`, `author`). `--field ROLE=NAME` puts NAME alone.
public struct FieldNames: Hashable, Sendable {
  public enum Role: String, CaseIterable, Sendable {
    case text, title, date, source, url, author, id
  }

  public var names: [Role: [String]]

  public static let standard = FieldNames(names: [
    .text: ["content", "maintext", "text", "body"],
    .title: ["title", "name", "headline"],
    .date: ["date", "date_publish", "published", "published_utc"],
    .source: ["source", "source_domain", "hostname", "sitename"],
    .url: ["url", "link"],
    .author: ["author", "authors"],
    .id: ["id"],
  ])

  public init(names: [Role: [String]]) {
    self.names = names
  }

  public subscript(role: Role) -> [String] {
    names[role] ?? []
  }

  /// The defaults with `role` read from `name` alone.
  public func overriding(_ role: Role, with name: String) -> FieldNames {
    var copy = self
    copy.names[role] = [name]
    return copy
  }

  /// Reads `ROLE=NAME` (`text=maintext`); `nil` with the reason when it is not one.
  public static func parseOverride(_ text: String) -> Result<(Role, String), CorpusFailure> {
    guard let equals = text.firstIndex(of: "=") else {
      return .failure(CorpusFailure(file: "--field", problem: "expected ROLE=NAME, got '\(text)'"))
    }
    let roleName = String(text[..<equals]).lowercased()
    let name = String(text[text.index(after: equals)...])
    guard let role = Role(rawValue: roleName) else {
      let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")
      return .failure(
        CorpusFailure(file: "--field", problem: "unknown role '\(roleName)' (roles: \(roles))"))
    }
    guard !name.isEmpty else {
      return .failure(CorpusFailure(file: "--field", problem: "no field name after '\(roleName)='"))
    }
    return .success((role, name))
  }
}
