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

    // The bytes the backend sends (FrameEncoder, ECMA-48 codes as on xterm): consecutive
    // frames one line and one page apart.
    for (name, action) in [("j", Action.lineDown), ("PgDn", Action.pageDown)] {
      Benchmark("Diff after \(name) \(label)") { benchmark in
        var state = ReaderState(article: Inputs.shared.article(bytes: screenArticleBytes), size: size)
        let before = ReaderView.render(state, theme: theme)
        _ = state.apply(action, keyMap: .default)
        let after = ReaderView.render(state, theme: theme)
        var bytes: [UInt8] = []
        var encoder = FrameEncoder(codes: .ecma48())
        encoder.encode(before, into: &bytes)
        // Back and forth between the two frames: each encode is one such step.
        var forth = true
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
          bytes.removeAll(keepingCapacity: true)
          encoder.encode(forth ? after : before, into: &bytes)
          forth.toggle()
          blackHole(bytes.count)
        }
      } setup: {
        _ = Inputs.shared.article(bytes: screenArticleBytes)
      }
    }

    // A key press as the loop handles it: apply the action, render the frame into the
    // grid of the frame before last, encode it as the bytes for the terminal (everything
    // but writing them).
    for (name, action) in [("j", Action.lineDown), ("PgDn", Action.pageDown)] {
      Benchmark("Key \(name) to frame and bytes \(label)") { benchmark in
        var state = ReaderState(article: Inputs.shared.article(bytes: screenArticleBytes), size: size)
        var encoder = FrameEncoder(codes: .ecma48())
        var bytes: [UInt8] = []
        var spare = encoder.encode(ReaderView.render(state, theme: theme), into: &bytes)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
          _ = state.apply(action, keyMap: .default)
          bytes.removeAll(keepingCapacity: true)
          let screen = ReaderView.render(state, theme: theme, reusing: spare.take())
          spare = encoder.encode(screen, into: &bytes)
          blackHole(bytes.count)
        }
      } setup: {
        _ = Inputs.shared.article(bytes: screenArticleBytes)
      }
    }
  }
}
