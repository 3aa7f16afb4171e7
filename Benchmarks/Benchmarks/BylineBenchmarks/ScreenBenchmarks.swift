import ArticleModel
import Benchmark
import ReaderUI

/// Terminal sizes every screen benchmark runs at.
let terminalSizes = [Size(width: 80, height: 24), Size(width: 250, height: 70)]

/// The article the screen benchmarks read: 1 MB of synthetic text, parsed once.
let screenArticleBytes = 1_000_000

/// Wrapping and layout of one screen, rendering one frame, and a key press, at 80x24 and 250x70.
func screenBenchmarks() {
  let theme = Theme(depth: .many)
  for size in terminalSizes {
    let label = "\(size.width)x\(size.height)"

    // Glyphs and greedy wrapping of the paragraphs that fill one screen, nothing cached.
    Benchmark("Wrap one screen \(label)") { benchmark in
      let article = Inputs.shared.article(bytes: screenArticleBytes)
      for _ in benchmark.scaledIterations {
        var rows = 0
        var index = 0
        while rows < size.height && index < article.paragraphs.count {
          let lines = TextWrapper.wrap(Glyph.glyphs(of: article.paragraphs[index].text), width: size.width)
          rows += lines.count + 1
          index += 1
        }
        blackHole(rows)
      }
    } setup: {
      _ = Inputs.shared.article(bytes: screenArticleBytes)
    }

    // Opening the document and laying out the rows of the first screen (cold layout cache).
    Benchmark("Layout one screen, cold \(label)") { benchmark in
      let article = Inputs.shared.article(bytes: screenArticleBytes)
      for _ in benchmark.scaledIterations {
        let state = ReaderState(article: article, size: size)
        blackHole(state.viewRows)
      }
    } setup: {
      _ = Inputs.shared.article(bytes: screenArticleBytes)
    }

    // One whole frame (article, side pane, status, footer) with the layout cache warm.
    Benchmark("Render one frame \(label)") { benchmark in
      let state = ReaderState(article: Inputs.shared.article(bytes: screenArticleBytes), size: size)
      blackHole(ReaderView.render(state, theme: theme))
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        blackHole(ReaderView.render(state, theme: theme))
      }
    } setup: {
      _ = Inputs.shared.article(bytes: screenArticleBytes)
    }

    // The cell diff the backend sends: consecutive frames one line and one page apart.
    for (name, action) in [("j", Action.lineDown), ("PgDn", Action.pageDown)] {
      Benchmark("Diff after \(name) \(label)") { benchmark in
        var state = ReaderState(article: Inputs.shared.article(bytes: screenArticleBytes), size: size)
        let before = ReaderView.render(state, theme: theme)
        _ = state.apply(action)
        let after = ReaderView.render(state, theme: theme)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
          blackHole(after.changedRuns(since: before))
        }
      } setup: {
        _ = Inputs.shared.article(bytes: screenArticleBytes)
      }
    }

    // A key press as the loop handles it: apply the action, render the frame, diff it
    // against the last one (everything but the terminal output itself).
    for (name, action) in [("j", Action.lineDown), ("PgDn", Action.pageDown)] {
      Benchmark("Key \(name) to frame and diff \(label)") { benchmark in
        var state = ReaderState(article: Inputs.shared.article(bytes: screenArticleBytes), size: size)
        var previous = ReaderView.render(state, theme: theme)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
          _ = state.apply(action)
          let screen = ReaderView.render(state, theme: theme)
          blackHole(screen.changedRuns(since: previous))
          previous = screen
        }
      } setup: {
        _ = Inputs.shared.article(bytes: screenArticleBytes)
      }
    }
  }
}
