// swift-tools-version:6.1
import Foundation
import PackageDescription

// Byline's benchmarks: a package of their own, so the main build and `swift test`
// at the root never compile the benchmark harness.
//
//   cd Benchmarks && swift package benchmark                 # the full harness
//   cd Benchmarks && swift run -c release byline-parse-throughput   # MB/s and growth, quickly

// A package found by path is named after its folder (`main`, a worktree's name, ...).
let byline = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "BylineBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    // Deterministic, real-shaped article text of any size (shared by every benchmark).
    .target(name: "SyntheticArticles"),
    // Prints parse+attribution MB/s for 1/5/20/50 MB and the growth ratio: no harness needed.
    .executableTarget(
      name: "byline-parse-throughput",
      dependencies: [
        "SyntheticArticles",
        .product(name: "ArticleModel", package: byline),
      ]),
    // Writes a synthetic article of a given size to standard output (for Scripts/bench-process).
    .executableTarget(name: "byline-synthetic-article", dependencies: ["SyntheticArticles"]),
    // A fixed amount of one kind of work (parse, frame, key press), for callgrind.
    .executableTarget(
      name: "byline-profile",
      dependencies: [
        "SyntheticArticles",
        .product(name: "ArticleModel", package: byline),
        .product(name: "ReaderUI", package: byline),
      ]),
    // `swift package benchmark`: parsing, layout, rendering and diff, with allocations and memory.
    .executableTarget(
      name: "BylineBenchmarks",
      dependencies: [
        "SyntheticArticles",
        .product(name: "ArticleModel", package: byline),
        .product(name: "ReaderUI", package: byline),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/BylineBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
  ],
  swiftLanguageModes: [.v6]
)
