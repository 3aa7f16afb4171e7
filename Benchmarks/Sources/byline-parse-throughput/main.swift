import ArticleModel
import SyntheticArticles

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Parsing plus attribution (`Article(parsing:)`) in MB/s on synthetic articles of growing size,
// and how the cost per byte grows: a ratio near 1.0 means linear.
//
//   swift run -c release byline-parse-throughput            # 1, 5, 20 and 50 MB, 3 runs each
//   swift run -c release byline-parse-throughput 1 2 4 --runs 5
//
// Sizes are in MB (10^6 bytes). Each size is parsed `--runs` times on one thread; the medians
// of the wall-clock time and of the thread's CPU time are reported (on a shared machine the
// CPU time is the one-core figure; the wall clock also counts waiting for a core). The text is generated (untimed) by `SyntheticArticle`, seed 2026.

var sizes: [Double] = []
var runs = 3
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  if argument == "--runs", let value = arguments.popFirst().flatMap(Int.init), value > 0 {
    runs = value
  } else if let size = Double(argument), size > 0 {
    sizes.append(size)
  } else {
    let usage = "usage: byline-parse-throughput [MB ...] [--runs N]\n"
    _ = usage.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(2)
  }
}
if sizes.isEmpty { sizes = [1, 5, 20, 50] }

/// Prints a line at once (standard output may be a pipe, which would buffer it).
func say(_ line: String) {
  let text = line + "\n"
  _ = text.utf8CString.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count - 1) }
}

/// CPU time this thread has used, in seconds (what one core spent, whatever the machine's load).
func threadCPUSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func padded(_ text: String, _ width: Int) -> String {
  String(repeating: " ", count: max(0, width - text.count)) + text
}

func fixed(_ value: Double, _ decimals: Int) -> String {
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let rounded = (value * scale).rounded() / scale
  if decimals == 0 { return "\(Int(rounded))" }
  var text = "\(rounded)"
  if let dot = text.firstIndex(of: ".") {
    let have = text.distance(from: dot, to: text.endIndex) - 1
    if have < decimals { text += String(repeating: "0", count: decimals - have) }
  } else if decimals > 0 {
    text += "." + String(repeating: "0", count: decimals)
  }
  return text
}

say("parse+attribution, Article(parsing:), median of \(runs) runs, one thread")
say("wall = elapsed time; cpu = this thread's CPU time (what one core spent, unaffected by other load)")
say(
  "\(padded("MB", 6)) \(padded("bytes", 10)) \(padded("wall s", 8)) \(padded("cpu s", 8)) "
    + "\(padded("MB/s wall", 9)) \(padded("MB/s cpu", 9)) \(padded("best", 6)) \(padded("ns/B cpu", 8)) \(padded("growth", 7))"
    + "  paragraphs quotations posts speakers")
var baseline: Double?
for size in sizes {
  let text = SyntheticArticle.text(bytes: Int(size * 1_000_000))
  let bytes = text.utf8.count
  var times: [Double] = []
  var cpuTimes: [Double] = []
  var summary = ""
  for _ in 0..<runs {
    let clock = ContinuousClock()
    let start = clock.now
    let cpuStart = threadCPUSeconds()
    let article = Article(parsing: text)
    cpuTimes.append(threadCPUSeconds() - cpuStart)
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    times.append(seconds)
    summary =
      "\(padded("\(article.paragraphs.count)", 10)) \(padded("\(article.quotations.count)", 10)) "
      + "\(padded("\(article.posts.count)", 5)) \(padded("\(article.speakers.count)", 8))"
  }
  times.sort()
  cpuTimes.sort()
  let median = times[times.count / 2]
  let cpuMedian = cpuTimes[cpuTimes.count / 2]
  let perByte = cpuMedian / Double(bytes)
  if baseline == nil { baseline = perByte }
  let growth = perByte / baseline!
  say(
    "\(padded(fixed(size, size < 1 ? 3 : 0), 6)) \(padded("\(bytes)", 10)) \(padded(fixed(median, 3), 8)) "
      + "\(padded(fixed(cpuMedian, 3), 8)) \(padded(fixed(Double(bytes) / median / 1e6, 1), 9)) "
      + "\(padded(fixed(Double(bytes) / cpuMedian / 1e6, 1), 9)) "
      + "\(padded(fixed(Double(bytes) / cpuTimes[0] / 1e6, 1), 6)) \(padded(fixed(perByte * 1e9, 1), 8)) "
      + "\(padded(fixed(growth, 2), 7))  \(summary)")
}
say("growth = CPU cost per byte relative to the first size (1.00 = linear)")
say("best = MB/s of CPU time of the fastest run (the one least disturbed by other work)")
