import ArticleModel

/// Small articles written for the tests (our own text).
public enum SampleArticles {
  /// A short report: two speakers, quotations (one running over two paragraphs, one unattributed), two posts.
  public static func summit() -> Article {
    var builder = ArticleBuilder(date: "2024-05-14")
    let mara = builder.speaker("Mara Quint", aliases: ["Quint"])
    let olaf = builder.speaker("Olaf Berg", aliases: ["Berg", "the mayor"])
    let harbour = builder.speaker("Harbour Council", aliases: ["@harbourcouncil"])
    builder.paragraph("The harbour council met on Tuesday to decide the fate of the old ferry pier.")
    let p1 = builder.paragraph(
      #"Council chair Mara Quint opened the session: "We will not sell the pier to anyone who wants to knock it down.""#
    )
    builder.quote(#""We will not sell the pier to anyone who wants to knock it down.""#, in: p1, by: mara)
    builder.paragraph("Several residents spoke in favour of keeping the pier open for fishing.")
    builder.post(
      "The pier stays public. Vote was 7 to 2. #harbour", author: "Harbour Council", handle: "harbourcouncil",
      date: "2024-05-14", by: harbour)
    let p4 = builder.paragraph(
      #"Mayor Olaf Berg disagreed. "The repairs cost more than the pier earns," he said."#)
    builder.quote(#""The repairs cost more than the pier earns,""#, in: p4, by: olaf)
    let p5 = builder.paragraph(#""Nobody asked the ferry crews," a resident shouted from the back."#)
    builder.quote(#""Nobody asked the ferry crews,""#, in: p5, by: nil)
    let p6 = builder.paragraph(#"Quint answered that "the crews will be heard next week."#)
    let p7 = builder.paragraph(#""Every one of them," she added."#)
    builder.quote(
      pieces: [(p6, #""the crews will be heard next week."#), (p7, #""Every one of them,""#)], by: mara)
    builder.post(
      "Fishing off the pier this morning 🎣", author: "Olaf Berg", handle: "olafberg", date: "2024-05-15",
      by: olaf)
    builder.paragraph("The next meeting is planned for June.")
    return builder.build()
  }
}
