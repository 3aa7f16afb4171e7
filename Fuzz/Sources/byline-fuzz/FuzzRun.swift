import ArticleModel
import ReaderUI

/// One fuzz execution: parse, check, lay out, render, act (sometimes as a big file opens).
enum FuzzRun {
  /// Sizes tried: a small terminal with the side pane, a narrow one, one below the reader's minimum.
  ///
  /// Kept small: every cell costs time, and the fuzzer needs millions of runs.
  static let sizes = [Size(width: 84, height: 9), Size(width: 21, height: 6), Size(width: 2, height: 2)]

  /// Actions applied between renders; the input picks where to start in it.
  static let actions: [Action] = [
    .toBottom, .nextQuotation, .nextQuotation, .previousQuotation, .nextPost, .pageDown,
    .toggleSidePane, .focusNextPane, .lineDown, .nextTab, .openEntry, .toggleSpeaker,
    .focusPreviousPane, .toTop, .nextParagraph, .search("a", backward: false), .searchNext,
    .filterSpeakers(matching: "e"), .halfPageDown, .previousPost, .clearFilter, .pageDown,
    .cancel, .jumpToQuotation(1), .jumpToPost(0), .jumpToParagraph(2),
    .mouse(MouseEvent(kind: .wheelDown, row: 3, column: 3)),
    .mouse(MouseEvent(kind: .press(button: 1), row: 4, column: 70)),
  ]

  static func run(_ bytes: [UInt8]) {
    let article = Article(parsing: bytes)
    checkInvariants(article)
    // The last byte picks the size and where to start in the list of actions, so
    // the fuzzer can reach every combination while each run stays cheap.
    let seed = Int(bytes.last ?? 0)
    let size = sizes[seed % sizes.count]
    // One input in eight (by length) is opened as the reader opens a big file.
    var state =
      bytes.count % 8 == 1
      ? openWhileLoading(article, size: size, seed: seed)
      : ReaderState(article: article, name: "fuzz", size: size)
    for step in 0..<5 {
      _ = state.apply(actions[(seed / sizes.count + step * 5) % actions.count], keyMap: .default)
    }
    let theme = Theme(depth: .many)
    var encoder = FrameEncoder(codes: .ecma48())
    let first = ReaderView.render(state, theme: theme)
    sendsOnlyText(first, through: &encoder)
    _ = state.apply(actions[(seed + 3) % actions.count], keyMap: .default)
    sendsOnlyText(ReaderView.render(state, theme: theme), through: &encoder)
    _ = state.apply(.resize(sizes[(seed + 1) % sizes.count]), keyMap: .default)
    _ = ReaderView.render(state, theme: theme, reusing: first)
  }

  /// Encodes a frame as the terminal gets it and checks that content never drives
  /// the terminal: valid UTF-8, and no control character but the encoder's own ESC.
  static func sendsOnlyText(_ screen: Screen, through encoder: inout FrameEncoder) {
    var bytes: [UInt8] = []
    encoder.encode(screen, into: &bytes)
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        let value = scalar.value
        precondition(
          value == 0x1B || (value >= 0x20 && !(0x7F...0x9F).contains(value)),
          "a control character reached the terminal: \(value)")
      case .emptyInput:
        return
      case .error:
        preconditionFailure("the frame is not valid UTF-8")
      }
    }
  }

  /// A state opened as a big file is: on a beginning of the text (cut after a
  /// paragraph break), sometimes on its ending too (as `G` shows it while the
  /// whole loads), then with the whole swapped in by `replaceArticle`, which
  /// must keep a place by source offset without trapping.
  static func openWhileLoading(_ article: Article, size: Size, seed: Int) -> ReaderState {
    let scalars = Array(article.source.unicodeScalars)
    let cut = breakAfter(scalars.count / 3, in: scalars) ?? scalars.count
    let beginning = Article(parsing: text(scalars[..<cut]))
    checkInvariants(beginning)
    var state = ReaderState(article: beginning, name: "fuzz", size: size)
    _ = state.apply(actions[(seed / 2) % actions.count], keyMap: .default)
    var shift = 0
    if seed & 4 != 0, let start = breakAfter(scalars.count * 2 / 3, in: scalars) {
      let ending = Article(parsing: text(scalars[start...]))
      checkInvariants(ending)
      state.replaceArticle(of: 0, with: ending, shift: -start)
      _ = state.apply(.toBottom, keyMap: .default)
      shift = start
    }
    state.replaceArticle(of: 0, with: article, shift: shift)
    return state
  }

  /// Just after the first paragraph break (else line break) from `start` on.
  static func breakAfter(_ start: Int, in scalars: [Unicode.Scalar]) -> Int? {
    var lineBreak: Int?
    var previousWasBreak = false
    for index in start..<scalars.count {
      switch scalars[index] {
      case "\n":
        if previousWasBreak { return index + 1 }
        if lineBreak == nil { lineBreak = index + 1 }
        previousWasBreak = true
      case "\r", " ", "\t": break
      default: previousWasBreak = false
      }
    }
    return lineBreak
  }

  static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// Traps when the model breaks a promise its users rely on.
  static func checkInvariants(_ article: Article) {
    let scalars = article.source.unicodeScalars.count
    precondition(article.scalarCount == scalars, "scalarCount \(article.scalarCount) != \(scalars)")
    var previousEnd = 0
    for (i, paragraph) in article.paragraphs.enumerated() {
      precondition(paragraph.index == i, "paragraph index")
      precondition(paragraph.range.start >= previousEnd, "paragraphs overlap or go backwards")
      precondition(paragraph.range.end <= scalars, "paragraph beyond the text")
      previousEnd = paragraph.range.end
      if let map = paragraph.sourceMap {
        precondition(map.count == paragraph.text.unicodeScalars.count + 1, "source map length")
      }
      if let post = paragraph.post { precondition(article.posts.indices.contains(post), "paragraph post") }
    }
    for (i, quotation) in article.quotations.enumerated() {
      precondition(quotation.index == i, "quotation index")
      precondition(quotation.range.end <= scalars, "quotation beyond the text")
      precondition(article.paragraphs.indices.contains(quotation.paragraph), "quotation paragraph")
      if let s = quotation.speaker { precondition(article.speakers.indices.contains(s), "quotation speaker") }
      if let p = quotation.post { precondition(article.posts.indices.contains(p), "quotation post") }
      for piece in quotation.pieces {
        precondition(article.paragraphs.indices.contains(piece.paragraph), "piece paragraph")
        let length = article.paragraphs[piece.paragraph].text.unicodeScalars.count
        precondition(piece.local.lowerBound >= 0 && piece.local.upperBound <= length, "piece beyond paragraph")
      }
    }
    for (i, post) in article.posts.enumerated() {
      precondition(post.index == i, "post index")
      precondition(article.paragraphs.indices.contains(post.paragraph), "post paragraph")
      precondition(post.range.end <= scalars, "post beyond the text")
    }
    for (i, speaker) in article.speakers.enumerated() {
      precondition(speaker.index == i, "speaker index")
      for q in speaker.quotations { precondition(article.quotations.indices.contains(q), "speaker quotation") }
      for p in speaker.posts { precondition(article.posts.indices.contains(p), "speaker post") }
    }
  }
}
