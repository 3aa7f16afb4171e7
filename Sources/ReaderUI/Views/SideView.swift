import ArticleModel

/// Draws the side pane: a tab row (Posts, Speakers, Quotes) and the chosen list.
///
/// Each list marks with `▶` the entry nearest the article's view, and shows
/// its selection (reversed while the pane has the focus, underlined
/// otherwise). Lists turn a page at a time, as neomutt's do, so the screen
/// never depends on where a list was scrolled before: the page shown is the
/// one holding the selection (focused) or the marked entry (not focused).
///
/// With a speaker filter on, the posts and quotes lists narrow to what the
/// article still shows; the speakers list keeps everyone, with `[x]` beside
/// the chosen ones, since it is where the filter is picked.
///
///     Posts  Speakers  Quotes
///     ▶ Russian Mission UN @RussiaUN
///       2018-09-26 #Lavrov and FM Ri…
public enum SideView {
  /// The tab under a column of the tab row.
  public static func tab(atColumn column: Int) -> SideTab? {
    var x = 0
    for tab in SideTab.allCases {
      let tabWidth = DisplayWidth.width(of: tab.title) + 2
      if column >= x && column < x + tabWidth { return tab }
      x += tabWidth
    }
    return nil
  }

  /// The first list row shown when `selectedRow` must be on the page.
  public static func firstVisibleRow(selectedRow: Int, capacity: Int) -> Int {
    let capacity = max(1, capacity)
    return (max(0, selectedRow) / capacity) * capacity
  }

  public static func draw(
    into screen: inout Screen, rect: Rect, state: ReaderState, rows: [ArticleRow], theme: Theme
  ) {
    guard !rect.isEmpty else { return }
    let focused = state.effectiveFocus == .side
    var x = rect.x
    for tab in SideTab.allCases {
      let style: Style
      if tab == state.sideTab {
        style = focused ? theme.tabActiveFocused : theme.tabActive
      } else {
        style = theme.tabInactive
      }
      x = screen.put(" \(tab.title) ", x: x, y: rect.y, style: style, clip: rect)
    }
    let list = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    guard !list.isEmpty else { return }
    let ids = state.listIDs(state.sideTab)
    if ids.isEmpty {
      let empty: String
      switch state.sideTab {
      case .posts: empty = state.filter.isEmpty ? "(no embedded posts)" : "(no posts by these speakers)"
      case .speakers: empty = "(nobody is quoted)"
      case .quotations: empty = state.filter.isEmpty ? "(no quotations)" : "(no quotations by these speakers)"
      }
      screen.put(empty, x: list.x + 3, y: list.y, style: theme.listDetail, clip: list)
      return
    }
    let nearest = state.nearestEntry(state.sideTab, rows: rows)
    let selectedRow = state.selectedRow(state.sideTab) ?? 0
    let capacity = state.listCapacity
    let first = state.firstListRow(rows: rows)
    let height = ReaderState.entryHeight(state.sideTab)
    let shown = first..<min(ids.count, first + capacity)
    // The entries (the page only changes with the tab, the filter or a page turn), then the
    // mark and the selection over them. The list's rectangle is blank until now.
    let inScreen = Rect(
      x: max(0, list.x), y: max(0, list.y), width: max(0, min(list.maxX, screen.size.width) - max(0, list.x)),
      height: max(0, min(list.maxY, screen.size.height) - max(0, list.y)))
    let key = SideListCache.Key(
      tab: state.sideTab, list: list, rows: shown, filter: state.filter, theme: theme)
    let cache = state.document.sideListCache
    if inScreen == list, let cells = cache.cells(for: key) {
      screen.paste(cells, in: list)
    } else {
      for (slot, row) in shown.enumerated() {
        drawEntry(
          ids[row], tab: state.sideTab, into: &screen, x: list.x + 3, y: list.y + slot * height, clip: list,
          state: state, theme: theme)
      }
      if inScreen == list { cache.keep(screen.cells(in: list), for: key) }
    }
    for (slot, row) in shown.enumerated() {
      let y = list.y + slot * height
      let id = ids[row]
      if id == nearest { screen.put("▶", x: list.x + 1, y: y, style: theme.nearestMarker, clip: list) }
      if row == selectedRow {
        let entry = Rect(x: list.x, y: y, width: list.width, height: focused ? height : 1)
        let clipped = Rect(
          x: entry.x, y: entry.y, width: entry.width, height: min(entry.height, list.maxY - entry.y))
        screen.restyle(clipped) { style in
          style.attributes.insert(focused ? .reverse : .underline)
        }
      }
    }
  }

