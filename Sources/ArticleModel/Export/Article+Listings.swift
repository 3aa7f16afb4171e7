extension Article {
  /// Indices of the speakers whose name or an alias contains `name` (case-insensitive); all when `nil`.
  ///
  /// Returns `nil` for "no filter", an empty set when nobody matches.
  func speakerIndices(matching name: String?) -> Set<Int>? {
    guard let name else { return nil }
    return Set(SpeakerFilter.speakers(matching: name, in: self))
  }

  /// The canonical name of a quotation's speaker, `nil` when nobody can be named.
  func speakerName(of quotation: Quotation) -> String? {
    quotation.speaker.flatMap { speakers.indices.contains($0) ? speakers[$0].name : nil }
  }

  /// The columns `byline quotes` prints, in order.
  public static let quotationListColumns = ["file", "speaker", "text"]

  /// One row per quotation (columns `quotationListColumns`), for `byline quotes`.
  ///
  /// The speaker is the canonical name, empty when nobody can be named.
  /// - Parameters:
  ///   - file: The name in the first column.
  ///   - speaker: Keep only quotations by speakers whose name or an alias
  ///     contains this (case-insensitive); `nil` keeps all.
  ///   - attribution: Keep only quotations whose speaker was found in one of
  ///     these ways; `nil` keeps all.
  public func quotationList(
    file: String, speaker: String? = nil, attribution: Set<Quotation.Attribution>? = nil
  ) -> [[String]] {
    let chosen = speakerIndices(matching: speaker)
    var rows: [[String]] = []
    for quotation in quotations {
      if let chosen, !(quotation.speaker.map(chosen.contains) ?? false) { continue }
      if let attribution, !attribution.contains(quotation.attribution) { continue }
      rows.append([file, speakerName(of: quotation) ?? "", String(quotation.text)])
    }
    return rows
  }

  /// `quotationList` as TSV lines without a header, each ending in a newline.
  public func quotationLines(
    file: String, speaker: String? = nil, attribution: Set<Quotation.Attribution>? = nil
  ) -> String {
    Table(
      columns: Self.quotationListColumns,
      rows: quotationList(file: file, speaker: speaker, attribution: attribution)
    ).tsv(header: false)
  }

  /// The columns `byline posts` prints, in order.
  public static let postListColumns = ["file", "platform", "author", "handle", "date", "text"]

  /// One row per embedded post (columns `postListColumns`), for `byline posts`.
  ///
  /// The handle is written without `@`, as in every export; fields a post
  /// does not have (handle, date) are empty.
  /// - Parameters:
  ///   - file: The name in the first column.
  ///   - speaker: Keep only posts by speakers whose name or an alias contains
  ///     this (case-insensitive); `nil` keeps all.
  public func postList(file: String, speaker: String? = nil) -> [[String]] {
    let kept: [Int]
    if let chosen = speakerIndices(matching: speaker) {
      kept = chosen.isEmpty ? [] : SpeakerFilter(speakers: chosen).posts(in: self)
    } else {
      kept = Array(posts.indices)
    }
    return kept.filter(posts.indices.contains).map { index in
      let post = posts[index]
      return [file, post.platform.rawValue, post.author, post.handle, post.date ?? "", post.text]
    }
  }

  /// `postList` as TSV lines without a header, each ending in a newline.
  public func postLines(file: String, speaker: String? = nil) -> String {
    Table(columns: Self.postListColumns, rows: postList(file: file, speaker: speaker)).tsv(header: false)
  }

  /// The speakers who are quoted or post, with their numbers of quotations and
  /// posts: most quotations first, then most posts, then first seen.
  public func speakerCounts() -> [(speaker: Speaker, quotations: Int, posts: Int)] {
    let counted = speakers.map { speaker in
      (
        speaker: speaker,
        quotations: speaker.quotations.filter(quotations.indices.contains).count,
        posts: speaker.posts.filter(posts.indices.contains).count
      )
    }
    return counted.filter { $0.quotations + $0.posts > 0 }.sorted { a, b in
      if a.quotations != b.quotations { return a.quotations > b.quotations }
      if a.posts != b.posts { return a.posts > b.posts }
      return a.speaker.index < b.speaker.index
    }
  }

  /// The columns `byline speakers` prints (and `export --format csv --table speakers`).
  public static let speakerListColumns = ["file", "speaker", "quotations", "posts"]

  /// One row per speaker who is quoted or posts (columns `speakerListColumns`), in `speakerCounts` order.
  public func speakerList(file: String) -> [[String]] {
    speakerCounts().map { [file, $0.speaker.name, String($0.quotations), String($0.posts)] }
  }
}
