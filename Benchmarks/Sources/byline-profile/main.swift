import ArticleModel
import ReaderUI
import SyntheticArticles

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// A fixed amount of one kind of work, for profilers (valgrind --tool=callgrind counts
// instructions the same way on every run, whatever else the machine is doing).
//
//   byline-profile parse MB|FILE [REPEAT]        parse+attribution of a synthetic article or a file
//   byline-profile frame COLSxROWS [REPEAT]      render one frame (layout cache warm) REPEAT times
//   byline-profile key j|PgDn|]|n|G COLSxROWS [REPEAT [MB|FILE]]
//                                               apply the key's action (] next quotation, n next
//                                               match of "the", G the end and back with g),
//                                               render, diff: REPEAT times, the next and last
//                                               pages laid out ahead between presses
//
// The screen modes read a 1 MB synthetic article (seed 2026), parsed before the work starts;
// `key` takes another size or a file as its last argument. With BYLINE_PROFILE_FRAME=PATH
// set, `key` writes the bytes of its last measured frame to PATH (to see what a key sends).
//
//   Scripts/bench-profile frame 250x70 20     (callgrind on the work only, instructions per repeat)

func fail(_ message: String) -> Never {
  let text = message + "\n"
  _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
  exit(2)
}

func say(_ line: String) {
  let text = line + "\n"
  _ = text.utf8CString.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count - 1) }
}

func readFile(_ path: String) -> [UInt8] {
  let fd = open(path, O_RDONLY)
  guard fd >= 0 else { fail("\(path): cannot open") }
  defer { close(fd) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 20)
  while true {
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if count <= 0 { break }
    bytes.append(contentsOf: buffer[0..<count])
  }
  return bytes
}

/// Runs the work to be measured: profile with `--toggle-collect='*profiledWork*'` to leave out set-up.
@inline(never)
func profiledWork(_ body: () -> Void) {
  body()
}

func parseSize(_ text: String) -> Size {
  let parts = text.lowercased().split(separator: "x")
  guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else {
    fail("size must be COLSxROWS, like 250x70")
  }
  return Size(width: width, height: height)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first else {
  fail(
    "usage: byline-profile parse MB|FILE [REPEAT] | frame COLSxROWS [REPEAT] | key j|PgDn|]|n|G COLSxROWS [REPEAT [MB|FILE]]"
  )
}
let theme = Theme(depth: .many)

switch mode {
case "parse":
  guard arguments.count >= 2 else { fail("parse MB|FILE [REPEAT]") }
  let text: String
  if let megabytes = Double(arguments[1]) {
    text = SyntheticArticle.text(bytes: Int(megabytes * 1_000_000))
  } else {
    text = String(decoding: readFile(arguments[1]), as: UTF8.self)
  }
  let repeats = arguments.count >= 3 ? Int(arguments[2]) ?? 1 : 1
  var quotations = 0
  profiledWork {
    for _ in 0..<repeats { quotations += Article(parsing: text).quotations.count }
  }
  say("parsed \(text.utf8.count) bytes \(repeats) times, \(quotations / max(1, repeats)) quotations")

case "frame":
  guard arguments.count >= 2 else { fail("frame COLSxROWS [REPEAT]") }
  let size = parseSize(arguments[1])
  let repeats = arguments.count >= 3 ? Int(arguments[2]) ?? 1 : 1
  let state = ReaderState(article: Article(parsing: SyntheticArticle.text(bytes: 1_000_000)), size: size)
  var cells = ReaderView.render(state, theme: theme).cells.count
  profiledWork {
    for _ in 0..<repeats { cells &+= ReaderView.render(state, theme: theme).cells.count }
  }
  say("rendered \(repeats) frames of \(size.width)x\(size.height) (\(cells) cells)")

case "key":
  guard arguments.count >= 3 else { fail("key j|PgDn|]|n|G COLSxROWS [REPEAT]") }
  let action: Action
  switch arguments[1] {
  case "j": action = .lineDown
  case "PgDn": action = .pageDown
  case "]": action = .nextQuotation
  case "n": action = .searchNext
  case "G": action = .toBottom
  default: fail("key j|PgDn|]|n|G COLSxROWS [REPEAT]")
  }
  let size = parseSize(arguments[2])
  let repeats = arguments.count >= 4 ? Int(arguments[3]) ?? 1 : 1
  // The article: 1 MB of synthetic text, or MB or FILE as a fifth argument.
  let text: String
  if arguments.count >= 5, let megabytes = Double(arguments[4]) {
    text = SyntheticArticle.text(bytes: Int(megabytes * 1_000_000))
  } else if arguments.count >= 5 {
    text = String(decoding: readFile(arguments[4]), as: UTF8.self)
  } else {
    text = SyntheticArticle.text(bytes: 1_000_000)
  }
  var state = ReaderState(article: Article(parsing: text), size: size)
  // n steps through the matches of a common word (the search itself is set-up, not measured).
  if arguments[1] == "n" { _ = state.apply(.search("the", backward: false), keyMap: .default) }
  // As the reader does: the frame drawn into the grid of the frame before last, then
  // encoded as the bytes for the terminal (ECMA-48 codes, as on xterm).
  var encoder = FrameEncoder(codes: .ecma48())
  var bytes: [UInt8] = []
  var spare = encoder.encode(ReaderView.render(state, theme: theme), into: &bytes)
  var sent = 0
  // As the reader does while it waits for a key (not counted): the next page laid out
  // and the end drawn ahead, its frame kept for G. G presses alternate with g (not
  // counted either).
  var ready: ReadyFrame?
  func idle() {
    state.layOutNextPage()
    if ready?.state != state.atEnd(keyMap: .default) {
      ready = state.drawEndAhead(theme: theme, keyMap: .default)
    }
  }
  idle()
  for _ in 0..<repeats {
    profiledWork {
      _ = state.apply(action, keyMap: .default)
      bytes.removeAll(keepingCapacity: true)
      let screen: Screen
      if let frame = ready, frame.state == state {
        screen = frame.screen
        ready = nil
      } else {
        screen = ReaderView.render(state, theme: theme, reusing: spare.take())
      }
      spare = encoder.encode(screen, into: &bytes)
      sent += bytes.count
    }
    if let path = getenv("BYLINE_PROFILE_FRAME"), let file = fopen(path, "w") {
      // The bytes of the last measured frame, to see what a key press sends.
      fwrite(bytes, 1, bytes.count, file)
      fclose(file)
    }
    if action == .toBottom {
      _ = state.apply(.toTop, keyMap: .default)
      bytes.removeAll(keepingCapacity: true)
      spare = encoder.encode(ReaderView.render(state, theme: theme, reusing: spare.take()), into: &bytes)
    }
    idle()
  }
  say(
    "\(repeats) presses of \(arguments[1]) at \(size.width)x\(size.height), \(sent / max(1, repeats)) bytes each"
  )

default:
  fail("unknown mode \(mode)")
}
