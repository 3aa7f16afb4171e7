/// A stretch of reported speech.
public struct Quotation: Hashable, Sendable {
  public enum Kind: String, Sendable, Codable {
    /// Speech between quotation marks.
    case direct
    /// `Name: statement` without marks (in posts).
    case unquoted
  }

  /// The words that name the speaker where the quotation is attributed.
  public struct Mention: Hashable, Sendable, Codable {
    public var text: String
    public var range: TextRange
    public init(text: String, range: TextRange) {
      self.text = text
      self.range = range
    }
  }

  /// How the speaker was found, so that a reader can weigh the name shown.
  public enum Attribution: String, Sendable, Codable, CaseIterable {
    /// A reporting verb, colon or dash beside the quotation names the speaker.
    case explicit
    /// Found beside the quotation through a pronoun, a role or its sentence's subject.
    case resolved
    /// Taken over from an earlier quotation or sentence, or the paragraph before.
    case carried
    /// Nobody named.
    case unattributed = "none"
  }

  /// One paragraph's share of a quotation (a quote may run over several).
  public struct Piece: Hashable, Sendable {
    public var paragraph: Int
    /// Local offsets into that paragraph's `text`.
    public var local: Range<Int>
    public init(paragraph: Int, local: Range<Int>) {
      self.paragraph = paragraph
      self.local = local
    }
  }

  public var index: Int
  /// The quotation's text as displayed, marks included: a slice of its paragraph's
  /// text (so of the source, most often) when it stands in one paragraph.
  public var text: Substring
  /// Source span, marks included.
  public var range: TextRange
  /// The paragraph where the quotation starts.
  public var paragraph: Int
  public var pieces: [Piece]
  public var kind: Kind
  /// Index into `Article.speakers`, or `nil` when nobody can be named.
  public var speaker: Int?
  public var mention: Mention?
  /// How `speaker` was found (`.unattributed` when it is `nil`).
  public var attribution: Attribution
  /// Index into `Article.posts` when the quotation stands inside a post.
  public var post: Int?

  public init(
    index: Int, text: some StringProtocol, range: TextRange, paragraph: Int, pieces: [Piece],
    kind: Kind = .direct, speaker: Int? = nil, mention: Mention? = nil, post: Int? = nil,
    attribution: Attribution? = nil
  ) {
    self.index = index
    self.text = Substring(text)
    self.range = range
    self.paragraph = paragraph
    self.pieces = pieces
    self.kind = kind
    self.speaker = speaker
    self.mention = mention
    self.post = post
    self.attribution = attribution ?? (speaker == nil ? .unattributed : .explicit)
  }
}
