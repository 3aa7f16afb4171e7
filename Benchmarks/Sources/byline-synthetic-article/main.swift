import SyntheticArticles

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Writes a synthetic article of at least BYTES bytes to standard output
// (used by Scripts/bench-process for its big input).
//
//   swift run -c release byline-synthetic-article 20000000 > /tmp/big.txt

let arguments = CommandLine.arguments
guard arguments.count >= 2, let bytes = Int(arguments[1]), bytes >= 0 else {
  let usage = "usage: byline-synthetic-article BYTES [SEED]\n"
  _ = usage.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
  exit(2)
}
let seed = arguments.count >= 3 ? UInt64(arguments[2]) ?? SyntheticArticle.defaultSeed : SyntheticArticle.defaultSeed
let data = SyntheticArticle.utf8(bytes: bytes, seed: seed)
data.withUnsafeBufferPointer { buffer in
  var offset = 0
  while offset < buffer.count {
    let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
    if written <= 0 { exit(1) }
    offset += written
  }
}
