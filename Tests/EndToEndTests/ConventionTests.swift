import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The habits of jq, grep and the GNU tools, through the real binary: write
/// errors, exit statuses and messages, the JSON shapes, partial output,
/// offsets in every unit, and tables that other tools read.
@Suite struct ConventionTests {
  /// A fresh directory with `files` in it; removed by the caller.
  private func directory(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-conventions-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  private func byline(_ arguments: [String], input: [UInt8]? = nil) throws -> CommandRunner.Result {
    try CommandRunner.run([try BylineBinary.locate().path] + arguments, input: input)
  }

  /// Runs a shell command line with `BYLINE` set to the binary.
  private func shell(_ commandLine: String, in directory: URL) throws -> CommandRunner.Result {
    try CommandRunner.run(
      ["/bin/sh", "-c", "cd \(shellQuoted(directory.path)) && \(commandLine)"],
      environment: ["BYLINE": try BylineBinary.locate().path])
  }

  private func python(_ script: String, _ arguments: [String] = []) throws -> CommandRunner.Result {
    try CommandRunner.run(["/usr/bin/python3", "-c", script] + arguments)
  }

  static let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

  /// The bundled sample: its posts have handles.
  static var sample: String { (try? String(contentsOf: BylineBinary.sampleArticle, encoding: .utf8)) ?? "" }

  static let article = """
    date 2018-09-27 Sergey Lavrov said: "We are ready to talk."

    Later Daniel Okafor said: "Paid in full — every złoty 🌊."

    Russia at UN @RussiaUN 27 September 2018 Talks resume today #UNGA pic.twitter.com/AbCdEf
    """

  // MARK: 2. Write errors

  @Test(arguments: [
    ["export", "a.txt"], ["export", "--format", "csv", "a.txt"], ["quotes", "a.txt"], ["posts", "a.txt"],
    ["speakers", "a.txt"], ["a.txt"], ["read", "a.txt"], ["config", "--defaults"], ["--help"], ["--version"],
    ["quotes", "--help"], ["--generate-completion-script", "bash"],
  ])
  func aFullDiskIsReportedWithAFailureStatus(arguments: [String]) throws {
    let dir = try directory(["a.txt": Self.article])
    defer { try? FileManager.default.removeItem(at: dir) }
    let command = (["\"$BYLINE\""] + arguments.map(shellQuoted)).joined(separator: " ")
    let result = try shell(command + " > /dev/full", in: dir)
    #expect(result.status == 1, "\(arguments): \(result.standardError)")
    #expect(result.standardError == "byline: standard output: no space left on device\n", "\(arguments)")
  }

  @Test func aClosedPipeEndsQuietly() throws {
    let dir = try directory(["a.txt": Self.article])
    defer { try? FileManager.default.removeItem(at: dir) }
    let paths = String(repeating: "a.txt ", count: 400)
    let result = try shell(
      "\"$BYLINE\" export --format jsonl \(paths) | head -c 10 > /dev/null; echo \"status=$?\"", in: dir)
    #expect(result.standardError == "", "\(result.standardError)")
    #expect(result.standardOutput == "status=0\n")
  }

  // MARK: 3. The JSON shape follows the arguments

  @Test(.enabled(if: hasPython, "python3 is not installed"))
  func theJSONShapeFollowsTheArgumentsNotWhatCouldBeRead() throws {
    let dir = try directory(["a.txt": Self.article, "b.txt": "Mara Ellison said: \"Yes.\"\n"])
    defer { try? FileManager.default.removeItem(at: dir) }
    let shape = """
      import json, sys
      data = json.load(sys.stdin)
      objects = data if isinstance(data, list) else [data]
      print(type(data).__name__, ",".join(o["file"] for o in objects))
      """
    func check(_ arguments: String, _ expected: String, status: Int32) throws {
      let result = try shell(
        "\"$BYLINE\" export \(arguments) > out.json 2> err.log; echo \"status=$?\"; "
          + "/usr/bin/python3 -c \(shellQuoted(shape)) < out.json", in: dir)
      #expect(result.standardOutput == "status=\(status)\n" + expected + "\n", "byline export \(arguments)")
    }
    try check("a.txt", "dict a.txt", status: 0)
    try check("a.txt b.txt", "list a.txt,b.txt", status: 0)
    try check("missing.txt b.txt", "list b.txt", status: 1)
    try check(".", "list ./a.txt,./b.txt", status: 0)
    try check("- < a.txt", "dict standard input", status: 0)
    try check("< a.txt", "dict standard input", status: 0)

    let failed = try byline(["export", dir.appendingPathComponent("missing.txt").path])
    #expect(failed.status == 1)
    #expect(failed.standardOutput == "", "one file argument that fails prints no object")
    #expect(failed.standardError.contains("missing.txt: no such file"))
  }

  // MARK: 4. Plain output prints what it could read

  @Test func plainOutputPrintsTheArticlesThatCouldBeRead() throws {
    let dir = try directory(["a.txt": Self.article])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try shell("\"$BYLINE\" missing.txt a.txt | cat; echo \"status=$?\"", in: dir)
    #expect(result.standardOutput.contains("We are ready to talk."), "\(result.standardOutput)")
    #expect(result.standardError == "byline: missing.txt: no such file\n")
    let status = try shell("\"$BYLINE\" missing.txt a.txt > out.txt", in: dir)
    #expect(status.status == 1)
  }

  // MARK: 6 and 7. Help, messages and exit statuses

  @Test func helpShowsTheReadersUseAndOptions() throws {
    let help = try byline(["--help"])
    #expect(help.status == 0)
    #expect(
      help.standardOutput.contains("USAGE: byline [--color <when>] [--no-state] [--force] [<file> ...]"))
    for option in ["--color <when>", "--no-state", "--force", "quotes", "export", "EXIT STATUS"] {
      #expect(help.standardOutput.contains(option), "\(option) is not in the help")
    }
  }

