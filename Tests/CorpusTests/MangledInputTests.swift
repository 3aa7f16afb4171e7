import Corpus
import Foundation
import Testing

/// Any bytes at all: the readers report or skip, never crash, and never lose the good lines.
@Suite struct MangledInputTests {
  /// A small deterministic generator (xorshift), so a failure can be replayed.
  struct Bytes {
    var state: UInt64
    mutating func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
  }

  @Test func mangledRecordsAreSkippedAndTheGoodOnesKept() throws {
    let good = Array(
      #"{"id": "k", "content": "Ana Ruiz said: \"Fine.\" \u00e9", "authors": ["A", 1, null], "n": -1.5e2}"#
        .utf8)
    var random = Bytes(state: 0x9E37_79B9_7F4A_7C15)
    var lines: [[UInt8]] = []
    for _ in 0..<3000 {
      var line = good
      for _ in 0..<(1 + Int(random.next() % 4)) {
        let at = Int(random.next() % UInt64(line.count))
        switch random.next() % 3 {
        case 0: line[at] = UInt8(truncatingIfNeeded: random.next()) | 1  // never a line break's 0x0A
        case 1: line.remove(at: at)
        default: line.insert(UInt8(ascii: "{"), at: at)
        }
      }
      lines.append(line.filter { $0 != 0x0A })
    }
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path + "/mangled.jsonl"
    var file: [UInt8] = []
    for line in lines { file += line + [0x0A] + good + [0x0A] }
    try Data(file).write(to: URL(fileURLWithPath: path))
    var reader = try JSONLinesReader.open(path: path, fields: .standard).get()
    let all = events(&reader)
    #expect(all.count == 6000)
    // Every good line (the even-numbered ones) came through whole.
    for index in stride(from: 1, to: all.count, by: 2) {
      #expect(all[index].record?.metadata.id == "k")
    }
    // The same bytes as one JSON file: read up to the first broken element, then one failure.
    let json = scratch.path + "/mangled.json"
    try Data([UInt8(ascii: "[")] + file + [UInt8(ascii: "]")]).write(to: URL(fileURLWithPath: json))
    var whole = try JSONFileReader(path: json, fields: .standard)
    let read = events(&whole)
    #expect(read.count >= 1)
  }
}
