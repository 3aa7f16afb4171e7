import ArticleModel

extension ReaderState {
  /// Scrolls so that rows `start...end` are whole on screen, as little as needed.
  ///
  /// Nothing moves when they already are. Otherwise the target's first row
  /// goes near the top, `context` rows above it when the target leaves room
  /// for them (a quotation gets the line before it; a whole block already
  /// starts with its blank line); a target taller than the pane starts at the top.
  mutating func reveal(_ span: (start: ReadingPosition, end: ReadingPosition)?, context: Int = 1) {
    guard let span else { return }
    let layout = articleLayout
    let height = pageHeight
    if isOnScreen(span, rows: layout.rows(from: position, height: height)) { return }
    var targetRows = 1
    if var cursor = layout.cursor(at: span.start) {
      while targetRows <= height, cursor.row.position < span.end, layout.move(&cursor, by: 1) == 1 {
        targetRows += 1
      }
    }
    let top = targetRows + context <= height ? layout.position(span.start, movedBy: -context) : span.start
    position = layout.clampedTop(top, height: height)
  }

  /// The top of the view, as a canonical row position.
  private var viewTop: ReadingPosition { articleLayout.normalized(position) }

  // MARK: Quotations

  mutating func jumpQuotation(forward: Bool) {
    let list = filteredQuotations
    guard !list.isEmpty else {
      message = Message(
        filter.isEmpty ? "No quotations in this article" : "No quotations by the filtered speakers")
      return
    }
    let target: Int
    if let shown = currentQuotation, isQuotationOnScreen(shown), case let place = lowerBound(list, shown),
      place < list.count, list[place] == shown
    {
      target = forward ? place + 1 : place - 1
    } else {
      let top = viewTop
      let first = partitionPoint(list) { start(ofQuotation: $0) >= top }
      target = forward ? first : first - 1
    }
    jumpToQuotation(list[wrapped(target, count: list.count, noun: "quotation")])
  }

  /// Marks quotation `q` as current, selects it in the list and brings it whole on screen.
  mutating func jumpToQuotation(_ q: Int) {
    guard article.quotations.indices.contains(q) else { return }
    if !filter.admits(article.quotations[q]) { setFilter(SpeakerFilter()) }
    currentQuotation = q
    selectedQuotation = q
    viewFollowsQuotation = true
    if let speaker = article.quotations[q].speaker { selectedSpeaker = speaker }
    reveal(span(ofQuotation: q, in: articleLayout))
  }

  // MARK: Posts

  mutating func jumpPost(forward: Bool) {
    let list = filteredPosts
    guard !list.isEmpty else {
      message = Message(
        filter.isEmpty ? "No embedded posts in this article" : "No posts by the filtered speakers")
      return
    }
    let layout = articleLayout
    let target: Int
    if let shown = currentPost, case let place = lowerBound(list, shown), place < list.count,
      list[place] == shown,
      isOnScreen(span(ofParagraph: article.posts[shown].paragraph, in: layout), rows: viewRows)
    {
      target = forward ? place + 1 : place - 1
    } else {
      let top = viewTop
      let first = partitionPoint(list) { layout.blockStart(ofParagraph: article.posts[$0].paragraph) >= top }
      target = forward ? first : first - 1
    }
    jumpToPost(list[wrapped(target, count: list.count, noun: "post")])
  }

  /// Marks post `p` as current, selects it in the list and brings it whole on screen.
  mutating func jumpToPost(_ p: Int) {
    guard article.posts.indices.contains(p) else { return }
    if !filteredPosts.contains(p) { setFilter(SpeakerFilter()) }
    currentPost = p
    selectedPost = p
    // A post that carries speech makes its first quotation the current one.
    let paragraph = article.posts[p].paragraph
    if let spoken = document.quotationsByParagraph[paragraph]?.first(where: { quotation in
      article.quotations[quotation].pieces.first?.paragraph == paragraph
        && filter.admits(article.quotations[quotation])
    }) {
      currentQuotation = spoken
      viewFollowsQuotation = true
      selectedQuotation = spoken
    }
    reveal(span(ofParagraph: article.posts[p].paragraph, in: articleLayout), context: 0)
  }

  // MARK: Paragraphs

  /// Puts the next (or previous) block's first row at the top.
  mutating func jumpParagraph(forward: Bool) {
    let layout = articleLayout
    guard let cursor = layout.cursor(at: position) else { return }
    var target: ArticleLayout.Block?
    if forward {
      target = layout.next(cursor.block)
    } else {
      target = cursor.index > 0 ? cursor.block : layout.previous(cursor.block)
    }
    guard let block = target else { return }
    position = layout.clampedTop(layout.rows(of: block)[0].position, height: pageHeight)
  }

  // MARK: Search

  /// Searches the shown paragraphs and goes to the first match after (or before) the top of the view.
  mutating func runSearch(_ pattern: String, backward: Bool) {
    search = nil  // the last search's matches go before the new ones are found
    let matches = article.search(pattern, in: visibleParagraphs)
    search = SearchState(pattern: pattern, backward: backward, matches: matches)
    guard !matches.isEmpty else {
      message = Message("Pattern not found: \(pattern)", isError: true)
      return
    }
    jumpMatch(reverse: false, fromView: true)
  }

  /// Goes to the next match in the search's direction (`reverse` turns it around), wrapping with a message.
  mutating func jumpMatch(reverse: Bool, fromView: Bool = false) {
    guard var active = search else {
      message = Message("No previous search pattern", isError: true)
      return
    }
    let matches = active.matches
    guard !matches.isEmpty else {
      message = Message("Pattern not found: \(active.pattern)", isError: true)
      return
    }
    let forward = active.backward == reverse
    let layout = articleLayout
    var target: Int
    if !fromView, let current = active.current, matches.indices.contains(current),
      isOnScreen(span(ofMatch: matches[current], in: layout), rows: viewRows)
    {
      target = forward ? current + 1 : current - 1
    } else {
      let top = viewTop
      let first = partitionPoint(matches) {
        ReadingPosition(paragraph: $0.paragraph, offset: $0.local.lowerBound) >= top
      }
      target = forward ? first : first - 1
    }
    target = wrapped(target, count: matches.count, noun: "search")
    active.current = target
    search = active
    reveal(span(ofMatch: matches[target], in: layout))
  }

  func span(ofMatch match: SearchMatch, in layout: ArticleLayout) -> (
    start: ReadingPosition, end: ReadingPosition
  ) {
    let start = layout.position(ofParagraph: match.paragraph, offset: match.local.lowerBound)
    let end = layout.position(
      ofParagraph: match.paragraph, offset: max(match.local.lowerBound, match.local.upperBound - 1))
    return (start, max(start, end))
  }
}

extension ReaderState {
  /// Wraps a jump target round the ends of a list of `count` entries, as less does,
  /// and says so on the message line ("post hit BOTTOM, continuing at TOP").
  mutating func wrapped(_ target: Int, count: Int, noun: String) -> Int {
    if target >= count {
      message = Message("\(noun) hit BOTTOM, continuing at TOP")
      return 0
    }
    if target < 0 {
      message = Message("\(noun) hit TOP, continuing at BOTTOM")
      return count - 1
    }
    return target
  }
}
