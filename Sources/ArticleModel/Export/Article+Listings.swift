extension Article {
  /// Indices of the speakers whose name or an alias contains `name` (case-insensitive); all when `nil`.
  ///
  /// Returns `nil` for "no filter", an empty set when nobody matches.
  func speakerIndices(matching name: String?) -> Set<Int>? {
    guard let name else { return nil }
    return Set(SpeakerFilter.speakers(matching: name, in: self))
  }

  /// One line per quotation, `file<TAB>speaker<TAB>text`, for `byline quotes`.
  ///
  /// Each line ends in a newline. The speaker is the canonical name, empty
  /// when nobody can be named. Fields go through `printableLine`, so a tab or
  /// line break inside a quotation never shifts a column.
  /// - Parameters:
  ///   - file: The name printed in the first column.
  ///   - speaker: Keep only quotations by speakers whose name or an alias
  ///     contains this (case-insensitive); `nil` keeps all.
  ///   - attribution: Keep only quotations whose speaker was found in one of
  ///     these ways; `nil` keeps all.
  public func quotationLines(
    file: String, speaker: String? = nil, attribution: Set<Quotation.Attribution>? = nil
  ) -> String {
    let chosen = speakerIndices(matching: speaker)
    let fileField = file.printableLine
    var output = ""
    for quotation in quotations {
      if let chosen, !(quotation.speaker.map(chosen.contains) ?? false) { continue }
      if let attribution, !attribution.contains(quotation.attribution) { continue }
      let name = quotation.speaker.flatMap { speakers.indices.contains($0) ? speakers[$0].name : nil } ?? ""
      output += fileField + "\t" + name.printableLine + "\t" + String(quotation.text).printableLine + "\n"
    }
    return output
  }

  /// One line per embedded post, `file<TAB>platform<TAB>author<TAB>@handle<TAB>date<TAB>text`, for `byline posts`.
  ///
  /// Empty fields stay empty (no `@` without a handle, no date when the post
  /// has none). Fields go through `printableLine`.
  /// - Parameters:
  ///   - file: The name printed in the first column.
  ///   - speaker: Keep only posts by speakers whose name or an alias contains
  ///     this (case-insensitive); `nil` keeps all.
  public func postLines(file: String, speaker: String? = nil) -> String {
    let kept: [Int]
    if let chosen = speakerIndices(matching: speaker) {
      kept = chosen.isEmpty ? [] : SpeakerFilter(speakers: chosen).posts(in: self)
    } else {
      kept = Array(posts.indices)
    }
    let fileField = file.printableLine
    var output = ""
    for index in kept where posts.indices.contains(index) {
      let post = posts[index]
      let fields = [
        fileField, post.platform.rawValue, post.author.printableLine,
        post.handle.isEmpty ? "" : "@" + post.handle.printableLine, post.date?.printableLine ?? "",
        post.text.printableLine,
      ]
      output += fields.joined(separator: "\t") + "\n"
    }
    return output
  }
}
