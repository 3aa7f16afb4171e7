import ArticleModel

/// Small articles built by hand, so tests of exports and listings do not depend on the parser.
///
/// Offsets are the real scalar offsets of each piece in the fixture's source.
public enum ArticleFixtures {
  /// Two speakers, three quotations (one unattributed, with an ESC inside), two tweets.
  ///
  ///     date 2018-09-27 Sergey Lavrov said: “We are ready, and we wait.” He added: "Not today."
  ///
  ///     “Nobody␛ knows,” a diplomat whispered.
  ///
  ///     Talks resume today #UNGA pic.twitter.com/Ab12 — Russia at UN (@RussiaUN) September 27, 2018
  ///
  ///     Quiet day. — Jane Roe (@jane_roe) September 27, 2018
  public static var talks: Article {
    let source =
      "date 2018-09-27 Sergey Lavrov said: “We are ready, and we wait.” He added: \"Not today.\"\n\n"
      + "“Nobody\u{1B} knows,” a diplomat whispered.\n\n"
      + "Talks resume today #UNGA pic.twitter.com/Ab12 — Russia at UN (@RussiaUN) September 27, 2018\n\n"
      + "Quiet day. — Jane Roe (@jane_roe) September 27, 2018"
    let blocks = [
      "Sergey Lavrov said: “We are ready, and we wait.” He added: \"Not today.\"",
      "“Nobody\u{1B} knows,” a diplomat whispered.",
      "Talks resume today #UNGA pic.twitter.com/Ab12 — Russia at UN (@RussiaUN) September 27, 2018",
      "Quiet day. — Jane Roe (@jane_roe) September 27, 2018",
    ]
    var paragraphs: [Paragraph] = []
    for (index, block) in blocks.enumerated() {
      paragraphs.append(
        Paragraph(
          index: index, range: span(block, in: source), text: block,
          kind: index >= 2 ? .post : .text, post: index >= 2 ? index - 2 : nil))
    }
    func quotation(_ index: Int, _ text: String, paragraph: Int, speaker: Int?, mention: String?) -> Quotation
    {
      let range = span(text, in: source)
      let start = paragraphs[paragraph].range.start
      return Quotation(
        index: index, text: text, range: range, paragraph: paragraph,
        pieces: [.init(paragraph: paragraph, local: (range.start - start)..<(range.end - start))],
        speaker: speaker,
        mention: mention.map { Quotation.Mention(text: $0, range: span($0, in: source)) })
    }
    let quotations = [
      quotation(0, "“We are ready, and we wait.”", paragraph: 0, speaker: 0, mention: "Sergey Lavrov"),
      quotation(1, "\"Not today.\"", paragraph: 0, speaker: 0, mention: "He"),
      quotation(2, "“Nobody\u{1B} knows,”", paragraph: 1, speaker: nil, mention: nil),
    ]
    let posts = [
      SocialPost(
        index: 0, platform: .twitter, author: "Russia at UN", handle: "RussiaUN", date: "2018-09-27",
        text: "Talks resume today #UNGA", links: ["pic.twitter.com/Ab12"], hashtags: ["UNGA"],
        paragraph: 2, range: paragraphs[2].range),
      SocialPost(
        index: 1, platform: .twitter, author: "Jane Roe", handle: "jane_roe", date: "2018-09-27",
        text: "Quiet day.", paragraph: 3, range: paragraphs[3].range),
    ]
    let speakers = [
      Speaker(index: 0, name: "Sergey Lavrov", aliases: ["Lavrov", "he"], quotations: [0, 1]),
      Speaker(index: 1, name: "Russia at UN", aliases: ["@RussiaUN"], posts: [0]),
    ]
    return Article(
      source: source, scalarCount: source.unicodeScalars.count, date: "2018-09-27",
      paragraphs: paragraphs, quotations: quotations, posts: posts, speakers: speakers)
  }

  /// No date, one paragraph, nothing quoted.
  public static var plain: Article {
    let source = "Nothing was said."
    return Article(
      source: source, scalarCount: source.unicodeScalars.count, date: nil,
      paragraphs: [Paragraph(index: 0, range: TextRange(start: 0, end: 17), text: source)])
  }

  /// The scalar span of the first occurrence of `needle` in `source`.
  public static func span(_ needle: String, in source: String) -> TextRange {
    let hay = Array(source.unicodeScalars)
    let pin = Array(needle.unicodeScalars)
    var i = 0
    while i + pin.count <= hay.count {
      if hay[i..<(i + pin.count)].elementsEqual(pin) { return TextRange(start: i, end: i + pin.count) }
      i += 1
    }
    preconditionFailure("fixture text not found: \(needle)")
  }
}
