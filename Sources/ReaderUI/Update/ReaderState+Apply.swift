import ArticleModel

extension ReaderState {
  /// Changes the state for one action; returns work for the loop, if any.
  ///
  /// `keyMap` is the user's: the help lists its keys, so it bounds how far the help scrolls.
  /// Never does I/O, and never does work in proportion to the article's size
  /// (except a search, which reads the text once, and a filter change, which
  /// reads the list of quotations once). While the article shown loads, keys
  /// that need the whole of it wait (see `ReaderState+WhileLoading.swift`).
  @discardableResult
  public mutating func apply(_ action: Action, keyMap: KeyMap) -> Effect? {
    if isLoading && applyWhileLoading(action, keyMap: keyMap) { return nil }
    return perform(action, keyMap: keyMap)
  }

  /// `apply` on the article as it is (all of it, or the part loaded so far).
  mutating func perform(_ action: Action, keyMap: KeyMap) -> Effect? {
    switch action {
    case .resize, .redraw, .mouse: break
    default: message = nil
    }
    // A jump elsewhere than to a quotation makes the reading position, not the current
    // quotation, what a resize keeps (see `viewFollowsQuotation`); scrolling does not.
    switch action {
    case .toTop, .toBottom, .search, .searchNext, .searchPrevious, .nextParagraph,
      .previousParagraph, .jumpToParagraph, .nextPost, .previousPost, .jumpToPost, .openEntry:
      if !showsHelp && !library.showsList { viewFollowsQuotation = false }
    default: break
    }
    if showsHelp { return applyInHelp(action, keyMap: keyMap) }
    if library.showsList { return applyInArticleList(action, keyMap: keyMap) }
    switch action {
    case .lineDown: moveFocused(by: 1, page: false)
    case .lineUp: moveFocused(by: -1, page: false)
    case .pageDown: moveFocused(by: 1, page: true)
    case .pageUp: moveFocused(by: -1, page: true)
    case .halfPageDown: scrollArticle(by: max(1, pageHeight / 2))
    case .halfPageUp: scrollArticle(by: -max(1, pageHeight / 2))
    case .toTop:
      if effectiveFocus == .side { selectRow(0) } else { position = articleLayout.top }
    case .toBottom:
      if effectiveFocus == .side {
        selectRow(Int.max)
      } else {
        position = articleLayout.lastTop(height: pageHeight)
      }
    case .nextQuotation: jumpQuotation(forward: true)
    case .previousQuotation: jumpQuotation(forward: false)
    case .nextPost: jumpPost(forward: true)
    case .previousPost: jumpPost(forward: false)
    case .nextParagraph: jumpParagraph(forward: true)
    case .previousParagraph: jumpParagraph(forward: false)
    case .focusNextPane, .focusPreviousPane:
      if isSidePaneShown {
        focus = effectiveFocus == .article ? .side : .article
      } else {
        message = Message("The side pane is hidden: s shows it")
      }
    case .nextTab: switchTab(by: 1)
    case .previousTab: switchTab(by: -1)
    case .toggleSidePane: toggleSidePane()
    case .openEntry: openEntry()
    case .toggleSpeaker: toggleSelectedSpeaker()
    case .startSearch(let backward): prompt = Prompt(purpose: .search(backward: backward))
    case .searchNext: jumpMatch(reverse: false)
    case .searchPrevious: jumpMatch(reverse: true)
    case .startFilter: prompt = Prompt(purpose: .filter)
    case .clearFilter:
      if filter.isEmpty { message = Message("No filter to clear") } else { setFilter(SpeakerFilter()) }
    case .toggleHelp:
      showsHelp = true
      helpScroll = 0
    case .cancel:
      // One layer at a time: the prompt, then the search highlight, then the filter.
      if prompt != nil {
        prompt = nil
      } else if search != nil {
        search = nil
      } else if !filter.isEmpty {
        setFilter(SpeakerFilter())
      }
    case .quit: return .quit(status: 0)
    case .redraw: return .redraw
    case .nextArticle, .previousArticle, .toggleArticleList: return applyLibrary(action)
    case .openLink: return linkEffect(copy: false)
    case .copyLink: return linkEffect(copy: true)
    case .search(let pattern, let backward): runSearch(pattern, backward: backward)
    case .filterSpeakers(let text): filterSpeakers(matching: text)
    case .setFilter(let newFilter): setFilter(newFilter)
    case .jumpToQuotation(let quotation): jumpToQuotation(quotation)
    case .jumpToPost(let post): jumpToPost(post)
    case .jumpToParagraph(let paragraph):
      position = articleLayout.clampedTop(
        articleLayout.blockStart(ofParagraph: paragraph), height: pageHeight)
    case .resize(let newSize): resize(to: newSize)
    case .mouse(let event): handleMouse(event)
    case .promptKey(let key): return handlePromptKey(key)
    }
    return nil
  }

