/// Finds quotations, drops scare quotes, and attributes speech to speakers.
///
/// (Placeholder: finds nothing yet.)
enum QuotationExtractor {
  static func extract(paragraphs: [Paragraph], posts: [SocialPost]) -> Extraction {
    Extraction(quotations: [], speakers: [])
  }
}
