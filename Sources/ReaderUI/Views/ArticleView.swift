import ArticleModel

/// Draws the article pane: date, wrapped paragraphs with speech highlighted, posts as blocks, hidden stretches.
///
/// Quotations take their speaker's colour and are preceded by a `[Name]`
/// tag; the current quotation is reversed. Posts get a bar down their left
/// side and a header line:
///
///     │ Russian Mission UN @RussiaUN · 2018-09-26
///     │ #Lavrov and FM Ri Yong Ho of #DPRK discussed…
///
/// With a filter on, each run of hidden paragraphs is one dim line:
/// `… 3 paragraphs …`.
public enum ArticleView {
  public static func draw(
    into screen: inout Screen, rect: Rect, state: ReaderState, rows: [ArticleRow], theme: Theme
  ) {
    guard !rect.isEmpty else { return }
    let document = state.document
    let article = document.article
    if article.paragraphs.isEmpty {
      if let date = article.date { screen.put(date, x: rect.x, y: rect.y, style: theme.date, clip: rect) }
      screen.put(
        "(this article has no text)", x: rect.x, y: rect.y + (article.date == nil ? 0 : 2),
        style: theme.hiddenStretch,
        clip: rect)
      return
    }
    var painter = ParagraphPainter(state: state, theme: theme)
    for (i, row) in rows.enumerated() where i < rect.height {
      let y = rect.y + i
      switch row.kind {
      case .title(let title):
        screen.put(
          DisplayWidth.truncated(title, to: rect.width), x: rect.x, y: y, style: theme.title, clip: rect)
      case .date(let date):
        screen.put(date, x: rect.x, y: y, style: theme.date, clip: rect)
      case .blank:
        break
      case .postHeader(let postIndex):
        let post = article.posts[postIndex]
        var x = screen.put("│ ", x: rect.x, y: y, style: theme.postBar, clip: rect)
        if !post.author.isEmpty {
          x = screen.put(post.author, x: x, y: y, style: theme.postHeader, clip: rect)
          x = screen.put(" ", x: x, y: y, clip: rect)
        }
        if !post.handle.isEmpty {
          x = screen.put("@" + post.handle, x: x, y: y, style: theme.postHandle, clip: rect)
        }
        if post.author.isEmpty && post.handle.isEmpty {
          // Nobody named: say at least where the post comes from.
          x = screen.put(post.platform.rawValue + " post", x: x, y: y, style: theme.postHeader, clip: rect)
        }
        if let date = post.date {
          x = screen.put(" · " + date, x: x, y: y, style: theme.postHandle, clip: rect)
        }
      case .text(let p, let line, let indent):
        if indent > 0 { screen.put("│", x: rect.x, y: y, style: theme.postBar, clip: rect) }
        painter.draw(line, of: p, into: &screen, x: rect.x + indent, y: y, clip: rect)
      case .hidden(_, let count):
        let text = count == 1 ? "… 1 paragraph …" : "… \(count) paragraphs …"
        screen.put(text, x: rect.x, y: y, style: theme.hiddenStretch, clip: rect)
      }
    }
  }
}