  private static func drawEntry(
    _ id: Int, tab: SideTab, into screen: inout Screen, x: Int, y: Int, clip: Rect, state: ReaderState,
    theme: Theme
  ) {
    let article = state.article
    switch tab {
    case .posts:
      let post = article.posts[id]
      let speaker = state.document.postAuthors[id]
      var cx = x
      if !post.author.isEmpty {
        // With a handle after it, the author leaves room for at least the handle's `…`.
        let room = clip.maxX - cx - (post.handle.isEmpty ? 0 : 2)
        cx = screen.put(
          DisplayWidth.truncated(post.author, to: max(1, room)) + " ", x: cx, y: y,
          style: theme.speakerName(speaker: speaker), clip: clip)
      }
      if !post.handle.isEmpty {
        screen.put(
          DisplayWidth.truncated("@" + post.handle, to: max(1, clip.maxX - cx)), x: cx, y: y,
          style: theme.listDetail, clip: clip)
      }
      var second = post.date.map { $0 + " " } ?? ""
      second += firstWords(post.text, limit: max(1, clip.width))
      // A preview cut by the pane ends in `…`, as the names above do.
      screen.put(DisplayWidth.truncated(second, to: max(1, clip.maxX - x)), x: x, y: y + 1, clip: clip)
    case .speakers:
      let speaker = article.speakers[id]
      let chosen = state.filter.speakers.contains(id)
      var cx = screen.put(chosen ? "[x] " : "[ ] ", x: x, y: y, clip: clip)
      let counts = "\(speaker.quotations.count)q \(speaker.posts.count)p"
      let countsWidth = DisplayWidth.width(of: counts)
      let nameRoom = clip.maxX - cx - countsWidth - 1
      cx = screen.put(
        DisplayWidth.truncated(speaker.name, to: max(1, nameRoom)), x: cx, y: y,
        style: theme.speakerName(speaker: id),
        clip: clip)
      screen.put(counts, x: max(cx + 1, clip.maxX - countsWidth), y: y, style: theme.listDetail, clip: clip)
    case .quotations:
      let quotation = article.quotations[id]
      let position = lowerBound(state.filteredQuotations, id) + 1
      let cx = screen.put("\(position) ", x: x, y: y, style: theme.listDetail, clip: clip)
      screen.put(
        DisplayWidth.truncated(state.document.speakerName(quotation.speaker), to: max(1, clip.maxX - cx)),
        x: cx, y: y, style: theme.speakerName(speaker: quotation.speaker), clip: clip)
      screen.put(
        firstWords(quotation.text, limit: max(1, clip.width)), x: x, y: y + 1,
        style: theme.speech(speaker: quotation.speaker), clip: clip)
    }
  }

  /// The start of a text, on one line (line breaks and runs of spaces folded).
  ///
  /// Reads at most `limit * 2` characters and keeps at most `limit`. Lone ASCII
  /// characters (most of a news text) are taken byte by byte, without grapheme breaking.
  static func firstWords(_ text: String, limit: Int) -> String {
    firstWords(Substring(text), limit: limit)
  }