  /// While the help is shown: movement scrolls it; `q`, Esc, `h` and F1 close it; the rest waits.
  private mutating func applyInHelp(_ action: Action, keyMap: KeyMap) -> Effect? {
    switch action {
    case .lineDown: helpScroll += 1
    case .lineUp: helpScroll = max(0, helpScroll - 1)
    case .pageDown, .halfPageDown: helpScroll += max(1, size.height - 4)
    case .pageUp, .halfPageUp: helpScroll = max(0, helpScroll - max(1, size.height - 4))
    case .toTop: helpScroll = 0
    case .quit, .cancel, .toggleHelp: showsHelp = false
    case .resize(let newSize): resize(to: newSize)
    case .redraw: return .redraw
    case .mouse(let event):
      if event.kind == .wheelDown { helpScroll += 3 }
      if event.kind == .wheelUp { helpScroll = max(0, helpScroll - 3) }
    default: break
    }
    helpScroll = min(helpScroll, HelpView.maximumScroll(size: size, keyMap: keyMap))
    return nil
  }

  // MARK: Scrolling and lists

  /// Scrolls the article by `rows` (negative: up), never past either end.
  public mutating func scrollArticle(by rows: Int) {
    let layout = articleLayout
    let moved = layout.position(position, movedBy: rows)
    // Without a filter every paragraph has a row of its own, so the last page's rows belong to
    // the last `pageHeight` paragraphs: a view starting before them cannot pass the end, and
    // the last top (a walk back from the end) need not be found
    // (`Scripts/bench-profile key j 250x70 20`).
    if visibleParagraphs == nil && moved.paragraph + pageHeight < article.paragraphs.count {
      position = moved
      return
    }
    position = layout.clampedTop(moved, height: pageHeight)
  }

  private mutating func moveFocused(by direction: Int, page: Bool) {
    if effectiveFocus == .side {
      let step = page ? listCapacity : 1
      selectRow((selectedRow(sideTab) ?? 0) + direction * step)
    } else {
      scrollArticle(by: direction * (page ? pageHeight : 1))
    }
  }

  /// Selects row `row` (clamped) of the current list.
  mutating func selectRow(_ row: Int) {
    let ids = listIDs(sideTab)
    guard !ids.isEmpty else { return }
    setSelection(sideTab, ids[max(0, min(row, ids.count - 1))])
  }

  private mutating func switchTab(by step: Int) {
    let all = SideTab.allCases
    let shown = all.firstIndex(of: sideTab) ?? 0
    sideTab = all[(shown + step + all.count) % all.count]
  }

  private mutating func toggleSidePane() {
    let shown = isSidePaneShown
    sidePaneChoice = !shown
    if !shown && !isSidePaneShown {
      sidePaneChoice = nil
      message = Message("Too narrow for the side pane", isError: true)
    }
    if shown { focus = .article }
    keepPositionInRange()
  }

  private mutating func openEntry() {
    guard let id = selection(sideTab), listIDs(sideTab).contains(id) else { return }
    switch sideTab {
    case .posts: jumpToPost(id)
    case .quotations: jumpToQuotation(id)
    case .speakers: toggleSelectedSpeaker()
    }
  }

  private mutating func toggleSelectedSpeaker() {
    guard let speaker = selectedSpeaker, article.speakers.indices.contains(speaker) else { return }
    var newFilter = filter
    if newFilter.speakers.contains(speaker) {
      newFilter.speakers.remove(speaker)
    } else {
      newFilter.speakers.insert(speaker)
    }
    setFilter(newFilter)
  }

  // MARK: Filter

  /// Makes the speakers whose name or alias contains `text` the filter.
  mutating func filterSpeakers(matching text: String) {
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty {
      setFilter(SpeakerFilter())
      return
    }
    let matches = SpeakerFilter.speakers(matching: trimmed, in: article)
    if matches.isEmpty {
      message = Message("No speaker matches \"\(trimmed)\"", isError: true)
    } else {
      setFilter(SpeakerFilter(speakers: Set(matches)))
    }
  }

