import Foundation
import Testing

/// `Resources/byline.1`, the page `Scripts/install` installs: well-formed for
/// mandoc and groff, and complete (every JSON field, every command, the conventions).
@Suite struct ManPageTests {
  static let page = BylineBinary.packageRoot.appendingPathComponent("Resources/byline.1")

  static func installed(_ program: String) -> Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/\(program)")
  }

  private func source() throws -> String { try String(contentsOf: Self.page, encoding: .utf8) }

  @Test(.enabled(if: installed("mandoc"), "mandoc is not installed"))
  func mandocFindsNothingToSay() throws {
    let result = try CommandRunner.run(["mandoc", "-Tlint", Self.page.path])
    #expect(result.status == 0)
    #expect(result.standardOutput + result.standardError == "")
  }

  @Test(.enabled(if: installed("groff"), "groff is not installed"))
  func groffFindsNothingToSay() throws {
    let result = try CommandRunner.run(["groff", "-man", "-ww", "-z", Self.page.path])
    #expect(result.status == 0)
    #expect(result.standardOutput + result.standardError == "")
  }

  @Test func theHeaderHasAnISODateAndTheVersion() throws {
    let header = try #require(try source().split(separator: "\n").first { $0.hasPrefix(".TH ") })
    #expect(
      header.wholeMatch(of: /\.TH BYLINE 1 \d{4}-\d{2}-\d{2} "byline 0\.1\.0" "User Commands"/) != nil,
      "\(header)")
    let version = try CommandRunner.run([try BylineBinary.locate().path, "--version"])
    #expect(header.contains("\"\(version.standardOutput.dropLast())\""))
  }

  /// Whether the page names `word` in bold: `.B word`, `.BR word ...` or `\fBword\fR`.
  private func namesInBold(_ word: String, in page: String) -> Bool {
    page.contains("\\fB\(word)\\fR")
      || page.split(separator: "\n").contains { line in
        let parts = line.split(separator: " ")
        return parts.count >= 2 && (parts[0] == ".B" || parts[0] == ".BR") && parts[1] == word
      }
  }

  @Test func everyJSONFieldOfTheExportIsDescribed() throws {
    let result = try CommandRunner.run([
      try BylineBinary.locate().path, "export", BylineBinary.sampleArticle.path,
    ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any])
    var fields: Set<String> = []
    func collect(_ value: Any) {
      if let dictionary = value as? [String: Any] {
        for (key, inner) in dictionary {
          fields.insert(key)
          collect(inner)
        }
      } else if let array = value as? [Any] {
        array.forEach(collect)
      }
    }
    collect(object)
    #expect(fields.count >= 20, "\(fields.sorted())")
    let page = try source()
    for field in fields.sorted() {
      #expect(namesInBold(field, in: page), "the man page does not describe the JSON field \(field)")
    }
  }

  @Test func theSynopsisAndSectionsCoverEveryCommandAndConvention() throws {
    let page = try source()
    let synopsis = try #require(
      page.components(separatedBy: ".SH SYNOPSIS\n").last?.components(separatedBy: ".SH ").first)
    for command in ["read", "quotes", "speakers", "posts", "export", "index", "search", "config", "help"] {
      #expect(synopsis.contains(".B byline \(command)\n"), "\(command) is not in the synopsis")
    }
    for option in ["\\-\\-no\\-header", "\\-\\-offsets", "\\-\\-table", "\\-\\-speaker", "\\-\\-format"] {
      #expect(synopsis.contains(option), "\(option) is not in the synopsis")
    }
    for section in ["EXPORT", "MOUSE", "EXIT STATUS", "DIAGNOSTICS", "SHELL COMPLETION"] {
      #expect(page.contains("\n.SH \(section)\n"), "no \(section) section")
    }
    let exit = try #require(
      page.components(separatedBy: ".SH EXIT STATUS\n").last?.components(separatedBy: ".SH ").first)
    #expect(exit.contains(".B 2\n") && exit.contains("command line"), "usage mistakes' status 2")
    #expect(exit.contains("matched nothing"), "--speaker's status 1")
    #expect(!page.contains("64"), "the old usage status")
    #expect(page.contains("byline: standard output: "))
    for unit in ["scalars", "utf8", "utf16"] { #expect(namesInBold(unit, in: page), "\(unit)") }
  }
}
