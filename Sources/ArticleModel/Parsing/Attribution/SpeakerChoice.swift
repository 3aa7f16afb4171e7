/// A quotation kept after attribution, with the texts read while its paragraphs
/// were at hand.
struct AcceptedQuotation {
  var candidate: QuotationCandidate
  var speaker: SpeakerPhrase?
  /// The quotation's text: its pieces joined by spaces (one piece: a slice of its paragraph).
  var text: Substring
}

/// Chooses each quotation's speaker phrase, in order, and drops scare quotes,
/// titles and short phrases nobody is said to have spoken.
///
/// The strategies are tried in the order of `phrase(of:)`; a quote with no words
/// of its own carries over the speaker of the last attributed quotation when that
/// one ended in the same paragraph.
struct SpeakerChoice {
  /// Quotes without attribution shorter than this many words are not listed: a short
  /// or medium phrase nobody is said to have spoken is more often a title or a scare quote.
  static let unattributedMinimumWords = 14

  /// The quotations kept so far, and the unquoted statements, in the order found.
  private(set) var accepted: [AcceptedQuotation] = []
  /// How many candidates have been attributed.
  private(set) var attributedCount = 0
  /// The last attributed quotation: its last paragraph and where it is in `accepted`
  /// (an index: copying the speaker phrase for every quotation costs more).
  private var lastSpoken: (paragraph: Int, accepted: Int)?

  /// Attributes the candidates up to `end`, in order.
  mutating func attribute(
    upTo end: Int, of candidates: inout QuotationCandidates, paragraphs: [Paragraph],
    buffers: borrowing ParagraphBuffers
  ) {
    while attributedCount < end {
      let candidate = candidates.take(attributedCount)
      let last = lastSpoken
      let kept = Self.choose(
        candidate, paragraphs: paragraphs, tokens: buffers.tokens, scalars: buffers.scalars,
        carriedOver: { paragraph in
          guard let last, last.paragraph == paragraph else { return nil }
          return accepted[last.accepted].speaker
        })
      if let kept {
        if kept.speaker != nil, let piece = kept.candidate.pieces.last {
          lastSpoken = (piece.paragraph, accepted.count)
        }
        accepted.append(kept)
      }
      attributedCount += 1
    }
  }

  /// Keeps an unquoted statement of a post ("Name: statement").
  mutating func accept(unquoted statement: AcceptedQuotation) {
    accepted.append(statement)
  }

  /// One complete candidate with its speaker phrase, or `nil` when it is a scare
  /// quote, a title or a short phrase nobody is said to have spoken.
  ///
  /// Reads the tokens and scalars of its paragraphs and of the one before.
  /// `carriedOver` gives the phrase of the last attributed quotation when it ended
  /// in the given paragraph.
  static func choose(
    _ candidate: QuotationCandidate, paragraphs: [Paragraph], tokens: [ParagraphTokens],
    scalars: [[UInt32]], carriedOver: (_ paragraph: Int) -> SpeakerPhrase?
  ) -> AcceptedQuotation? {
    guard candidate.tokenCount == candidate.pieces.count, let firstPiece = candidate.pieces.first,
      let lastPiece = candidate.pieces.last
    else { return nil }
    let firstParagraph = firstPiece.paragraph
    let lastParagraph = lastPiece.paragraph
    let firstToken = candidate.firstToken
    let lastToken = candidate.lastToken
    let isSinglePiece = candidate.pieces.count == 1
    // The attribution found, and the paragraph its tokens are in.
    var attribution: Attribution?
    var attributionParagraph = lastParagraph
    // 1. Next to the quote: around a one-piece quote; after the last piece of a
    //    longer one, else before its first.
    if isSinglePiece {
      attribution = Attribution.find(in: tokens[firstParagraph], quote: firstToken)
      attributionParagraph = firstParagraph
    } else {
      attribution = Attribution.after(tokens[lastParagraph], lastToken)
      if attribution == nil {
        attribution = Attribution.before(tokens[firstParagraph], firstToken, anchor: firstToken)
        attributionParagraph = firstParagraph
      }
    }
    var verbInSentence = false
    if let a = attribution, attributionParagraph == firstParagraph, let cue = a.cue,
      tokens[firstParagraph].tokens[cue].hash != Lexicon.according
    {
      verbInSentence = true
    }
    let sameKindBefore =
      firstParagraph > 0 && paragraphs[firstParagraph - 1].kind == paragraphs[firstParagraph].kind
    // 2. A paragraph opening with the quote: "Name said:" ending the one before.
    if attribution == nil && firstToken == 0 && sameKindBefore {
      attribution = Attribution.findBeforeColon(in: tokens[firstParagraph - 1])
      attributionParagraph = firstParagraph - 1
    }
    // 3. The speaker of the quotation before, when it ended in this paragraph.
    // (Only the phrase is copied, and only when it is carried over.)
    var carried: SpeakerPhrase?
    if attribution == nil {
      carried = carriedOver(firstParagraph)
      carried?.via = .carried
    }
    // 4. The sentence before the quote, or the subject of its own sentence; for a
    //    paragraph opening with the quote, the last sentence of the one before.
    var via = Quotation.Attribution.explicit
    if attribution == nil && carried == nil {
      via = .carried
      if firstToken > 0 {
        attribution = Attribution.fromPreviousSentence(in: tokens[firstParagraph], quote: firstToken)
        attributionParagraph = firstParagraph
        if attribution == nil && isSinglePiece {
          attribution = Attribution.fromSentenceSubject(in: tokens[firstParagraph], quote: firstToken)
          via = .resolved
        }
      } else if sameKindBefore {
        attribution = Attribution.fromLastSentence(in: tokens[firstParagraph - 1])
        attributionParagraph = firstParagraph - 1
      }
    }
    var speaker = attribution.map {
      SpeakerPhrase(
        $0, in: tokens[attributionParagraph], scalars: scalars[attributionParagraph],
        paragraph: attributionParagraph)
    }
    speaker?.via = via
    if speaker == nil { speaker = carried }
    if isSinglePiece {
      let shape = ScareQuoteClassifier.shape(scalars[firstParagraph], firstPiece.local)
      if ScareQuoteClassifier.isNotSpeech(
        tokens[firstParagraph], quote: firstToken, shape: shape, attributed: speaker != nil,
        verbInSentence: verbInSentence)
      {
        return nil
      }
      if speaker == nil && shape.words < unattributedMinimumWords { return nil }
    }
    let text =
      isSinglePiece
      ? ScalarSlicing.slice(
        paragraphs[firstParagraph].text, firstPiece.local, scalars: scalars[firstParagraph])
      : Substring(
        candidate.pieces.map { UTF8Codec.string(scalars[$0.paragraph], $0.local) }.joined(separator: " "))
    return AcceptedQuotation(candidate: candidate, speaker: speaker, text: text)
  }
}
