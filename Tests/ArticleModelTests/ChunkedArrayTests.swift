import Testing

@testable import ArticleModel

@Suite struct ChunkedArrayTests {
  @Test func holdsWhatIsAppendedAcrossChunks() {
    var list = ChunkedArray<Int>()
    #expect(list.isEmpty)
    // Three chunks of 4,096 and part of a fourth.
    for i in 0..<13_000 { list.append(i * 3) }
    #expect(list.count == 13_000)
    #expect(
      list[0] == 0 && list[4_095] == 4_095 * 3 && list[4_096] == 4_096 * 3 && list[12_999] == 12_999 * 3)
    #expect(list.elementsEqual((0..<13_000).map { $0 * 3 }))
    list[8_192] = -1
    #expect(list[8_191] == 8_191 * 3 && list[8_192] == -1 && list[8_193] == 8_193 * 3)
    #expect(list.last == 12_999 * 3)
  }

  @Test func aCopyIsAValue() {
    var a = ChunkedArray<String>()
    a.append("one")
    var b = a
    b[0] = "two"
    b.append("three")
    #expect(Array(a) == ["one"])
    #expect(Array(b) == ["two", "three"])
  }
}
