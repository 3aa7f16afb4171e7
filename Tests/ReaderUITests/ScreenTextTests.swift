import ArticleModel
import ReaderUI
import TestSupport
import Testing

/// Whole screens of the reader, as text, on a constructed article.
@Suite struct ScreenTextTests {
  func state(_ width: Int, _ height: Int) -> ReaderState {
    ReaderState(
      article: SampleArticles.summit(), name: "summit.txt", size: Size(width: width, height: height))
  }

  @Test func firstScreenAt60x20HidesTheSidePane() {
    expectScreen(
      render(state(60, 20)),
      """
      2024-05-14

      The harbour council met on Tuesday to decide the fate of the
      old ferry pier.

      Council chair Mara Quint opened the session: [Quint] "We
      will not sell the pier to anyone who wants to knock it
      down."

      Several residents spoke in favour of keeping the pier open
      for fishing.

      │ Harbour Council @harbourcouncil · 2024-05-14
      │ The pier stays public. Vote was 7 to 2. #harbour

      Mayor Olaf Berg disagreed. [Berg] "The repairs cost more
      than the pier earns," he said.

       summit.txt │ 2024-05-14                        ¶ 1/10  Top
      q quit  h help  ]/[ quote  p/P post  / search  f filter
      """)
  }

  @Test func firstScreenAt100x30ShowsThePostsBeside() {
    expectScreen(
      render(state(100, 30)),
      """
      2024-05-14                                                        │ Posts  Speakers  Quotes
                                                                        │ ▶ Harbour Council @harbourcounc…
      The harbour council met on Tuesday to decide the fate of the old  │   2024-05-14 The pier stays pub…
      ferry pier.                                                       │   Olaf Berg @olafberg
                                                                        │   2024-05-15 Fishing off the pi…
      Council chair Mara Quint opened the session: [Quint] "We will not │
      sell the pier to anyone who wants to knock it down."              │
                                                                        │
      Several residents spoke in favour of keeping the pier open for    │
      fishing.                                                          │
                                                                        │
      │ Harbour Council @harbourcouncil · 2024-05-14                    │
      │ The pier stays public. Vote was 7 to 2. #harbour                │
                                                                        │
      Mayor Olaf Berg disagreed. [Berg] "The repairs cost more than the │
      pier earns," he said.                                             │
                                                                        │
      [?] "Nobody asked the ferry crews," a resident shouted from the   │
      back.                                                             │
                                                                        │
      Quint answered that [Quint] "the crews will be heard next week.   │
                                                                        │
      [Quint] "Every one of them," she added.                           │
                                                                        │
      │ Olaf Berg @olafberg · 2024-05-15                                │
      │ Fishing off the pier this morning 🎣                            │
                                                                        │
      The next meeting is planned for June.                             │
       summit.txt │ 2024-05-14                                                                ¶ 1/10  All
      q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side
      """)
  }

  @Test func speakersAndQuotesLists() {
    var reader = state(100, 12)
    reader.press(.tab)
    reader.press(.right)
    expectScreen(
      render(reader),
      """
      2024-05-14                                                        │ Posts  Speakers  Quotes
                                                                        │ ▶ [ ] Mara Quint           2q 0p
      The harbour council met on Tuesday to decide the fate of the old  │   [ ] Olaf Berg            1q 1p
      ferry pier.                                                       │   [ ] Harbour Council      0q 1p
                                                                        │
      Council chair Mara Quint opened the session: [Quint] "We will not │
      sell the pier to anyone who wants to knock it down."              │
                                                                        │
      Several residents spoke in favour of keeping the pier open for    │
      fishing.                                                          │
       summit.txt │ 2024-05-14                                                                ¶ 1/10  Top
      q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side
      """)
    reader.press(.right)
    let lines = render(reader).lines
    #expect(lines[1].hasSuffix("│ ▶ 1 Mara Quint"))
    #expect(lines[2].hasSuffix(#"│   "We will not sell the pier to"#))
    #expect(lines[3].hasSuffix("│   2 Olaf Berg"))
  }

  @Test func tooSmallTerminalsSayItAndNeverCrash() {
    for (w, h) in [(1, 1), (0, 0), (19, 5), (20, 4), (5, 3), (1, 40), (300, 1)] {
      let screen = render(state(w, h))
      #expect(screen.size == Size(width: w, height: h))
      if w >= 1 && h >= 1 { #expect(screen.lines[0] == String("Terminal".prefix(w))) }
    }
    // The smallest usable size draws the reader.
    let smallest = render(state(20, 5)).lines
    #expect(smallest[0] == "2024-05-14")
    #expect(smallest[3] == " summi… ¶ 1/10  Top")
  }
}

@Suite struct StatusLineTests {
  @Test(arguments: [
    ("/work/shared/articles/a.txt", " a.txt"), ("a.txt", " a.txt"), ("-", " -"), ("dir/", " dir"),
  ])
  func theStatusLineNamesTheFileNotItsDirectory(path: String, shown: String) {
    let reader = ReaderState(article: SampleArticles.summit(), name: path, size: Size(width: 80, height: 10))
    #expect(reader.statusLine.hasPrefix(shown + " │ 2024-05-14"))
  }
}

@Suite struct PostBlockTests {
  @Test func aPostIsABarredBlockWithItsHeader() {
    var builder = ArticleBuilder()
    builder.paragraph("Before.")
    builder.post(
      "A post long enough to wrap onto a second line here.", author: "Ann", handle: "ann", date: "2020-02-02")
    builder.post("Nobody signed this one.", author: "", handle: "", date: nil, platform: .instagram)
    let reader = ReaderState(article: builder.build(), name: "p", size: Size(width: 36, height: 12))
    expectScreen(
      render(reader),
      """
      Before.

      │ Ann @ann · 2020-02-02
      │ A post long enough to wrap onto a
      │ second line here.

      │ instagram post
      │ Nobody signed this one.


       p                       ¶ 1/3  All
      q quit  h help  ]/[ quote  p/P post
      """)
  }
}
