import ArticleModel

extension ReaderState {
  /// Moving between open articles and the list of them.
  mutating func applyLibrary(_ action: Action) -> Effect? {
    switch action {
    case .nextArticle: moveArticle(by: 1)
    case .previousArticle: moveArticle(by: -1)
    case .toggleArticleList:
      library.showsList.toggle()
      library.selected = current
    default: break
    }
    return nil
  }

  /// While the article list is shown: movement moves the selection, Enter opens, Esc, q and A close.
  mutating func applyInArticleList(_ action: Action, keyMap: KeyMap) -> Effect? {
    let last = max(0, documents.count - 1)
    let page = max(1, ArticleListView.box(size: size).height - 3)
    switch action {
    case .lineDown: library.selected = min(last, library.selected + 1)
    case .lineUp: library.selected = max(0, library.selected - 1)
    case .pageDown, .halfPageDown: library.selected = min(last, library.selected + page)
    case .pageUp, .halfPageUp: library.selected = max(0, library.selected - page)
    case .toTop: library.selected = 0
    case .toBottom: library.selected = last
    case .openEntry, .toggleSpeaker, .nextQuotation:
      library.showsList = false
      switchToArticle(library.selected)
    case .nextArticle: library.selected = min(last, library.selected + 1)
    case .previousArticle: library.selected = max(0, library.selected - 1)
    case .toggleArticleList, .cancel, .quit: library.showsList = false
    case .resize, .redraw, .mouse, .toggleHelp: return applyOutsideList(action, keyMap: keyMap)
    default: break
    }
    return nil
  }

  /// Actions the list lets through to the reader (help, resizing, redraws).
  private mutating func applyOutsideList(_ action: Action, keyMap: KeyMap) -> Effect? {
    library.showsList = false
    defer { library.showsList = !showsHelp }
    return perform(action, keyMap: keyMap)
  }

  /// Shows the article `by` places further (stopping at either end, with a message).
  mutating func moveArticle(by step: Int) {
    guard documents.count > 1 else {
      message = Message("Only one article is open")
      return
    }
    let target = current + step
    guard documents.indices.contains(target) else {
      message = Message(step > 0 ? "This is the last article" : "This is the first article")
      return
    }
    switchToArticle(target)
  }

  /// Shows article `index`, where it was left, carrying a speaker filter over by name.
  public mutating func switchToArticle(_ index: Int) {
    guard documents.indices.contains(index) else { return }
    if index == current {
      return
    }
    // Remember this one, and the names the filter stands for.
    library.places[current] = position
    if !filter.isEmpty {
      library.filterNames = filter.speakers.sorted().flatMap { speaker in
        article.speakers.indices.contains(speaker) ? Library.names(of: article.speakers[speaker]) : []
      }
    } else if library.filterNames != nil && !library.carriedFilterFoundNobody {
      library.filterNames = nil  // the filter was cleared here
    }

    current = index
    search = nil
    prompt = nil
    currentQuotation = nil
    currentPost = nil
    focus = .article
    var newFilter = SpeakerFilter()
    var note = ""
    if let names = library.filterNames {
      let found = Library.speakers(named: names, in: article)
      newFilter = SpeakerFilter(speakers: Set(found))
      if found.isEmpty, let name = names.first { note = " — no \(name) in it" }
    }
    library.carriedFilterFoundNobody = library.filterNames != nil && newFilter.isEmpty
    filter = newFilter
    filterReturn = nil
    refreshFilter()
    selectedPost = filteredPosts.first
    selectedSpeaker = article.speakers.isEmpty ? nil : 0
    selectedQuotation = filteredQuotations.first
    let layout = articleLayout
    position = layout.clampedTop(library.places[index] ?? layout.top, height: pageHeight)
    message = Message(
      "Article \(index + 1) of \(documents.count): \(StatusView.fileName(document.name))" + note)
  }

  /// The summaries the article list shows, in order.
  public var articleSummaries: [ArticleSummary] {
    let names: [String]? =
      filter.isEmpty
      ? (library.carriedFilterFoundNobody ? library.filterNames : nil)
      : filter.speakers.sorted().flatMap { speaker in
        article.speakers.indices.contains(speaker) ? Library.names(of: article.speakers[speaker]) : []
      }
    return documents.map { document in
      var summary = ArticleSummary(name: document.name, article: document.article, filterNames: names)
      // A dataset's record: its own title and date rather than its first words.
      if let title = document.metadata?.title { summary.title = title }
      if let date = document.metadata?.date { summary.date = String(date.prefix(10)) }
      return summary
    }
  }
}
