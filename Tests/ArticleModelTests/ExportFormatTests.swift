import ArticleModel
import TestSupport
import Testing

@Suite struct ExportFormatTests {
  let both: [(file: String, article: Article)] = [
    ("talks.txt", ArticleFixtures.talks), ("plain.txt", ArticleFixtures.plain),
  ]
  let plainObject =
    #"{"date":null,"paragraphs":[{"index":0,"start":0,"end":17,"text":"Nothing was said.","kind":"text"}],"quotations":[],"posts":[],"speakers":[]}"#
  let plainObjectWithFile =
    #"{"file":"plain.txt","date":null,"paragraphs":[{"index":0,"start":0,"end":17,"text":"Nothing was said.","kind":"text"}],"quotations":[],"posts":[],"speakers":[]}"#

  @Test func jsonOfOneFileArgumentIsOneObjectNamingItsFile() {
    #expect(
      ExportFormat.json.render([("plain.txt", ArticleFixtures.plain)], one: true) == plainObjectWithFile
        + "\n")
    #expect(ExportFormat.json.render([], one: true) == "")
    #expect(ArticleFixtures.plain.jsonObject() == plainObject)
  }

  @Test func jsonOfAnythingElseIsAnArrayEvenOfOneArticle() {
    #expect(
      ExportFormat.json.render([("plain.txt", ArticleFixtures.plain)]) == "[" + plainObjectWithFile + "]\n")
  }

  @Test func jsonOfSeveralArticlesIsAnArrayNamingEachFile() {
    let output = ExportFormat.json.render([
      ("plain.txt", ArticleFixtures.plain), ("plain.txt", ArticleFixtures.plain),
    ])
    #expect(output == "[" + plainObjectWithFile + "," + plainObjectWithFile + "]\n")
    #expect(ExportFormat.json.render([]) == "[]\n")
  }

  @Test func jsonLinesWriteOneArticlePerLine() {
    let output = ExportFormat.jsonl.render(both)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(
      lines[0].hasPrefix(
        #"{"file":"talks.txt","date":"2018-09-27","paragraphs":[{"index":0,"start":16,"end":87,"#))
    #expect(lines[0].contains(#""text":"“Nobody\u001b knows,”","start":89,"end":105,"#))
    #expect(lines[1] == plainObjectWithFile)
    #expect(lines[2] == "")
  }

  @Test func csvHasAHeaderAndOneQuotedRecordPerQuotation() {
    let expected =
      "file,index,speaker,mention,kind,start,end,paragraph,post,text,attribution\r\n"
      + "talks.txt,0,Sergey Lavrov,Sergey Lavrov,direct,36,64,0,,\"“We are ready, and we wait.”\",explicit\r\n"
      + "talks.txt,1,Sergey Lavrov,He,direct,75,87,0,,\"\"\"Not today.\"\"\",explicit\r\n"
      + "talks.txt,2,,,direct,89,105,1,,\"“Nobody␛ knows,”\",none\r\n"
    #expect(ExportFormat.csv.render(both) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"no\"", "\"say \"\"no\"\"\""),
    (" padded ", "\" padded \""),
    ("", ""),
  ])
  func csvQuotesFieldsOnlyWhenNeeded(field: String, expected: String) {
    #expect(CSV.quoted(field) == expected)
  }

  @Test func csvRecordNeverSpansLines() {
    var output = ""
    CSV.appendRecord(["two\nlines", "tab\there", "bell\u{07}"], to: &output)
    #expect(output == "two lines,tab here,bell␇\r\n")
  }

  @Test func markdownDigestGroupsQuotationsAndPostsBySpeaker() {
    let expected = """
      # talks.txt (2018-09-27)

      ## Sergey Lavrov

      Also named: Lavrov, he

      > “We are ready, and we wait.”

      > "Not today."

      ## Russia at UN

      Also named: @RussiaUN

      - Twitter post (@RussiaUN, 2018-09-27): Talks resume today #UNGA

      ## Nobody named

      > “Nobody␛ knows,”

      ## Other posts

      - Twitter post by Jane Roe (@jane\\_roe, 2018-09-27): Quiet day.

      # plain.txt

      No quotations and no posts.

      """
    #expect(ExportFormat.markdown.render(both) == expected)
  }

  @Test func markdownEscapesWhatWouldStartSyntax() {
    let source = "x"
    let article = Article(
      source: source, scalarCount: 1, date: nil,
      paragraphs: [Paragraph(index: 0, range: TextRange(start: 0, end: 1), text: source)],
      quotations: [
        Quotation(
          index: 0, text: "“<b>*so* [sic] C#”", range: TextRange(start: 0, end: 1), paragraph: 0,
          pieces: [.init(paragraph: 0, local: 0..<1)], speaker: 0)
      ],
      speakers: [Speaker(index: 0, name: "C# Fan_1", quotations: [0])])
    #expect(
      article.markdownDigest(file: "a#1.txt") == """
        # a\\#1.txt

        ## C\\# Fan\\_1

        > “\\<b\\>\\*so\\* \\[sic\\] C#”

        """)
  }

  @Test(arguments: [
    ("plain text", "plain text"),
    ("a\tb\nc\r\nd", "a b c  d"),
    ("\u{1B}[31mred", "␛[31mred"),
    ("x\u{7F}\u{9B}y", "x␡\u{FFFD}y"),
    ("\u{202E}evil\u{2066}", "⸮evil⸮"),
    ("Лавров 🇷🇺 中文", "Лавров 🇷🇺 中文"),
  ])
  func printableLineReplacesControls(text: String, expected: String) {
    #expect(text.printableLine == expected)
  }

  @Test func exportsOfAParsedArticleAgreeWithItsQuotations() {
    let article = Article(parsing: "date 2018-09-27 Lavrov said: \"We are ready.\"\n\nThe talks went on.")
    let csv = ExportFormat.csv.render([("f.txt", article)])
    #expect(csv.split(separator: "\r\n").count == 1 + article.quotations.count)
    let markdown = ExportFormat.markdown.render([("f.txt", article)])
    #expect(markdown.hasPrefix("# f.txt"))
    #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("> ") }.count == article.quotations.count)
    let line = ExportFormat.jsonl.render([("f.txt", article)])
    #expect(line.hasPrefix(#"{"file":"f.txt","#))
    #expect(line.filter { $0 == "\n" }.count == 1)
  }
}
