import ArticleModel

extension ReaderState {
  /// Puts the whole article in place of the beginning (or the ending) shown while it loaded.
  ///
  /// The reader keeps its place by source offset (the same words stay at the
  /// top), and the current and selected quotation and post stay the same
  /// ones; a speaker filter is looked up by name in the whole article.
  /// - Parameter shift: What to add to the shown article's source offsets to
  ///   get the new one's (the ending's start in the whole text; 0 for a beginning).
  public mutating func replaceArticle(of index: Int, with article: Article, shift: Int = 0) {
    guard documents.indices.contains(index) else { return }
    let old = documents[index].article
    documents[index] = OpenDocument(name: documents[index].name, article: article)
    guard index == current else {
      if let place = library.places[index] {
        library.places[index] = Self.position(place, from: old, to: article, shift: shift)
      }
      return
    }
    position = Self.position(position, from: old, to: article, shift: shift)
    currentQuotation = currentQuotation.flatMap { Self.quotation($0, from: old, to: article, shift: shift) }
    selectedQuotation =
      selectedQuotation.flatMap { Self.quotation($0, from: old, to: article, shift: shift) }
      ?? article.quotations.indices.first
    currentPost = currentPost.flatMap { Self.post($0, from: old, to: article, shift: shift) }
    selectedPost =
      selectedPost.flatMap { Self.post($0, from: old, to: article, shift: shift) }
      ?? article.posts.indices.first
    let speakerNames = { (speaker: Int) in
      old.speakers.indices.contains(speaker) ? [old.speakers[speaker].name] : []
    }
    selectedSpeaker =
      selectedSpeaker.flatMap { Library.speakers(named: speakerNames($0), in: article).first }
      ?? (article.speakers.isEmpty ? nil : 0)
    if !filter.isEmpty {
      let names = filter.speakers.sorted().flatMap(speakerNames)
      filter = SpeakerFilter(speakers: Set(Library.speakers(named: names, in: article)))
    }
    refreshFilter()
  }

  /// The same words in another parse of the same text: by source offset.
  static func position(
    _ position: ReadingPosition, from old: Article, to new: Article, shift: Int = 0
  ) -> ReadingPosition {
    guard old.paragraphs.indices.contains(position.paragraph), !new.paragraphs.isEmpty else {
      return position
    }
    let paragraph = old.paragraphs[position.paragraph]
    let source = paragraph.sourceOffset(ofLocal: max(position.offset, 0)) + shift
    let target = new.paragraphs[paragraphIndex(containing: source, in: new)]
    let offset = position.offset < 0 ? position.offset : target.localOffset(ofSource: source)
    return ReadingPosition(paragraph: target.index, offset: offset)
  }

  /// The last paragraph that starts at or before `source` (the first when none does).
  static func paragraphIndex(containing source: Int, in article: Article) -> Int {
    var low = 0
    var high = article.paragraphs.count
    while low < high {
      let middle = (low + high) / 2
      if article.paragraphs[middle].range.start <= source { low = middle + 1 } else { high = middle }
    }
    return max(0, low - 1)
  }

  /// The quotation of `new` that starts where quotation `index` of `old` does.
  static func quotation(_ index: Int, from old: Article, to new: Article, shift: Int = 0) -> Int? {
    guard old.quotations.indices.contains(index) else { return nil }
    let start = old.quotations[index].range.start + shift
    return new.quotations.firstIndex { $0.range.start == start }
  }

  /// The post of `new` in the paragraph that starts where post `index`'s does in `old`.
  static func post(_ index: Int, from old: Article, to new: Article, shift: Int = 0) -> Int? {
    guard old.posts.indices.contains(index), old.paragraphs.indices.contains(old.posts[index].paragraph)
    else { return nil }
    let start = old.paragraphs[old.posts[index].paragraph].range.start + shift
    return new.posts.firstIndex { post in
      new.paragraphs.indices.contains(post.paragraph) && new.paragraphs[post.paragraph].range.start == start
    }
  }
}
