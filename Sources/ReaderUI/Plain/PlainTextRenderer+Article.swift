import ArticleModel

extension PlainTextRenderer {
  /// The article as plain text for a pipe: wrapped paragraphs with speaker tags, posts as blocks, a summary.
  ///
  /// Paragraphs are wrapped by the reader's own `TextWrapper`, with the same
  /// `[Speaker]` tags the reader shows before each quotation, so a pipe shows
  /// what the screen shows. An embedded post becomes a block indented by
  /// four columns under a header naming the platform, author, handle and
  /// date. When the article has quotations or posts, a "Who said what"
  /// summary closes it: each speaker with their quotations and number of
  /// posts, then the quotations nobody can be named for.
  ///
  /// With `theme` (for `--color=always`) quotations and tags carry ANSI SGR
  /// colours per speaker, reset at the end of every line; without it the
  /// only byte below 0x20 in the result is the newline.
  ///
  ///     width 40:
  ///     2018-09-27
  ///
  ///     Sergey Lavrov said: [Lavrov] “We are
  ///     ready.”
  ///
  ///         Twitter · Russia at UN (@RussiaUN) · 2018-09-27
  ///         Talks resume today #UNGA
  ///
  ///     Who said what
  ///
  ///     Sergey Lavrov: 1 quotation
  ///         “We are ready.”
  ///     Russia at UN: 1 post
  /// - Parameters:
  ///   - article: The parsed article.
  ///   - width: Columns available (at least 1 is used).
  ///   - theme: Colours to use, or `nil` for none.
  public static func render(_ article: Article, width: Int, theme: Theme?) -> String {
    var text = ""
    write(article, width: width, theme: theme) { text += $0 }
    return text
  }

  /// `render(_:width:theme:)` handed to `sink` a piece at a time (about 64 kB each, whole
  /// lines), so that a big article goes into a pipe without its whole text held at once.
  public static func write(_ article: Article, width: Int, theme: Theme?, to sink: (String) -> Void) {
    var writer = PlainWriter(width: max(1, width), theme: theme)
    if theme != nil {
      for quotation in article.quotations {
        for piece in quotation.pieces {
          writer.quotedPieces[piece.paragraph, default: []].append((piece.local, quotation.speaker))
        }
      }
      for key in writer.quotedPieces.keys {
        writer.quotedPieces[key]!.sort { $0.range.lowerBound < $1.range.lowerBound }
      }
    }
    let document = OpenDocument(name: "", article: article)
    if let date = article.date, !date.isEmpty {
      writer.block(wrap(date, width: writer.width).map { [(String($0), theme?.date)] })
    }
    for paragraph in article.paragraphs {
      if paragraph.kind == .post, let index = paragraph.post, article.posts.indices.contains(index) {
        writer.postBlock(article.posts[index], paragraph: paragraph.index, document: document)
      } else {
        writer.block(writer.styledLines(paragraph: paragraph.index, document: document, width: writer.width))
      }
      if writer.output.utf8.count >= 1 << 16 {
        sink(writer.output)
        writer.output = ""
      }
    }
    writer.summary(article)
    if !writer.output.isEmpty { sink(writer.output) }
  }
}

/// Collects the blocks of the plain text, a blank line between them.
struct PlainWriter {
  typealias Run = (text: String, style: Style?)
  let width: Int
  let theme: Theme?
  /// What is written and not yet handed on.
  var output = ""
  /// Whether a block has been written (the next one then follows a blank line).
  private var started = false
  /// Quotation pieces per paragraph (local ranges and speakers), sorted; filled only with a theme.
  var quotedPieces: [Int: [(range: Range<Int>, speaker: Int?)]] = [:]

  static let indent = "    "

  init(width: Int, theme: Theme?) {
    self.width = width
    self.theme = theme
  }

  /// Appends a block of lines (each a list of styled runs), after a blank line unless it is the first.
  mutating func block(_ lines: [[Run]]) {
    guard !lines.isEmpty else { return }
    if started { output += "\n" }
    started = true
    for line in lines { output += render(line) + "\n" }
  }

  /// One line with SGR codes when there is a theme; trailing spaces dropped.
  func render(_ runs: [Run]) -> String {
    var runs = runs
    while let last = runs.last, last.text.hasSuffix(" ") {
      let trimmed = String(last.text.reversed().drop { $0 == " " }.reversed())
      if trimmed.isEmpty { runs.removeLast() } else { runs[runs.count - 1].text = trimmed; break }
    }
    guard theme != nil else { return runs.map(\.text).joined() }
    var line = ""
    var current: Style? = nil
    for run in runs where !run.text.isEmpty {
      let style = run.style == .plain ? nil : run.style
      if style != current {
        if current != nil { line += "\u{1B}[0m" }
        if let style { line += style.sgr }
        current = style
      }
      line += run.text
    }
    if current != nil { line += "\u{1B}[0m" }
    return line
  }