  /// `firstWords(_:limit:)` of a slice (a quotation's text is a slice of its paragraph).
  static func firstWords(_ text: Substring, limit: Int) -> String {
    if let words = text.utf8.withContiguousStorageIfAvailable({ firstWords(text, bytes: $0, limit: limit) }) {
      return words
    }
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable { firstWords(copy, bytes: $0, limit: limit) } ?? ""
  }

  /// `firstWords(_:limit:)` on the text's UTF-8 in place.
  private static func firstWords(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(limit + 8)
    var count = 0  // characters kept
    var read = 0  // characters read
    var lastWasSpace = false
    var byteIndex = 0
    while byteIndex < bytes.count && read < limit * 2 {
      let byte = bytes[byteIndex]
      let following: UInt8? = byteIndex + 1 < bytes.count ? bytes[byteIndex + 1] : nil
      var end = byteIndex + 1
      let isSpace: Bool
      let isByte =
        byte < 0x80 && (following ?? 0) < 0x80
        && !(byte == UInt8(ascii: "\r") && following == UInt8(ascii: "\n"))
      if isByte {
        // One ASCII byte is the whole character, found without grapheme breaking (CR LF, one
        // character, goes the general way); every side-list entry is cut so
        // (`Scripts/bench-profile frame 250x70 20`).
        isSpace = byte == UInt8(ascii: " ") || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(byte)
      } else {
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: byteIndex)
        let character = text[index]
        end = utf8.distance(from: utf8.startIndex, to: text.index(after: index))
        isSpace = character.isWhitespace
      }
      read += 1
      if isSpace {
        if !lastWasSpace && count > 0 {
          result.append(UInt8(ascii: " "))
          count += 1
        }
        lastWasSpace = true
      } else {
        if isByte { result.append(byte) } else { result.append(contentsOf: bytes[byteIndex..<end]) }
        count += 1
        lastWasSpace = false
      }
      byteIndex = end
      if count >= limit { break }
    }
    return String(decoding: result, as: UTF8.self)
  }
}

extension ReaderState {
  /// The first row of the current list on screen: the page of the selection
  /// while the side pane has the focus, else the page of the entry nearest the view.
  public func firstListRow(rows: [ArticleRow]) -> Int {
    let selected = selectedRow(sideTab) ?? 0
    guard effectiveFocus != .side, let nearest = nearestEntry(sideTab, rows: rows) else {
      return SideView.firstVisibleRow(selectedRow: selected, capacity: listCapacity)
    }
    return SideView.firstVisibleRow(
      selectedRow: lowerBound(listIDs(sideTab), nearest), capacity: listCapacity)
  }

  /// The entry of a list nearest the article's view: the current one when on screen, else
  /// the first on screen, else the last one above, else the first one below.
  public func nearestEntry(_ tab: SideTab, rows: [ArticleRow]) -> Int? {
    guard let firstRow = rows.first, let lastRow = rows.last else { return nil }
    let top = firstRow.position
    let bottom = lastRow.position
    func pick(_ ids: [Int], current: Int?, start: (Int) -> ReadingPosition) -> Int? {
      guard !ids.isEmpty else { return nil }
      if let current, case let place = lowerBound(ids, current), place < ids.count, ids[place] == current,
        start(current) >= top, start(current) <= bottom
      {
        return current
      }
      let firstBelowTop = partitionPoint(ids) { start($0) >= top }
      if firstBelowTop < ids.count && start(ids[firstBelowTop]) <= bottom { return ids[firstBelowTop] }
      if firstBelowTop > 0 { return ids[firstBelowTop - 1] }
      return ids.first
    }
    let layout = articleLayout
    switch tab {
    case .posts:
      return pick(filteredPosts, current: currentPost) {
        layout.blockStart(ofParagraph: article.posts[$0].paragraph)
      }
    case .quotations:
      return pick(filteredQuotations, current: currentQuotation) { start(ofQuotation: $0) }
    case .speakers:
      if let quotation = nearestEntry(.quotations, rows: rows),
        let speaker = article.quotations[quotation].speaker
      {
        return speaker
      }
      return nil
    }
  }
}
