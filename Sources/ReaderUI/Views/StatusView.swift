import ArticleModel

/// Draws the status line: file, date, current quotation, filter on the left; position on the right.
///
///      sample.txt │ 2018-09-27 │ quote 3/5 Sergey Lavrov │ filter: Lavrov │ /pier 2/6   ¶ 9/18  47%
///
/// A dataset's record shows its source, date and author where a file shows its date:
///
///      nela.db#ledger-17 (3/900) │ ledger │ 2020-03-02 │ Kim Sorensen │ quote 1/4 …   ¶ 1/12  Top
///
/// When the line is too narrow the date is left out, then the file name is
/// shortened, then the left part is cut; the position always stays.
public enum StatusView {
  public static func draw(
    into screen: inout Screen, rect: Rect, state: ReaderState, rows: [ArticleRow], theme: Theme
  ) {
    guard !rect.isEmpty else { return }
    screen.fill(rect, with: Cell(text: " ", style: theme.status))
    let article = state.article
    var parts: [(String, Style)] = []
    var quotePart: Int?
    // A dataset's source, date and author; a text file's date.
    let metadata = state.document.metadata
    var leading = 0
    for (field, room) in [
      (metadata?.source, 24), (metadata?.date ?? article.date, 25), (metadata?.author, 32),
    ] {
      guard let field else { continue }
      parts.append((DisplayWidth.truncated(field, to: room), theme.status))
      leading += 1
    }
    if let quotation = state.currentQuotation, article.quotations.indices.contains(quotation) {
      let list = state.filteredQuotations
      let place = lowerBound(list, quotation)
      let number = place < list.count && list[place] == quotation ? "\(place + 1)" : "-"
      parts.append(
        (
          "quote \(number)/\(list.count) \(state.document.speakerName(article.quotations[quotation].speaker))",
          theme.statusEmphasis
        ))
      quotePart = parts.count - 1
    }
    if !state.filter.isEmpty { parts.append(("filter: \(filterDescription(state))", theme.statusEmphasis)) }
    if let search = state.search, let current = search.current, !search.matches.isEmpty {
      let mark = search.backward ? "?" : "/"
      parts.append(
        (
          "\(mark)\(DisplayWidth.truncated(search.pattern, to: 16)) \(current + 1)/\(search.matches.count)",
          theme.status
        ))
    }
    let right = positionText(state: state, rows: rows) + " "
    let rightWidth = DisplayWidth.width(of: right)
    func partsWidth() -> Int { parts.reduce(0) { $0 + DisplayWidth.width(of: $1.0) + 3 } }
    // Narrow: the date goes first (a record's author, date, source), then the file name shrinks.
    while leading > 0, 1 + 8 + partsWidth() + rightWidth + 1 > rect.width {
      parts.remove(at: leading - 1)
      leading -= 1
      quotePart = quotePart.map { $0 - 1 }
    }
    // Still narrow: the current quotation names its speaker as the tags do.
    if let part = quotePart, let quotation = state.currentQuotation,
      1 + 8 + partsWidth() + rightWidth + 1 > rect.width
    {
      let list = state.filteredQuotations
      let found = lowerBound(list, quotation)
      let number = found < list.count && list[found] == quotation ? "\(found + 1)" : "-"
      let speaker = state.document.speakerLabel(article.quotations[quotation].speaker)
      parts[part].0 = "quote \(number)/\(list.count) \(speaker)"
    }
    let nameRoom = max(4, rect.width - rightWidth - partsWidth() - 2)
    var x = rect.x
    let leftClip = Rect(x: rect.x, y: rect.y, width: max(0, rect.width - rightWidth - 1), height: 1)
    let counter = state.documents.count > 1 ? " (\(state.current + 1)/\(state.documents.count))" : ""
    x = screen.put(
      " " + DisplayWidth.truncated(fileName(state.document.name) + counter, to: nameRoom), x: x, y: rect.y,
      style: theme.statusEmphasis, clip: leftClip)
    for (text, style) in parts {
      x = screen.put(" │ ", x: x, y: rect.y, style: theme.status, clip: leftClip)
      x = screen.put(text, x: x, y: rect.y, style: style, clip: leftClip)
    }
    screen.put(right, x: max(rect.x, rect.maxX - rightWidth), y: rect.y, style: theme.status, clip: rect)
  }

  /// The last component of a path: the status line names the file, the directory is noise.
  static func fileName(_ path: String) -> String {
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
  }

  /// "Lavrov" for one speaker, "Lavrov, Ri Yong Ho" for two, "3 speakers" beyond (names as the tags give them).
  static func filterDescription(_ state: ReaderState) -> String {
    let names = state.filter.speakers.sorted().map { state.document.speakerLabel($0) }
    if names.count <= 2 { return names.joined(separator: ", ") }
    return "\(names.count) speakers"
  }

  /// "¶ 4/18  22%", with Top, Bot or All at the ends as in vim.
  static func positionText(state: ReaderState, rows: [ArticleRow]) -> String {
    let count = state.article.paragraphs.count
    guard count > 0, let first = rows.first, let last = rows.last else { return "¶ 0/0" }
    let layout = state.articleLayout
    let atTop = first.position == layout.top
    let atBottom = layout.position(last.position, movedBy: 1) == last.position
    let paragraph = min(count, max(1, first.paragraph + 1))
    let where_: String
    switch (atTop, atBottom) {
    case (true, true): where_ = "All"
    case (true, false): where_ = "Top"
    case (false, true): where_ = "Bot"
    case (false, false): where_ = "\(first.paragraph * 100 / count)%"
    }
    return "¶ \(paragraph)/\(count)  \(where_)"
  }
}
