import ArticleModel
import ReaderUI
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a big article in the reader with its beginning decoded and parsed at
/// once and the whole decoded and parsed in the background (`ArticleLoad`),
/// so the first screen never waits for text it does not show.
///
/// A beginning of well-formed UTF-8 is shown as such; the whole is decoded in
/// the background as always (`Article.decodeSource`), and when it turns out
/// damaged or Windows-1252 the warning comes with it (on the bottom line, and
/// on standard error once the terminal is restored). Files with a UTF-16
/// mark, NUL bytes or a damaged beginning are decoded whole first, with their
/// warnings, and only their parsing goes to the background.
enum ArticleBeginning {
  /// Articles up to this many bytes are parsed whole before the first frame.
  static let wholeUpTo = 128 * 1024
  /// The beginning shown first: at least this many bytes, up to a paragraph
  /// break (a 250x70 screen shows about 15 kB).
  static let beginningBytes = 32 * 1024
  /// How much of a big file is read before the first frame (the rest is read in the background).
  static let headBytes = 256 * 1024
  /// How far past `beginningBytes` a paragraph or line break is looked for.
  static let breakSearchBytes = 1 << 20

  /// The document for a file's bytes when they are big, without NUL bytes,
  /// and begin with well-formed UTF-8; `nil` otherwise (the caller decodes them as usual).
  static func document(name: String, bytes: [UInt8], wake: () -> WakePipe) -> Document? {
    guard bytes.count > wholeUpTo, !ArticleLoader.hasNUL(bytes),
      !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])),
      let end = beginningEnd(of: bytes), Article.isWellFormedUTF8(bytes[..<end])
    else { return nil }
    let beginning = String(decoding: bytes[..<end], as: UTF8.self)
    return staged(
      name: name, beginning: beginning, byteCount: bytes.count, handover: Handover(bytes), wake: wake)
  }

  /// The document for a big file, from its head alone when that begins with
  /// well-formed UTF-8 and has no NUL bytes (the rest is read in the
  /// background); `nil` otherwise (the caller reads and decodes it as usual).
  static func document(path: String, allowBinary: Bool, wake: () -> WakePipe) -> Document? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > wholeUpTo
    else {
      close(descriptor)
      return nil
    }
    let size = Int(info.st_size)
    let headSize = min(size, headBytes)
    let head = [UInt8](unsafeUninitializedCapacity: headSize) { buffer, count in
      count = 0
      while count < headSize {
        let got = read(descriptor, buffer.baseAddress! + count, headSize - count)
        if got < 0 && errno == EINTR { continue }
        if got <= 0 { break }
        count += got
      }
    }
    guard head.count == headSize, allowBinary || !ArticleLoader.hasNUL(head),
      !(head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])),
      let end = beginningEnd(of: head), Article.isWellFormedUTF8(head[..<end])
    else {
      close(descriptor)
      return nil
    }
    let beginning = String(decoding: head[..<end], as: UTF8.self)
    let handover = Handover(head: head, descriptor: descriptor, allowBinary: allowBinary)
    return staged(name: path, beginning: beginning, byteCount: size, handover: handover, wake: wake)
  }

  /// The beginning parsed now, the whole (from `handover`) in the background.
  private static func staged(
    name: String, beginning: String, byteCount: Int, handover: Handover, wake: () -> WakePipe
  ) -> Document {
    let ending: @Sendable () -> ArticleLoad.Ending? = { handover.peek(Self.ending(of:)) }
    return staged(name: name, beginning: beginning, byteCount: byteCount, wake: wake, ending: ending) {
      let (bytes, problem) = handover.take()
      guard let bytes else {
        return ArticleLoad.Outcome(article: Article(parsing: beginning), warning: "\(name): \(problem ?? "")")
      }
      // The bytes go as soon as they are text: they and the text are never kept beside the model.
      let (text, encoding) = Article.decodeSource(consume bytes)
      return ArticleLoad.Outcome(
        article: Article(parsing: text), warning: ArticleLoader.warning(for: encoding, name: name))
    }
  }

  /// The document for decoded text: whole when small, else its beginning with the whole loading.
  static func document(name: String, text: String, wake: () -> WakePipe) -> Document {
    let utf8 = Array(text.utf8.prefix(wholeUpTo + breakSearchBytes + beginningBytes))
    guard text.utf8.count > wholeUpTo, let end = beginningEnd(of: utf8) else {
      return Document(name: name, article: Article(parsing: text))
    }
    let beginning = String(decoding: utf8[..<end], as: UTF8.self)
    return staged(name: name, beginning: beginning, byteCount: text.utf8.count, wake: wake) {
      ArticleLoad.Outcome(article: Article(parsing: text))
    }
  }

  private static func staged(
    name: String, beginning: String, byteCount: Int, wake: () -> WakePipe,
    ending: (@Sendable () -> ArticleLoad.Ending?)? = nil,
    whole: @escaping @Sendable () -> ArticleLoad.Outcome
  ) -> Document {
    let started = seconds()
    let article = Article(parsing: beginning)
    let spent = seconds() - started
    // Parsing is linear in size: the whole takes about as long per byte as the beginning did.
    let expected = spent * Double(byteCount) / Double(max(1, beginning.utf8.count))
    let load = ArticleLoad(
      byteCount: byteCount, expectedSeconds: expected, wake: wake(), ending: ending, work: whole)
    return Document(name: name, article: article, loading: load)
  }

  /// Where the beginning ends: just after the first paragraph break (else
  /// line break) past `beginningBytes`; `nil` when there is none near.
  static func beginningEnd(of bytes: [UInt8]) -> Int? {
    guard bytes.count > beginningBytes else { return nil }
    return breakAfter(beginningBytes, in: bytes, within: breakSearchBytes)
  }

  /// The last stretch of a whole file that is well-formed UTF-8: from the
  /// first paragraph break (else line break) in its last `beginningBytes`.
  static func ending(of bytes: [UInt8]) -> ArticleLoad.Ending? {
    guard bytes.count > 2 * beginningBytes, Article.isWellFormedUTF8(bytes[...]),
      let cut = breakAfter(bytes.count - beginningBytes, in: bytes, within: beginningBytes),
      cut < bytes.count
    else { return nil }
    // Offsets count scalars: every byte that does not continue a UTF-8 sequence starts one.
    var start = 0
    for byte in bytes[..<cut] where byte & 0xC0 != 0x80 { start += 1 }
    return ArticleLoad.Ending(text: String(decoding: bytes[cut...], as: UTF8.self), sourceStart: start)
  }

  /// Just after the first paragraph break (else line break) in `bytes[start..<start + limit]`.
  static func breakAfter(_ start: Int, in bytes: [UInt8], within limit: Int) -> Int? {
    var lineBreak: Int?
    var previousWasBreak = false
    for index in start..<min(bytes.count, start + limit) {
      switch bytes[index] {
      case UInt8(ascii: "\n"):
        if previousWasBreak { return index + 1 }
        if lineBreak == nil { lineBreak = index + 1 }
        previousWasBreak = true
      case UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t"):
        break
      default:
        previousWasBreak = false
      }
    }
    return lineBreak
  }

  /// The file's bytes, given to the background work once so that they can
  /// be freed as soon as they are decoded (the caller drops its own copy).
  /// A file opened from its head alone has the rest read on first use, on
  /// the background thread: the first frame never waits for a big read.
  final class Handover: Sendable {
    private enum State {
      case unread(head: [UInt8], descriptor: Int32)
      case read([UInt8])
      case failed(String)
    }
    private let state: Mutex<State>
    private let allowBinary: Bool

    init(_ bytes: [UInt8]) {
      state = Mutex(.read(bytes))
      allowBinary = true
    }

    /// The head of a file still open on `descriptor` (closed once the rest is read).
    init(head: [UInt8], descriptor: Int32, allowBinary: Bool) {
      state = Mutex(.unread(head: head, descriptor: descriptor))
      self.allowBinary = allowBinary
    }

    deinit {
      state.withLock { state in
        if case .unread(_, let descriptor) = state { close(descriptor) }
      }
    }

    /// Lets `body` look at the whole bytes (before they are taken); `nil` when they could not be read.
    func peek<Result>(_ body: ([UInt8]) -> Result?) -> Result? {
      state.withLock { state in
        Self.readRest(&state, allowBinary: allowBinary)
        guard case .read(let bytes) = state else { return nil }
        return body(bytes)
      }
    }

    /// The whole bytes, given away, or what went wrong reading them.
    func take() -> (bytes: [UInt8]?, problem: String?) {
      state.withLock { state in
        Self.readRest(&state, allowBinary: allowBinary)
        switch state {
        case .read(let bytes):
          state = .read([])
          return (bytes, nil)
        case .failed(let problem): return (nil, problem)
        case .unread: return (nil, "cannot read the rest")
        }
      }
    }

    private static func readRest(_ state: inout State, allowBinary: Bool) {
      guard case .unread(var bytes, let descriptor) = state else { return }
      defer { close(descriptor) }
      var chunk = [UInt8](repeating: 0, count: 1 << 20)
      while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
          if errno == EINTR { continue }
          state = .failed("cannot read the rest: " + String(cString: strerror(errno)))
          return
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[..<count])
      }
      if !allowBinary && ArticleLoader.hasNUL(bytes) {
        state = .failed(
          "looks like a binary file past its beginning (it contains NUL bytes); "
            + "only the beginning is shown; pass --force to open it all")
        return
      }
      state = .read(bytes)
    }
  }

  private static func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
