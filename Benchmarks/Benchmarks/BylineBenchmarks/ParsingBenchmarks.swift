import ArticleModel
import Benchmark

/// Parsing plus attribution (`Article(parsing:)`) of synthetic articles from 1 kB to 50 MB.
///
/// Besides the usual metrics, `MB/s` is the input size divided by the
/// iteration's wall-clock time (10^6 bytes per MB).
func parsingBenchmarks() {
  let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
  let sizes: [(label: String, bytes: Int, iterations: Int)] = [
    ("1 kB", 1_000, 10_000),
    ("10 kB", 10_000, 5_000),
    ("100 kB", 100_000, 1_000),
    ("1 MB", 1_000_000, 100),
    ("10 MB", 10_000_000, 10),
    ("50 MB", 50_000_000, 3),
  ]
  for size in sizes {
    var configuration = Benchmark.defaultConfiguration
    configuration.metrics += [megabytesPerSecond]
    configuration.maxIterations = size.iterations
    configuration.maxDuration = .seconds(size.bytes >= 10_000_000 ? 120 : 3)
    configuration.warmupIterations = size.bytes >= 10_000_000 ? 0 : 1
    configuration.timeUnits = size.bytes >= 1_000_000 ? .milliseconds : .microseconds
    Benchmark("Parse+attribution \(size.label)", configuration: configuration) { benchmark in
      let text = Inputs.shared.text(bytes: size.bytes)
      let bytes = text.utf8.count
      let clock = ContinuousClock()
      benchmark.startMeasurement()
      let start = clock.now
      let article = Article(parsing: text)
      let elapsed = clock.now - start
      benchmark.stopMeasurement()
      blackHole(article)
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / seconds / 1e6).rounded()))
    } setup: {
      _ = Inputs.shared.text(bytes: size.bytes)
    }
  }
}
