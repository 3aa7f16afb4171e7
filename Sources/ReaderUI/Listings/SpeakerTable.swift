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
    articles.flatMap { file, article in
      article.speakerCounts().map {
        Row(file: file, speaker: $0.speaker.name, quotations: $0.quotations, posts: $0.posts)
      }
    }
  }

  /// The table as text with a header line (unless `header` is false), each
  /// line ending in a newline; only the header when there are no speakers.
  public static func render(_ articles: [(file: String, article: Article)], header: Bool = true) -> String {
    let names = ["FILE", "SPEAKER", "QUOTES", "POSTS"]
    let body = rows(articles).map { row in
      [row.file.printableLine, row.speaker.printableLine, String(row.quotations), String(row.posts)]
    }
    let table = (header ? [names] : []) + body
    guard !table.isEmpty else { return "" }
    var widths = [Int](repeating: 0, count: names.count)
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