  /// A paragraph's wrapped lines with quotations and tags styled by speaker.
  func styledLines(paragraph index: Int, document: OpenDocument, width: Int) -> [[Run]] {
    // Each paragraph is printed once: build its glyphs directly rather than through the reader's cache.
    let glyphs = Glyph.glyphs(of: document.article.paragraphs[index].text)
    // A tag wider than the line is shortened so no line outgrows the width.
    let tags = document.tags(of: index).map { tag in
      tag.width <= width
        ? tag
        : InlineTag(
          offset: tag.offset, text: DisplayWidth.truncated(tag.text, to: width), quotation: tag.quotation,
          speaker: tag.speaker)
    }
    guard !glyphs.isEmpty else { return [] }
    // Quotation pieces of this paragraph, in order; glyph offsets only grow, so one pointer walks them.
    let quoted = theme == nil ? [] : (quotedPieces[index] ?? [])
    var next = 0
    func speech(at offset: Int) -> Style? {
      guard let theme, !quoted.isEmpty else { return nil }
      while next < quoted.count && quoted[next].range.upperBound <= offset { next += 1 }
      var piece = next
      while piece < quoted.count && quoted[piece].range.lowerBound <= offset {
        if quoted[piece].range.contains(offset) { return theme.speech(speaker: quoted[piece].speaker) }
        piece += 1
      }
      return nil
    }
    var lines: [[Run]] = []
    for line in TextWrapper.wrap(glyphs, tags: tags, width: width) {
      var runs: [Run] = []
      for segment in line.segments {
        switch segment {
        case .tag(let tagIndex):
          runs.append((tags[tagIndex].text, theme?.speakerTag(speaker: tags[tagIndex].speaker)))
        case .glyphs(let range):
          for glyph in glyphs[range] {
            let style = speech(at: glyph.offset)
            if let last = runs.last, last.style == style {
              runs[runs.count - 1].text += glyph.text
            } else {
              runs.append((glyph.text, style))
            }
          }
        }
      }
      lines.append(runs)
    }
    return lines
  }

  /// An embedded post: a header line, then its text, indented.
  mutating func postBlock(_ post: SocialPost, paragraph: Int, document: OpenDocument) {
    let indent = width > 2 * Self.indent.count ? Self.indent : ""
    let inner = max(1, width - indent.count)
    var header: [String] = [post.platform.displayName]
    var who = post.author.printableLine
    if !post.handle.isEmpty {
      who += who.isEmpty ? "@" + post.handle.printableLine : " (@\(post.handle.printableLine))"
    }
    if !who.isEmpty { header.append(who) }
    if let date = post.date { header.append(date.printableLine) }
    var lines: [[Run]] = PlainTextRenderer.wrap(header.joined(separator: " · "), width: inner).map {
      [(indent, nil), (String($0), theme?.postHeader)]
    }
    for line in styledLines(paragraph: paragraph, document: document, width: inner) {
      lines.append([(indent, nil)] + line)
    }
    block(lines)
  }

  /// "Who said what": each speaker's quotations and posts, then the unattributed quotations.
  mutating func summary(_ article: Article) {
    guard !article.quotations.isEmpty || !article.posts.isEmpty else { return }
    block(
      PlainTextRenderer.wrap("Who said what", width: width).map {
        [(String($0), theme.map { _ in Style(attributes: [.bold]) })]
      })
    var lines: [[Run]] = []
    let quoteIndent = width > 2 * Self.indent.count ? Self.indent : ""
    func addQuotations(_ indices: [Int]) {
      for index in indices where article.quotations.indices.contains(index) {
        let quotation = article.quotations[index]
        let style = theme?.speech(speaker: quotation.speaker)
        for line in PlainTextRenderer.wrap(quotation.text, width: max(1, width - quoteIndent.count)) {
          lines.append([(quoteIndent, nil), (String(line), style)])
        }
      }
    }
    for speaker in article.speakers {
      let quotations = speaker.quotations.filter(article.quotations.indices.contains)
      let posts = speaker.posts.filter(article.posts.indices.contains)
      guard !quotations.isEmpty || !posts.isEmpty else { continue }
      var counts: [String] = []
      if !quotations.isEmpty { counts.append(Self.count(quotations.count, "quotation")) }
      if !posts.isEmpty { counts.append(Self.count(posts.count, "post")) }
      let heading = speaker.name.printableLine + ": " + counts.joined(separator: ", ")
      for line in PlainTextRenderer.wrap(heading, width: width) {
        lines.append([(String(line), theme?.speakerName(speaker: speaker.index))])
      }
      addQuotations(quotations)
    }
    let unattributed = article.quotations.filter { quotation in
      quotation.speaker.map { !article.speakers.indices.contains($0) } ?? true
    }.map(\.index)
    if !unattributed.isEmpty {
      for line in PlainTextRenderer.wrap(
        "Nobody named: " + Self.count(unattributed.count, "quotation"), width: width)
      {
        lines.append([(String(line), theme?.speakerName(speaker: nil))])
      }
      addQuotations(unattributed)
    }
    block(lines)
  }

  static func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}

extension Style {
  /// The ANSI SGR sequence that selects this style (after a reset), for `--color=always`.
  public var sgr: String {
    var codes: [String] = []
    if attributes.contains(.bold) { codes.append("1") }
    if attributes.contains(.dim) { codes.append("2") }
    if attributes.contains(.italic) { codes.append("3") }
    if attributes.contains(.underline) { codes.append("4") }
    if attributes.contains(.reverse) || attributes.contains(.standout) { codes.append("7") }
    if case .palette(let color) = foreground { codes.append(color < 8 ? "3\(color)" : "38;5;\(color)") }
    if case .palette(let color) = background { codes.append(color < 8 ? "4\(color)" : "48;5;\(color)") }
    return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
