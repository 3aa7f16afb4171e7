import ArticleModel
import CorpusIndex

/// The query commands' answers from the corpus index, when it is up to date for their paths.
enum IndexedQueries {
  /// `quotes --speaker` rows from the index, `nil` when it cannot answer (the files must be read).
  static func quotations(speaker: String, arguments: ArticleFileArguments) -> [[String]]? {
    guard !arguments.files.isEmpty,
      let index = IndexAccess.current(for: arguments.files, arguments: arguments)
    else { return nil }
    return try? index.quotationRows(speaker: speaker)
  }

  /// The speakers of the corpus, merged: from the index when it is up to date, else by reading every article.
  static func speakers(arguments: ArticleFileArguments, for command: Speakers.Type) throws -> (
    rows: [SpeakerAggregate.Row], failed: Bool
  ) {
    if !arguments.files.isEmpty, let index = IndexAccess.current(for: arguments.files, arguments: arguments),
      let entries = try? index.speakerEntries()
    {
      return (SpeakerAggregate.rows(entries), false)
    }
    let inputs = try arguments.load(for: command)
    var entries: [SpeakerEntry] = []
    for (number, item) in inputs.articles.enumerated() {
      let article = item.article
      for speaker in article.speakers {
        let quotations = speaker.quotations.filter(article.quotations.indices.contains).count
        let posts = speaker.posts.filter(article.posts.indices.contains).count
        guard quotations + posts > 0 else { continue }
        entries.append(
          SpeakerEntry(
            article: number, name: speaker.name, aliases: speaker.aliases, quotations: quotations,
            posts: posts))
      }
    }
    return (SpeakerAggregate.rows(entries), inputs.failed)
  }

  /// The merged speakers as table rows (aliases joined with `; `).
  static func table(_ rows: [SpeakerAggregate.Row]) -> Table {
    Table(
      columns: SpeakerAggregate.columns,
      rows: rows.map {
        [
          $0.name, String($0.quotations), String($0.posts), String($0.articles),
          $0.aliases.joined(separator: "; "),
        ]
      })
  }
}
