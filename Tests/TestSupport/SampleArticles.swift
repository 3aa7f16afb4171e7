import ArticleModel

/// Small articles written for the tests (our own text).
public enum SampleArticles {
  /// A short report: two speakers, quotations (one running over two paragraphs, one unattributed), two posts.
  public static func summit() -> Article {
    var b = ArticleBuilder(date: "2024-05-14")
    let mara = b.speaker("Mara Quint", aliases: ["Quint"])
    let olaf = b.speaker("Olaf Berg", aliases: ["Berg", "the mayor"])
    let harbour = b.speaker("Harbour Council", aliases: ["@harbourcouncil"])
    b.paragraph("The harbour council met on Tuesday to decide the fate of the old ferry pier.")
    let p1 = b.paragraph(
      #"Council chair Mara Quint opened the session: "We will not sell the pier to anyone who wants to knock it down.""#
    )
    b.quote(#""We will not sell the pier to anyone who wants to knock it down.""#, in: p1, by: mara)
    b.paragraph("Several residents spoke in favour of keeping the pier open for fishing.")
    b.post(
      "The pier stays public. Vote was 7 to 2. #harbour", author: "Harbour Council", handle: "harbourcouncil",
      date: "2024-05-14", by: harbour)
    let p4 = b.paragraph(#"Mayor Olaf Berg disagreed. "The repairs cost more than the pier earns," he said."#)
    b.quote(#""The repairs cost more than the pier earns,""#, in: p4, by: olaf)
    let p5 = b.paragraph(#""Nobody asked the ferry crews," a resident shouted from the back."#)
    b.quote(#""Nobody asked the ferry crews,""#, in: p5, by: nil)
    let p6 = b.paragraph(#"Quint answered that "the crews will be heard next week."#)
    let p7 = b.paragraph(#""Every one of them," she added."#)
    b.quote(
      pieces: [(p6, #""the crews will be heard next week."#), (p7, #""Every one of them,""#)], by: mara)
    b.post(
      "Fishing off the pier this morning 🎣", author: "Olaf Berg", handle: "olafberg", date: "2024-05-15",
      by: olaf)
    b.paragraph("The next meeting is planned for June.")
    return b.build()
  }
}
