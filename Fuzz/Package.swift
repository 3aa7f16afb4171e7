// swift-tools-version:6.0
import Foundation
import PackageDescription

// Byline's libFuzzer target: a package of its own, so the main build and `swift test`
// at the root never compile with the fuzzer's instrumentation.
//
//   Scripts/fuzz 60          # build (fuzzer + address sanitizer) and fuzz for 60 seconds
//   Scripts/fuzz -runs=200000

// A package found by path is named after its folder (`main`, a worktree's name, ...).
let byline = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "BylineFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "..")],
  targets: [
    // Parses the fuzzer's bytes as an article, lays it out and renders a few screens.
    .executableTarget(
      name: "byline-fuzz",
      dependencies: [
        .product(name: "ArticleModel", package: byline),
        .product(name: "ReaderUI", package: byline),
      ])
  ],
  swiftLanguageModes: [.v6]
)
