import ArticleModel
import ReaderUI

/// libFuzzer's entry point: the bytes are an article.
///
/// Parses them (invalid UTF-8 repaired as the reader does), checks the model's
/// basic invariants, then lays the article out and renders screens at a few
/// sizes while applying the reader's actions. Any trap, sanitizer report or
/// failed invariant is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  FuzzRun.run(bytes)
  return 0
}

/// libFuzzer's driver (in the fuzzer runtime that `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point.
///
/// SwiftPM links an executable target with `main` aliased to `<module>_main`,
/// which `-parse-as-library` does not emit; this provides it and hands over
/// to libFuzzer's own driver, which reads the usual libFuzzer options.
@_cdecl("byline_fuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
