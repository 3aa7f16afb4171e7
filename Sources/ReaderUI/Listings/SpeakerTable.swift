import ArticleModel

/// The table `byline speakers` prints: each speaker of each file with counts of quotations and posts.
///
/// It lives in ReaderUI rather than beside the other listings in
/// ArticleModel because aligning columns needs display widths, which come
/// from `wcwidth` through `DisplayWidth` (ArticleModel stays free of C).
/// Columns are padded by display width, so names in Cyrillic, CJK or with
/// emoji still line up; counts are right-aligned; no line ends in spaces.
///
///     FILE       SPEAKER        QUOTES  POSTS
///     talks.txt  Sergey Lavrov       2      0
///     talks.txt  Russia at UN        0      1
public enum SpeakerTable {
  /// One row of the table.
  public struct Row: Hashable, Sendable {
    public var file: String
    public var speaker: String
    public var quotations: Int
    public var posts: Int
  }

  /// The rows: per file in the given order, speakers by most quotations, then most posts, then first seen.
  public static func rows(_ articles: [(file: String, article: Article)]) -> [Row] {
    var rows: [Row] = []
    for (file, article) in articles {
      let counted = article.speakers.map { speaker in
        (
          speaker,
          speaker.quotations.filter(article.quotations.indices.contains).count,
          speaker.posts.filter(article.posts.indices.contains).count
        )
      }
      let sorted = counted.filter { $0.1 + $0.2 > 0 }.sorted { a, b in
        if a.1 != b.1 { return a.1 > b.1 }
        if a.2 != b.2 { return a.2 > b.2 }
        return a.0.index < b.0.index
      }
      for (speaker, quotations, posts) in sorted {
        rows.append(Row(file: file, speaker: speaker.name, quotations: quotations, posts: posts))
      }
    }
    return rows
  }

  /// The table as text with a header line, each line ending in a newline; only the header when there are no speakers.
  public static func render(_ articles: [(file: String, article: Article)]) -> String {
    let header = ["FILE", "SPEAKER", "QUOTES", "POSTS"]
    let body = rows(articles).map { row in
      [row.file.printableLine, row.speaker.printableLine, String(row.quotations), String(row.posts)]
    }
    let table = [header] + body
    var widths = [Int](repeating: 0, count: header.count)
    for line in table {
      for (column, cell) in line.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.width(of: cell))
      }
    }
    var output = ""
    for line in table {
      var text = ""
      for (column, cell) in line.enumerated() {
        let padding = String(repeating: " ", count: widths[column] - DisplayWidth.width(of: cell))
        if column > 0 { text += "  " }
        text += column >= 2 ? padding + cell : cell + (column == line.count - 1 ? "" : padding)
      }
      output += text + "\n"
    }
    return output
  }
}
