/// Draws the list of open articles over the reader: number, name, date, counts and first words.
///
///     ┌ Articles — Enter opens, Esc closes ────────────────────────────┐
///     │ > 1 unga.txt    2018-09-27   4 quotes  2 posts  It's been 65 y │
///     │   2 sample.txt  2017-11-27  11 quotes  4 posts  Port Avenel's  │
///     └────────────────────────────────────────────────────────────────┘
///
/// With a speaker filter, the counts are those of the filtered speakers
/// (`2/11 quotes`). The selected entry is reversed, the article shown bold.
public enum ArticleListView {
  static let title = " Articles — Enter opens, Esc closes "

  /// The box the list is drawn in.
  static func box(size: Size) -> Rect {
    let width = min(size.width, 100)
    let height = max(0, size.height - 2)
    return Rect(x: (size.width - width) / 2, y: 0, width: width, height: height)
  }

  /// The text of one entry (without the selection mark), its columns separated by two spaces.
  static func line(
    _ summary: ArticleSummary, number: Int, numberWidth: Int, nameWidth: Int, countWidths: (Int, Int)
  ) -> String {
    let numberText = String(number)
    var text = String(repeating: " ", count: max(0, numberWidth - numberText.count)) + numberText + " "
    let name = DisplayWidth.truncated(StatusView.fileName(summary.name), to: nameWidth)
    text += name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.width(of: name)))
    text += "  " + (summary.date ?? "          ")
    let (quotes, posts) = counts(summary)
    text +=
      "  " + String(repeating: " ", count: max(0, countWidths.0 - quotes.count)) + quotes
      + (quotes == "1" ? " quote " : " quotes")
    text +=
      "  " + String(repeating: " ", count: max(0, countWidths.1 - posts.count)) + posts
      + (posts == "1" ? " post " : " posts")
    return text + "  " + summary.title
  }

  /// "4" or, with a filter, "2/4", for quotations and posts.
  static func counts(_ summary: ArticleSummary) -> (String, String) {
    (
      summary.filteredQuotations.map { "\($0)/\(summary.quotations)" } ?? String(summary.quotations),
      summary.filteredPosts.map { "\($0)/\(summary.posts)" } ?? String(summary.posts)
    )
  }

  public static func draw(into screen: inout Screen, state: ReaderState, theme: Theme) {
    let box = box(size: state.size)
    guard box.width >= 6, box.height >= 3 else { return }
    let inner = screen.drawFrame(box, title: title, style: theme.helpBorder)

    let summaries = state.articleSummaries
    guard !summaries.isEmpty, inner.height > 0 else { return }
    let numberWidth = String(summaries.count).count
    let widestName = summaries.map { DisplayWidth.width(of: StatusView.fileName($0.name)) }.max() ?? 4
    let nameWidth = max(4, min(widestName, inner.width / 3))
    let countWidths = (
      summaries.map { counts($0).0.count }.max() ?? 1, summaries.map { counts($0).1.count }.max() ?? 1
    )
    let selected = max(0, min(state.library.selected, summaries.count - 1))
    let first = max(0, min(selected - inner.height / 2, summaries.count - inner.height))
    for (row, index) in (first..<summaries.count).prefix(inner.height).enumerated() {
      let y = inner.y + row
      let mark = index == selected ? "> " : "  "
      var style = index == state.current ? Style(attributes: [.bold]) : Style.plain
      if index == selected { style = theme.selectionFocused }
      let text =
        mark
        + line(
          summaries[index], number: index + 1, numberWidth: numberWidth, nameWidth: nameWidth,
          countWidths: countWidths)
      if index == selected {
        screen.fill(
          Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(text: " ", style: style))
      }
      screen.put(text, x: inner.x, y: y, style: style, clip: inner)
    }
  }
}
