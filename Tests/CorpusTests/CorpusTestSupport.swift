import Corpus
import Foundation

/// A fresh directory under the system's temporary one, removed by `remove()`.
struct ScratchDirectory {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "byline-corpus-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String) throws -> String {
    let file = path + "/" + name
    let directory = (file as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Every event of a reader, in order.
func events(_ reader: inout some RecordReader) -> [RecordEvent] {
  var result: [RecordEvent] = []
  while let event = reader.next() { result.append(event) }
  return result
}

extension RecordEvent {
  var record: ArticleRecord? {
    if case .record(let record) = self { return record }
    return nil
  }
  var problem: String? {
    switch self {
    case .record: return nil
    case .skipped(let problem): return problem.description
    case .failed(let failure): return failure.description
    }
  }
}

/// NELA-GT's `newsdata` table with the given rows (id, source, title, content).
func makeNELADatabase(at path: String, rows: [(id: String, source: String, title: String, content: String?)])
  throws
{
  let database = try SQLiteDatabase(writable: path)
  try database.execute(
    """
    CREATE TABLE newsdata (id TEXT PRIMARY KEY, date TEXT, source TEXT, title TEXT, content TEXT,
      author TEXT, url TEXT, published TEXT, published_utc INTEGER, collection_utc INTEGER)
    """)
  let insert = try database.prepare(
    "INSERT INTO newsdata (id, date, source, title, content, author, url, published, published_utc, "
      + "collection_utc) VALUES (?1, '2020-03-02', ?2, ?3, ?4, 'Kim Sorensen', ?5, "
      + "'Mon, 02 Mar 2020 10:00:00 +0000', 1583143200, 1583150000)")
  for row in rows {
    insert.bind(1, row.id)
    insert.bind(2, row.source)
    insert.bind(3, row.title)
    insert.bind(4, row.content)
    insert.bind(5, "https://\(row.source).example/\(row.id)")
    try insert.run()
  }
}
