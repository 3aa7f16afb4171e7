import Benchmark

/// Every benchmark of the suite (`swift package benchmark` in `Benchmarks/`).
///
/// Parsing plus attribution from 1 kB to 50 MB; wrapping and layout of one
/// screen; rendering one frame; a key press (action, frame, diff) at 80x24 and
/// 250x70. Each case reports time, throughput, allocations and peak memory.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [
      .wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident,
      .peakMemoryResidentDelta,
    ],
    timeUnits: .microseconds,
    maxDuration: .seconds(2),
    maxIterations: 10_000)
  parsingBenchmarks()
  screenBenchmarks()
}
