import Foundation
import ReaderUI
import Testing

@Suite struct SettingsPositionStoreTests {
  /// A fresh directory under the system's temporary directory, removed by the caller.
  func temporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-positions-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test func savedPlacesComeBackInTheNextRun() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/state/byline/positions"
    let key = PositionStore.FileKey(path: "/articles/a b\tc.txt", size: 120, modified: 1_700_000_000)
    var store = PositionStore(path: path)
    store.load()
    #expect(store.warning == nil)
    #expect(store.place(for: key) == nil)
    store.remember(.init(paragraph: 3, offset: 42), for: key)
    try store.save()

    var again = PositionStore(path: path)
    again.load()
    #expect(again.warning == nil)
    #expect(again.place(for: key) == .init(paragraph: 3, offset: 42))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == "byline positions 1\n3\t42\t120\t1700000000\t/articles/a b\\tc.txt\n")
  }

  @Test func aChangedFileForgetsItsPlace() {
    var store = PositionStore(path: "/nonexistent/positions")
    let key = PositionStore.FileKey(path: "/a.txt", size: 10, modified: 5)
    store.remember(.init(paragraph: 1, offset: 0), for: key)
    #expect(store.place(for: PositionStore.FileKey(path: "/a.txt", size: 11, modified: 5)) == nil)
    #expect(store.place(for: PositionStore.FileKey(path: "/a.txt", size: 10, modified: 6)) == nil)
    store.remember(
      .init(paragraph: 2, offset: 7), for: PositionStore.FileKey(path: "/a.txt", size: 11, modified: 6))
    #expect(store.entries.count == 1)
  }

  @Test func onlyTheMostRecentArticlesAreKept() {
    var store = PositionStore(path: "/nonexistent/positions", capacity: 2)
    for name in ["a", "b", "c", "a"] {
      store.remember(.init(paragraph: 0, offset: 0), for: .init(path: "/" + name, size: 1, modified: 1))
    }
    #expect(store.entries.map(\.key.path) == ["/c", "/a"])
  }

  @Test(arguments: [
    "not a positions file\n",
    "byline positions 1\n3\t42\t120\n",
    "byline positions 1\nx\t42\t120\t1\t/a\n",
    "byline positions 1\n1\t2\t3\t4\trelative/path\n",
    "byline positions 1\n1\t2\t3\t4\t/a\\q\n",
    "byline positions 1\n1\t2\t3\t4\t/a",
    "\u{FF}\u{FE}",
  ])
  func aDamagedFileIsIgnoredWithOneWarning(content: String) throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/positions"
    try content.write(toFile: path, atomically: false, encoding: .utf8)
    var store = PositionStore(path: path)
    store.load()
    #expect(store.entries.isEmpty)
    #expect(store.warning == "\(path): the file is damaged; it is ignored and will be rewritten")
  }

  @Test func savingReplacesTheFileWithoutLeavingTemporaries() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/positions"
    try "garbage".write(toFile: path, atomically: false, encoding: .utf8)
    var store = PositionStore(path: path)
    store.load()
    store.remember(.init(paragraph: 0, offset: -1), for: .init(path: "/x", size: 0, modified: 0))
    try store.save()
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["positions"])
    var again = PositionStore(path: path)
    again.load()
    #expect(again.place(for: .init(path: "/x", size: 0, modified: 0)) == .init(paragraph: 0, offset: -1))
  }

  @Test func savingIntoAnUnwritablePlaceNamesTheFile() {
    let store = PositionStore(path: "/proc/byline-test/positions")
    #expect(throws: StateFileError.self) { try store.save() }
  }

  @Test func fileKeysResolveToAbsolutePaths() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "hello".write(toFile: directory + "/a.txt", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/link.txt", withDestinationPath: directory + "/a.txt")
    let direct = try #require(PositionStore.FileKey(file: directory + "/a.txt"))
    let viaLink = try #require(PositionStore.FileKey(file: directory + "/link.txt"))
    #expect(direct == viaLink)
    #expect(direct.size == 5)
    #expect(direct.path.hasPrefix("/"))
    #expect(PositionStore.FileKey(file: directory + "/missing.txt") == nil)
    #expect(PositionStore.FileKey(file: directory) == nil)
  }

  @Test(
    arguments: [
      (["XDG_STATE_HOME": "/s", "HOME": "/h"], "/s/byline/positions"),
      (["XDG_STATE_HOME": "relative", "HOME": "/h"], "/h/.local/state/byline/positions"),
      (["HOME": "/h"], "/h/.local/state/byline/positions"),
      ([:], nil),
    ] as [([String: String], String?)])
  func stateFileFollowsTheXDGRules(environment: [String: String], expected: String?) {
    #expect(PositionStore.defaultPath(environment: environment) == expected)
  }
}
