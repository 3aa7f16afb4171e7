import Corpus
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct CorpusFilesTests {
  @Test func sortsNamesNaturally() {
    let names = ["a10", "a1", "a100", "a2", "b", "a02", "A1", "a1b", "a"]
    #expect(names.sorted(by: NaturalOrder.less) == ["A1", "a", "a1", "a1b", "a2", "a02", "a10", "a100", "b"])
  }

  @Test func walksDirectoriesRecursivelyInNaturalOrder() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    for name in [
      "a10.txt", "a2.txt", "a1.txt", "b/c.jsonl", "b/a.json", ".hidden.txt", "notes.md", "z/d.ndjson",
    ] {
      _ = try scratch.write(name, "x")
    }
    let expanded = CorpusFiles.expand([scratch.path]).map { String($0.dropFirst(scratch.path.count + 1)) }
    #expect(expanded == ["a1.txt", "a2.txt", "a10.txt", "b/a.json", "b/c.jsonl", "z/d.ndjson"])
    #expect(CorpusFiles.format(of: scratch.path + "/b/c.jsonl") == .jsonLines)
    #expect(CorpusFiles.format(of: scratch.path + "/a1.txt") == .text)
  }

  @Test func toldJSONLinesFromTextOnStandardInput() throws {
    // The pipe's read end stays open until its reader is done: closed early, its number
    // could be reused by a file another test opens, and the reader would read that file.
    var readEnds: [Int32] = []
    defer { for descriptor in readEnds { close(descriptor) } }
    func detect(_ text: String) -> StandardInput.Content {
      var fds: [Int32] = [0, 0]
      _ = pipe(&fds)
      let bytes = Array(text.utf8)
      _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
      close(fds[1])
      readEnds.append(fds[0])
      return StandardInput.detect(fields: .standard, descriptor: fds[0])
    }
    guard case .records(var reader) = detect("{\"content\": \"One.\"}\n{\"content\": \"Two.\"}\n") else {
      Issue.record("JSON Lines taken for text")
      return
    }
    #expect(events(&reader).compactMap(\.record).map(\.text) == ["One.", "Two."])
    guard case .text(let head) = detect("{Braces} start this article.\nIt goes on.\n") else {
      Issue.record("text taken for JSON Lines")
      return
    }
    #expect(String(decoding: head, as: UTF8.self).hasPrefix("{Braces}"))
    guard case .text = detect("Plain article text.\n") else {
      Issue.record("text taken for JSON Lines")
      return
    }
  }
}
