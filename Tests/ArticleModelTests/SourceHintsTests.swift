import TestSupport
import Testing

@testable import ArticleModel

/// `SourceHints.scanLine` reads sixteen bytes at a time where it can: every
/// line it scans so must come out as when read a byte at a time.
@Suite struct SourceHintsTests {
  /// Scans every line of `bytes` both ways and compares.
  static func checkLines(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    bytes.withUnsafeBufferPointer { buffer in
      SourceHints.table.withUnsafeBufferPointer { table in
        guard let base = buffer.baseAddress, let table = table.baseAddress else { return }
        var start = 0
        while start < buffer.count {
          let fast = SourceHints.scanLine(base, table: table, from: start, end: buffer.count)
          let slow = SourceHints.scanLine(base, table: table, from: start, end: buffer.count, inBlocks: false)
          #expect(fast.end == slow.end, sourceLocation: sourceLocation)
          #expect(fast.scalars == slow.scalars, sourceLocation: sourceLocation)
          #expect(fast.hints == slow.hints, sourceLocation: sourceLocation)
          start = slow.end + 1
        }
      }
    }
  }

  @Test func blocksReadLikeBytes() {
    var generator = SeededGenerator(state: 17)
    for _ in 0..<400 {
      let text = SegmenterInvariantTests.generatedText(
        &generator, pieces: Int.random(in: 1...60, using: &generator))
      Self.checkLines(Array(text.utf8))
    }
  }

  @Test func blocksReadLikeBytesOnBinary() {
    var generator = SeededGenerator(state: 18)
    for _ in 0..<400 {
      let count = Int.random(in: 0...300, using: &generator)
      // Bytes from a small set of interesting ones, so that triggers, spaces and line breaks meet.
      let alphabet: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x20, 0x20, 0x20, 0x26, 0x28, 0x2F, 0x3B, 0x3C, 0x40, 0x41, 0x50, 0x61, 0x64,
        0x69, 0x6E, 0x6F, 0x70, 0x73, 0x74, 0x75, 0x76, 0x7B, 0x7F, 0x80, 0x82, 0x83, 0xA0, 0xAC, 0xBB, 0xBF,
        0xC2, 0xC3, 0xD0, 0xE1, 0xE2, 0xE3, 0xEF, 0xF0, 0xFF,
      ]
      var bytes: [UInt8] = []
      for _ in 0..<count {
        if Bool.random(using: &generator) {
          bytes.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
        } else {
          bytes.append(UInt8.random(in: 0...255, using: &generator))
        }
      }
      Self.checkLines(bytes)
    }
  }

  /// Lines of thousands of blocks: the per-lane continuation counts are folded every 255 blocks.
  @Test func longLinesReadLikeBytes() {
    let pieces = ["Лавров заявил ", "word ", "«цитата» ", "é ", "👍🏽 ", "plain text without much "]
    for count in [300, 1_000, 5_000] {
      var text = ""
      for n in 0..<count { text += pieces[n % pieces.count] }
      Self.checkLines(Array((text + "\n" + text).utf8))
    }
  }
}
