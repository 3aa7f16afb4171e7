/// A quotation found by the scanner, before attribution: its pieces, one per
/// paragraph it spans.
struct QuotationCandidate {
  var pieces: [Quotation.Piece]
  /// How many pieces have their quote token yet, and the token index of the
  /// first and of the last one in its paragraph: all attribution reads (an array
  /// of them cost an allocation for every quotation).
  var tokenCount = 0
  var firstToken = -1
  var lastToken = -1
  var kind: Quotation.Kind = .direct

  /// Notes the quote token of the next piece.
  mutating func addToken(_ index: Int) {
    if tokenCount == 0 { firstToken = index }
    lastToken = index
    tokenCount += 1
  }
}

/// The first stage of the quotation stage: the top-level quotes of each paragraph,
/// as candidates, a quote left open at a paragraph's end continuing when the next
/// paragraph opens with a mark of the same family (one quotation, several pieces).
struct QuotationCandidates {
  private(set) var candidates: [QuotationCandidate] = []
  /// The candidate a quote opening the next paragraph continues, and its family.
  private var chain: (candidate: Int, family: QuotationScanner.Family)?
  /// The candidate of each top-level quote of the paragraph read last: one array
  /// for all paragraphs, emptied (keeping its room) for each.
  private(set) var ids: [Int] = []

  var count: Int { candidates.count }

  /// The candidates before this one are complete: only a continuing chain may
  /// still grow.
  var completeCount: Int { chain.map { min($0.candidate, candidates.count) } ?? candidates.count }

  /// The paragraph candidate `index` starts in.
  func firstParagraph(of index: Int) -> Int { candidates[index].pieces[0].paragraph }

  /// Reads paragraph `paragraph`'s marks; returns its top-level quoted spans (their
  /// candidates are `ids`). `isText` is whether it is running text, `nextOpening`
  /// the family of the mark the next paragraph opens with when that one is running
  /// text too.
  mutating func read(
    paragraph: Int, scalars: [UInt32], scan: QuotationScanner.Result, isText: Bool,
    nextOpening: QuotationScanner.Family?
  ) -> [Range<Int>] {
    let first = Scalars.firstNonSpace(scalars)
    var accepted: Range<Int>?
    var continuing = false
    var opensChain = false
    if let unclosed = scan.unclosed {
      let end = Scalars.trimmedEnd(scalars)
      let continuesChain =
        chain != nil && unclosed.position == first && Self.compatible(chain!.family, unclosed.family)
        && isText
      let nextOpens = isText && nextOpening.map { Self.compatible($0, unclosed.family) } == true
      if continuesChain {
        continuing = true
        opensChain = nextOpens
        accepted = unclosed.position..<end
      } else if nextOpens && Self.looksLikeSpeechOpening(scalars, unclosed.position) {
        opensChain = true
        accepted = unclosed.position..<end
      } else if Self.looksLikeSpeechOpening(scalars, unclosed.position) && end - unclosed.position > 1 {
        accepted = unclosed.position..<end
      }
    }
    var pairs = scan.pairs
    if let a = accepted { pairs = pairs.filter { !($0.lowerBound >= a.lowerBound) } + [a] }
    let top = QuotationScanner.outermost(pairs)
    ids.removeAll(keepingCapacity: true)
    for span in top {
      let piece = Quotation.Piece(paragraph: paragraph, local: span)
      if let c = chain, span.lowerBound == first, Self.compatibleStart(scalars, span, c.family) {
        candidates[c.candidate].pieces.append(piece)
        ids.append(c.candidate)
        chain = nil
        if continuing && span == accepted && opensChain { chain = c }
        continue
      }
      ids.append(candidates.count)
      candidates.append(QuotationCandidate(pieces: [piece]))
      if span == accepted && opensChain, let unclosed = scan.unclosed {
        chain = (candidates.count - 1, unclosed.family)
      }
    }
    if let c = chain, !(ids.last == c.candidate) { chain = nil }
    return top
  }

  /// Notes the quote tokens of the paragraph read last.
  mutating func noteTokens(_ paragraphTokens: ParagraphTokens) {
    for (index, token) in paragraphTokens.tokens.enumerated() where token.kind == .quote {
      candidates[token.quote].addToken(index)
    }
  }

  /// Candidate `index`, let go of here: a candidate is read once, and a big
  /// article has tens of thousands.
  mutating func take(_ index: Int) -> QuotationCandidate {
    let candidate = candidates[index]
    candidates[index] = QuotationCandidate(pieces: [])
    return candidate
  }

  /// Whether two mark families may continue one another across paragraphs.
  static func compatible(_ a: QuotationScanner.Family, _ b: QuotationScanner.Family) -> Bool {
    if a == b { return true }
    let doubles: Set<QuotationScanner.Family> = [.curlyDouble, .rightDouble, .lowDouble]
    return doubles.contains(a) && doubles.contains(b)
  }

  /// Whether `span` opens with a mark that continues `family`.
  static func compatibleStart(
    _ scalars: [UInt32], _ span: Range<Int>, _ family: QuotationScanner.Family
  ) -> Bool {
    guard span.lowerBound < scalars.count else { return false }
    let c = scalars[span.lowerBound]
    switch family {
    case .straightDouble:
      return c == UInt32(ascii: "\"")
        || (c == UInt32(ascii: "'") && span.lowerBound + 1 < scalars.count
          && scalars[span.lowerBound + 1] == UInt32(ascii: "'"))
    case .straightSingle: return c == UInt32(ascii: "'")
    case .curlyDouble, .rightDouble, .lowDouble: return c == 0x201C || c == 0x201D || c == 0x201E
    case .curlySingle: return c == 0x2018
    case .guillemet: return c == 0xAB
    case .singleGuillemet: return c == 0x2039
    }
  }

  /// An open mark that starts its paragraph or follows a colon, comma or dash.
  static func looksLikeSpeechOpening(_ scalars: [UInt32], _ mark: Int) -> Bool {
    var before = mark - 1
    while before >= 0 && Scalars.isSpace(scalars[before]) { before -= 1 }
    if before < 0 { return true }
    let c = scalars[before]
    return c == UInt32(ascii: ":") || c == UInt32(ascii: ",") || c == 0x2014 || c == 0x2013
  }
}
