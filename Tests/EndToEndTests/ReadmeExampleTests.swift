import Foundation
import Testing

/// README.md's JSON example is the real export of the bundled sample, abridged, so it cannot drift.
///
/// `BYLINE_UPDATE_README=1 swift test --filter ReadmeExampleTests` rewrites
/// the block between the `export-example` markers when the export changes.
@Suite(
  .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is not installed"))
struct ReadmeExampleTests {
  static let readme = BylineBinary.packageRoot.appendingPathComponent("README.md")
  static let begin = "<!-- export-example: begin -->\n"
  static let end = "<!-- export-example: end -->\n"

  /// One element of each array (the first quotation with its paragraph and speaker, the first
  /// post), texts of more than four words cut to their first four and `...` (a quotation keeps its
  /// closing mark); objects in the export's field order, on lines of at most 100 columns.
  static let abridge = #"""
    import json, sys
    data = json.load(sys.stdin)
    def short(text):
        words = text.split()
        if len(words) <= 4:
            return text
        cut = " ".join(words[:4]) + " ..."
        marks = "\"“”«»‘’"
        return cut + text[-1] if text[0] in marks and text[-1] in marks else cut
    def shorten(value):
        if isinstance(value, dict):
            return {k: short(v) if k == "text" and isinstance(v, str) else shorten(v) for k, v in value.items()}
        if isinstance(value, list):
            return [shorten(v) for v in value]
        return value
    quotation = data["quotations"][0]
    example = {
        "file": data["file"], "date": data["date"],
        "paragraphs": [data["paragraphs"][quotation["paragraph"]]],
        "quotations": [quotation],
        "posts": data["posts"][:1],
        "speakers": [s for s in data["speakers"] if s["name"] == quotation["speaker"]][:1],
    }
    assert list(example) == list(data), "the export has fields the example leaves out: " + ", ".join(data)
    example = shorten(example)
    def compact(value):
        if isinstance(value, dict):
            return "{ " + ", ".join(json.dumps(k) + ": " + compact(v) for k, v in value.items()) + " }"
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    def item(obj):
        parts = [json.dumps(k) + ": " + compact(v) for k, v in obj.items()]
        lines, line = [], "    { "
        for n, part in enumerate(parts):
            piece = part + (", " if n < len(parts) - 1 else " }")
            if len(line) + len(piece.rstrip()) > 100 and line.strip() != "{":
                lines.append(line.rstrip())
                line = "      "
            line += piece
        lines.append(line)
        return "\n".join(lines)
    out = ["{"]
    for n, (key, value) in enumerate(example.items()):
        comma = "," if n < len(example) - 1 else ""
        if isinstance(value, list):
            out.append("  " + json.dumps(key) + ": [")
            out.append(",\n".join(item(v) for v in value))
            out.append("  ]" + comma)
        else:
            out.append("  " + json.dumps(key) + ": " + compact(value) + comma)
    out.append("}")
    print("\n".join(out))
    """#

  /// The example block as the export makes it now.
  static func generated() throws -> String {
    let command =
      "cd \(shellQuoted(BylineBinary.packageRoot.path)) && "
      + "\(shellQuoted(try BylineBinary.locate().path)) export Resources/sample-article.txt "
      + "| /usr/bin/python3 -c \(shellQuoted(abridge))"
    let result = try CommandRunner.run(["/bin/sh", "-c", command])
    #expect(result.status == 0, "\(result.standardError)")
    return "```json\n" + result.standardOutput + "```\n"
  }

  @Test func theJSONExampleIsTheRealExportOfTheSample() throws {
    var readme = try String(contentsOf: Self.readme, encoding: .utf8)
    let start = try #require(readme.range(of: Self.begin), "README.md has no export-example markers")
    let finish = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
    let block = try Self.generated()
    if ProcessInfo.processInfo.environment["BYLINE_UPDATE_README"] == "1" {
      readme.replaceSubrange(start.upperBound..<finish.lowerBound, with: block)
      try readme.write(to: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      String(readme[start.upperBound..<finish.lowerBound]) == block,
      "README.md's example differs from the export; BYLINE_UPDATE_README=1 swift test --filter ReadmeExampleTests rewrites it"
    )
  }

  @Test func theReadmeStatesTheConventions() throws {
    let readme = try String(contentsOf: Self.readme, encoding: .utf8)
    #expect(readme.contains("\n## Conventions\n"))
    for phrase in ["Exit status", "byline:", "--no-header", "byline 0.1.0", "did you"] {
      #expect(readme.contains(phrase), "README.md does not say \(phrase)")
    }
  }
}
