// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Byline",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "byline", targets: ["byline"]),
    .library(name: "ArticleModel", targets: ["ArticleModel"]),
    .library(name: "ReaderUI", targets: ["ReaderUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The document model: pure Swift, no terminal, no global state.
    .target(name: "ArticleModel"),
    // Reader state, keys, layout and rendering onto an in-memory cell grid.
    .target(name: "ReaderUI", dependencies: ["ArticleModel", "CWidth"]),
    // The C library's wcwidth, which ncurses uses too (Swift cannot import it directly).
    .target(name: "CWidth"),
    // glibc's mallopt, which Swift's Glibc module does not bring.
    .target(name: "CMalloc"),
    // The system ncurses (wide-character) library.
    .systemLibrary(
      name: "CNCursesW",
      path: "Sources/CNCursesW",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The system SQLite library (NELA-GT's databases); see `SQLiteDatabase` for why not GRDB.
    .systemLibrary(
      name: "CSQLite",
      path: "Sources/CSQLite",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // Datasets of articles: JSON, JSON Lines and SQLite records read one at a time.
    .target(name: "Corpus", dependencies: ["ArticleModel", "CSQLite"]),
    // The corpus index: articles, quotations (full-text), posts and speakers in one SQLite file.
    .target(name: "CorpusIndex", dependencies: ["ArticleModel", "Corpus", "CSQLite"]),
    // The only code that talks to ncurses.
    .target(name: "CursesBackend", dependencies: ["ReaderUI", "CNCursesW"]),
    .executableTarget(
      name: "byline",
      dependencies: [
        "ArticleModel", "ReaderUI", "CursesBackend", "CMalloc", "Corpus", "CorpusIndex",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["Resources/samples", "Resources/byline.1"],
      // In the binary itself (no Foundation bundle lookup at start-up).
      resources: [.embedInCode("Resources/sample-article.txt")],
      // The Swift libraries linked in: no symbol look-ups across a dozen shared
      // libraries at every start (a quarter of the first frame's instructions).
      // A fixed-address (non-PIE) executable: as a PIE, the loader patched 39,000
      // addresses in the Swift metadata at every start, writing to 123 pages, a
      // quarter of the page faults before the first frame (about 2 ms of 13).
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections",
            "-Xclang-linker", "-no-pie",
          ],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .target(name: "TestSupport", dependencies: ["ArticleModel", "ReaderUI"], path: "Tests/TestSupport"),
    .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel", "TestSupport"]),
    .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "ArticleModel", "TestSupport"]),
    .testTarget(name: "CorpusTests", dependencies: ["Corpus", "CSQLite", "ArticleModel"]),
    .testTarget(name: "CorpusIndexTests", dependencies: ["CorpusIndex", "Corpus", "ArticleModel"]),
    .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "ReaderUI"]),
    // Depends on the executable so that `swift test` builds the binary it drives.
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "byline", "Corpus", "CorpusIndex"]),
  ],
  swiftLanguageModes: [.v6]
)