  @Test(arguments: [
    (["qoutes", "a.txt"], "byline: qoutes: no such file or command; did you mean 'quotes'?\n"),
    (["expotr", "a.txt"], "byline: expotr: no such file or command; did you mean 'export'?\n"),
    (["speaker", "a.txt"], "byline: speaker: no such file or command; did you mean 'speakers'?\n"),
    (["help", "qoutes"], "byline: help: there is no command 'qoutes'; did you mean 'quotes'?\n"),
    (["help", "zzz"], "byline: help: there is no command 'zzz'\n"),
  ])
  func aMistypedCommandIsNamed(arguments: [String], message: String) throws {
    let dir = try directory(["a.txt": Self.article])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try shell((["\"$BYLINE\""] + arguments).joined(separator: " "), in: dir)
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix(message), "\(result.standardError)")
    #expect(result.standardOutput == "")
  }

  @Test(arguments: [
    ["--colour=always", "a.txt"], ["export", "--format", "yaml", "a.txt"],
    ["quotes", "--speakr", "x", "a.txt"],
    ["config", "extra"], ["export", "--offsets", "bytes", "a.txt"], ["export", "--table", "posts", "a.txt"],
  ])
  func usageMistakesExitWithTwoAndAMessageStartingWithByline(arguments: [String]) throws {
    let result = try byline(arguments)
    #expect(result.status == 2, "\(arguments): \(result.standardError)")
    #expect(result.standardError.hasPrefix("byline: "), "\(result.standardError)")
    #expect(!result.standardError.contains("Error:"), "\(result.standardError)")
    #expect(result.standardOutput == "")
  }

  @Test func versionIsTheNameAndTheNumber() throws {
    let version = try byline(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput == "byline 0.1.0\n")
  }

  @Test func aSpeakerFilterMatchingNothingExitsWithOneAsGrepDoes() throws {
    let dir = try directory(["a.txt": Self.article])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.txt").path
    let none = try byline(["quotes", "--speaker", "nobody", path])
    #expect(none.status == 1)
    #expect(none.standardError == "")
    #expect(none.standardOutput == "file\tspeaker\ttext\n")
    #expect(try byline(["quotes", "--speaker", "lavrov", path]).status == 0)
    #expect(try byline(["posts", "--speaker", "nobody", path]).status == 1)
    #expect(try byline(["quotes", path]).status == 0)
  }

  // MARK: 8. Offsets in every unit

  @Test(.enabled(if: hasPython, "python3 is not installed"))
  func offsetsSliceTheInputInEachUnit() throws {
    let text = "date 2018-09-27 Zoë Ångström said: “Ça va — 🌊 très bien.”\r\n\r\nThen 李明 said: \"好 🌊🌊.\"\n"
    let dir = try directory(["u.txt": text])
    defer { try? FileManager.default.removeItem(at: dir) }
    let check = """
      import json, sys
      raw = open(sys.argv[1], "rb").read()
      text = raw.decode("utf-8")
      unit = sys.argv[2]
      data = json.load(sys.stdin)
      def cut(start, end):
          if unit == "scalars": return text[start:end]
          if unit == "utf8": return raw[start:end].decode("utf-8")
          units = text.encode("utf-16-le")
          return units[2 * start:2 * end].decode("utf-16-le")
      spans = [(q["text"], q["start"], q["end"]) for q in data["quotations"]]
      spans += [(q["mention"]["text"], q["mention"]["start"], q["mention"]["end"]) for q in data["quotations"] if q["mention"]]
      for want, start, end in spans:
          got = cut(start, end)
          if got != want: print("MISMATCH", repr(want), repr(got))
      print(len(spans))
      """
    var counts: [String] = []
    for unit in ["scalars", "utf8", "utf16", "default"] {
      let option = unit == "default" ? "" : "--offsets \(unit) "
      let result = try shell(
        "\"$BYLINE\" export \(option)u.txt | /usr/bin/python3 -c \(shellQuoted(check)) u.txt "
          + (unit == "default" ? "scalars" : unit), in: dir)
      #expect(result.status == 0, "\(result.standardError)")
      #expect(!result.standardOutput.contains("MISMATCH"), "\(unit): \(result.standardOutput)")
      counts.append(result.standardOutput)
    }
    #expect(counts.allSatisfy { $0 == "4\n" }, "two quotations and their mentions: \(counts)")
    let csv = try byline([
      "export", "--format", "csv", "--offsets", "utf8", dir.appendingPathComponent("u.txt").path,
    ])
    #expect(csv.status == 0)
    let json = try byline(["export", "--offsets", "utf8", dir.appendingPathComponent("u.txt").path])
    let first = try #require(
      (try JSONSerialization.jsonObject(with: Data(json.outputBytes)) as? [String: Any])?["quotations"]
        as? [[String: Any]])
    let start = try #require(first.first?["start"] as? Int)
    #expect(csv.standardOutput.contains(",\(start),"), "CSV offsets are in the same unit")
  }

  // MARK: 9. Tables that tools read

  @Test(.enabled(if: hasPython, "python3 is not installed"))
  func tablesAreTSVWithAHeaderAndEscapes() throws {
    let name = "tab\tand\nline.txt"
    let dir = try directory([name: Self.sample])
    defer { try? FileManager.default.removeItem(at: dir) }
    let read = """
      import csv, sys
      rows = list(csv.reader(sys.stdin, delimiter="\\t", quoting=csv.QUOTE_NONE))
      widths = {len(row) for row in rows}
      print(len(widths), rows[0], rows[1][0] if len(rows) > 1 else "")
      """
    for (command, header) in [
      ("quotes", "['file', 'speaker', 'text']"),
      ("posts", "['file', 'platform', 'author', 'handle', 'date', 'text']"),
      ("speakers --by-file", "['file', 'speaker', 'quotations', 'posts']"),
    ] {
      let result = try shell(
        "\"$BYLINE\" \(command) ./tab*line.txt | /usr/bin/python3 -c \(shellQuoted(read))", in: dir)
      #expect(result.status == 0, "\(command): \(result.standardError)")
      #expect(result.standardOutput == "1 \(header) ./tab\\tand\\nline.txt\n", "\(command)")
      let bare = try shell("\"$BYLINE\" \(command) --no-header ./tab*line.txt", in: dir)
      #expect(bare.standardOutput.hasPrefix("./tab\\tand\\nline.txt\t"), "\(command): \(bare.standardOutput)")
    }
    let posts = try shell("\"$BYLINE\" posts --no-header ./tab*line.txt", in: dir)
    #expect(posts.standardOutput.contains("\tElenaMarkovic_PA\t"), "\(posts.standardOutput)")
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/mlr"), "miller is not installed"))
  func millerReadsTheTablesAndTheEscapes() throws {
    let dir = try directory(["tab\tname.txt": Self.sample])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try shell(
      "\"$BYLINE\" quotes ./tab*name.txt | mlr --itsv --ojsonl head -n 1 then cut -f file,speaker", in: dir)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == #"{"file": "./tab\tname.txt", "speaker": "Elena Marković"}"# + "\n")
  }

  @Test(.enabled(if: hasPython, "python3 is not installed"))
  func csvExportsEachTable() throws {
    let dir = try directory(["a.txt": Self.sample])
    defer { try? FileManager.default.removeItem(at: dir) }
    let read = """
      import csv, sys
      rows = list(csv.DictReader(sys.stdin))
      print(",".join(rows[0].keys()))
      print(len(rows), rows[0].get("handle", "-"))
      """
    for (table, header, handle) in [
      ("quotations", "file,index,speaker,mention,kind,start,end,paragraph,post,text,attribution", "-"),
      (
        "posts", "file,index,platform,author,handle,date,text,links,hashtags,mentions,paragraph,start,end",
        "ElenaMarkovic_PA"
      ),
      ("speakers", "file,speaker,quotations,posts", "-"),
    ] {
      let result = try shell(
        "\"$BYLINE\" export --format csv --table \(table) a.txt | /usr/bin/python3 -c \(shellQuoted(read))",
        in: dir)
      #expect(result.status == 0, "\(table): \(result.standardError)")
      let lines = result.standardOutput.split(separator: "\n")
      #expect(lines.first.map(String.init) == header, "\(table)")
      #expect(lines.last?.hasSuffix(" " + handle) == true, "\(table): \(result.standardOutput)")
    }
    let json = try shell("\"$BYLINE\" export a.txt", in: dir)
    #expect(json.standardOutput.contains(#""handle":"ElenaMarkovic_PA""#), "the same handle in every format")
  }
}