  /// Replaces the filter, keeping the reading position (or the stretch that now hides it).
  ///
  /// The place kept is the one being read before the previous filter change when the view
  /// has not moved since: setting a filter and clearing it again comes back to the same
  /// paragraph even though, filtered, the view showed the stretch that hid it.
  mutating func setFilter(_ newFilter: SpeakerFilter) {
    let reading = filterReturn.flatMap { $0.shown == position ? $0.reading : nil } ?? position
    defer { filterReturn = PlaceReturn(reading: reading, shown: position) }
    filter = newFilter
    refreshFilter()
    if let quotation = currentQuotation, !filter.admits(article.quotations[quotation]) {
      currentQuotation = nil
    }
    if let post = currentPost, !filteredPosts.contains(post) { currentPost = nil }
    if let active = search {
      let matches = article.search(active.pattern, in: visibleParagraphs)
      search = SearchState(pattern: active.pattern, backward: active.backward, matches: matches)
    }
    let layout = articleLayout
    position = layout.clampedTop(reading, height: pageHeight)
    if let quotation = currentQuotation { reveal(span(ofQuotation: quotation, in: layout)) }
  }

  // MARK: Resize and mouse

  /// Re-wraps at the new size from the place being read: the position kept, or the place
  /// an earlier resize had to leave to fit the end (`resizeReturn`), or the quotation just
  /// jumped to when it was on screen.
  private mutating func resize(to newSize: Size) {
    let keepQuotation =
      viewFollowsQuotation && (currentQuotation.map(isQuotationPartlyOnScreen) ?? false)
    let reading = resizeReturn.flatMap { $0.shown == position ? $0.reading : nil } ?? position
    size = newSize
    position = reading
    keepPositionInRange()
    if keepQuotation, let quotation = currentQuotation {
      reveal(span(ofQuotation: quotation, in: articleLayout))
    }
    resizeReturn = position != reading ? PlaceReturn(reading: reading, shown: position) : nil
  }

  /// After the pane changed width or height: keeps the exact offset (not the start of its row, so
  /// that resizing back and forth does not drift), moving up only if the view would pass the end.
  private mutating func keepPositionInRange() {
    let layout = articleLayout
    let lastTop = layout.lastTop(height: pageHeight)
    if layout.normalized(position) > lastTop { position = lastTop }
  }

  private mutating func handleMouse(_ event: MouseEvent) {
    let layout = screenLayout
    let inSide = ScreenLayout.contains(layout.side, x: event.column, y: event.row)
    let inArticle = ScreenLayout.contains(layout.article, x: event.column, y: event.row)
    switch event.kind {
    case .wheelDown, .wheelUp:
      let step = event.kind == .wheelDown ? 3 : -3
      if inSide {
        selectRow((selectedRow(sideTab) ?? 0) + step)
      } else if inArticle {
        scrollArticle(by: step)
      }
    case .press(button: 1):
      if inArticle {
        focus = .article
      } else if inSide, let side = layout.side {
        if event.row == side.y {
          if let tab = SideView.tab(atColumn: event.column - side.x) { sideTab = tab }
        } else {
          // The entry under the pointer, on the page as it was drawn before the click.
          let first = firstListRow(rows: viewRows)
          let row = first + (event.row - side.y - 1) / Self.entryHeight(sideTab)
          if row < listIDs(sideTab).count { selectRow(row) }
        }
        focus = .side
      }
    default: break
    }
  }

  // MARK: Prompt

  private mutating func handlePromptKey(_ key: Key) -> Effect? {
    guard var current = prompt else { return nil }
    var key = key
    if case .character(let typed) = key, typed == "\n" || typed == "\r" || typed == "\r\n" { key = .enter }
    switch key {
    case .character(let typed):
      current.text.append(typed)
      prompt = current
    case .backspace, .delete:
      if current.text.isEmpty {
        prompt = nil
      } else {
        current.text.removeLast()
        prompt = current
      }
    case .control("u"):
      current.text = ""
      prompt = current
    case .escape, .control("c"), .control("g"):
      prompt = nil
    case .enter:
      prompt = nil
      switch current.purpose {
      case .search(let backward):
        if !current.text.isEmpty {
          runSearch(current.text, backward: backward)
        } else if var last = search {
          // An empty pattern repeats the last search, in the direction just typed (as in less).
          last.backward = backward
          search = last
          jumpMatch(reverse: false)
        }
      case .filter:
        filterSpeakers(matching: current.text)
      }
    default: break
    }
    return nil
  }
}

extension String {
  var trimmingSpaces: String {
    var trimmed = Substring(self)
    while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
    while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
    return String(trimmed)
  }
}
