extension Article {
  /// Parses article text into paragraphs, posts, quotations and speakers.
  ///
  /// Never fails: any text, however damaged, gives an article (possibly empty).
  /// The stages run in order, each on the previous one's result:
  /// 1. `Segmenter` finds the date prefix, paragraphs and embedded posts;
  /// 2. `QuotationExtractor` pairs quotation marks, drops scare quotes and
  ///    titles, and attributes each quotation to a speaker.
  public init(parsing source: String) {
    let segmentation = Segmenter.segment(source)
    let extraction = QuotationExtractor.extract(
      paragraphs: segmentation.paragraphs, posts: segmentation.posts, postLinks: segmentation.postLinks)
    self.init(
      source: source,
      scalarCount: segmentation.scalarCount,
      date: segmentation.date,
      paragraphs: segmentation.paragraphs,
      quotations: extraction.quotations,
      posts: segmentation.posts,
      speakers: extraction.speakers)
  }

  /// Parses raw bytes: UTF-8, or Windows-1252 for a dump that was never
  /// converted; stray invalid UTF-8 is replaced with U+FFFD.
  ///
  /// Offsets then count scalars of the decoded text (see `SourceDecoding`).
  public init(parsing bytes: some Collection<UInt8>) {
    self.init(parsing: SourceDecoding.text(from: bytes))
  }
}

/// What the segmentation stage hands on.
struct Segmentation: Sendable {
  var date: String?
  var scalarCount: Int
  var paragraphs: [Paragraph]
  var posts: [SocialPost]
  /// For each post, its links' scalar ranges in its paragraph's text.
  var postLinks: [[Range<Int>]]
}

/// What the quotation stage hands on.
struct Extraction: Sendable {
  var quotations: [Quotation]
  var speakers: [Speaker]
}
