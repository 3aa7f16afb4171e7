import ArticleModel
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The whole of a big article, parsed on a thread of its own while the reader
/// already shows its beginning.
///
/// The reader opens a big file with a quickly parsed prefix and hands the
/// whole text to an `ArticleLoad`; when the parse is done the load keeps the
/// article and writes a byte to its `WakePipe`, which ends the event loop's
/// wait so that the article can be swapped in at once. The article crosses
/// from the thread to the loop under a mutex, and nothing else is shared.
public final class ArticleLoad: Sendable {
  /// The size of the whole text in UTF-8 bytes (for the status line).
  public let byteCount: Int
  /// The pipe written to when the article is ready.
  public let wake: WakePipe
  /// When the work began, and how long it should take (for a progress estimate).
  private let startedAt = Mutex<Double?>(nil)
  private let expectedSeconds: Double
  private let result = Mutex<Outcome?>(nil)
  private let work: Mutex<(@Sendable () -> Outcome)?>
  private let endingWork: (@Sendable () -> Ending?)?
  private let ending = Mutex<Ending?>(nil)
  /// Posted once when the outcome is in (the thread is detached: nobody has to join it).
  private nonisolated(unsafe) let finished: UnsafeMutablePointer<sem_t>

  /// What the background work gives: the article, and a warning for the user
  /// when the whole text had to be read in some other way than its beginning
  /// (damaged UTF-8, Windows-1252).
  public struct Outcome: Sendable {
    public var article: Article
    public var warning: String?
    public init(article: Article, warning: String? = nil) {
      self.article = article
      self.warning = warning
    }
  }

  /// Prepares `work` (decoding and parsing the whole article) for a thread
  /// of its own; `start()` starts it (the reader does so once the first
  /// frame is on the screen, so that the two do not compete).
  ///
  /// - Parameters:
  ///   - byteCount: The size of the article's text, for the status line.
  ///   - expectedSeconds: A guess at the time the work takes (from the
  ///     beginning's), for the progress the status line shows.
  ///   - wake: Written to when the article is ready.
  /// The last stretch of the text, ready before the whole: `G` shows it at once.
  public struct Ending: Sendable {
    /// The text from a paragraph break near the end to the end.
    public var text: String
    /// The scalar offset of `text` in the whole text.
    public var sourceStart: Int
    /// `text` parsed, once the load's thread has done it (just after offering the
    /// text, so that a `G` pressed sooner still finds the text to parse).
    public var article: Article?
    public init(text: String, sourceStart: Int, article: Article? = nil) {
      self.text = text
      self.sourceStart = sourceStart
      self.article = article
    }
  }

  /// - Parameter ending: Finds the ending (see `Ending`), first thing on the thread.
  public init(
    byteCount: Int, expectedSeconds: Double, wake: WakePipe,
    ending: (@Sendable () -> Ending?)? = nil, work: @escaping @Sendable () -> Outcome
  ) {
    self.byteCount = byteCount
    self.endingWork = ending
    self.wake = wake
    self.expectedSeconds = max(expectedSeconds, 0.001)
    self.work = Mutex(work)
    finished = .allocate(capacity: 1)
    sem_init(finished, 0, 0)
  }

  deinit {
    sem_destroy(finished)
    finished.deallocate()
  }

  /// Prepares the parse of `text`.
  public convenience init(parsing text: String, expectedSeconds: Double, wake: WakePipe) {
    self.init(byteCount: text.utf8.count, expectedSeconds: expectedSeconds, wake: wake) {
      Outcome(article: Article(parsing: text))
    }
  }

  /// The whole article and any warning once the work is done; `nil` until then. Never blocks.
  public var outcome: Outcome? {
    result.withLock { $0 }
  }

  /// The whole article once it is parsed; `nil` until then. Never blocks.
  public var article: Article? { outcome?.article }

  /// The ending of the text once found (shortly after the start); `nil` until then or without one.
  public var endingText: Ending? {
    ending.withLock { $0 }
  }

  /// Waits for the work to end (starting it if need be) and gives the article.
  @discardableResult
  public func wait() -> Article {
    start()
    while sem_wait(finished) != 0 {}  // interrupted by a signal: wait on
    sem_post(finished)  // left posted for any other waiter
    return article!
  }

  /// The share of the expected parse time spent so far, from 0 to 0.99
  /// (an estimate: the parse cannot say how far it is).
  public var progress: Double {
    min(0.99, max(0, elapsedSeconds / expectedSeconds))
  }

  /// Seconds since the work began (0 before it starts).
  public var elapsedSeconds: Double {
    startedAt.withLock { $0 }.map { Self.now() - $0 } ?? 0
  }

  /// Starts the work on a thread of its own (once; later calls do nothing).
  public func start() {
    guard
      let work = work.withLock({ work in
        defer { work = nil }
        return work
      })
    else { return }
    let job = Unmanaged.passRetained(Job(load: self, ending: endingWork, work: work)).toOpaque()
    startedAt.withLock { $0 = Self.now() }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    // The parse recurses little, but big articles make big frames: 16 MB of stack.
    pthread_attr_setstacksize(&attributes, 16 << 20)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    var created = pthread_t()
    let status = pthread_create(
      &created, &attributes,
      { context in
        // Signals are the main thread's business (it restores the terminal).
        var all = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, nil)
        // Keys first: when the processors are busy, this thread yields to the one that
        // draws (on Linux a nice value set for "this process" from a thread is the
        // thread's own). With a core to itself it loads at full speed.
        #if os(Linux)
          _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        let job = Unmanaged<Job>.fromOpaque(context!).takeRetainedValue()
        job.run()
        return nil
      }, job)
    pthread_attr_destroy(&attributes)
    if status != 0 {
      // No thread to be had: parse here and now, as if the article were small.
      Unmanaged<Job>.fromOpaque(job).takeRetainedValue().run()
    }
  }

  fileprivate func offer(_ found: Ending, wake wakes: Bool = true) {
    ending.withLock { $0 = found }
    if wakes { wake.signal() }
  }

  fileprivate func finish(_ outcome: Outcome) {
    result.withLock { $0 = outcome }
    wake.signal()
    sem_post(finished)
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// What the thread is given: the load to report to and the work to do.
  private final class Job: Sendable {
    let load: ArticleLoad
    let ending: (@Sendable () -> Ending?)?
    let work: @Sendable () -> Outcome
    init(load: ArticleLoad, ending: (@Sendable () -> Ending?)?, work: @escaping @Sendable () -> Outcome) {
      self.load = load
      self.ending = ending
      self.work = work
    }
    func run() {
      if var found = ending?() {
        load.offer(found)
        // Parsed here too, so that G only has to draw it (nothing to wake the reader for).
        found.article = Article(parsing: found.text)
        load.offer(found, wake: false)
      }
      load.finish(work())
    }
  }
}

/// A pipe whose reading end becomes readable when background work has news.
///
/// The event loop polls `descriptor` alongside the terminal; `signal()` may
/// be called from any thread, `drain()` only by the loop. Both ends are
/// non-blocking and close on exec.
public final class WakePipe: Sendable {
  /// The end to poll; `-1` when no pipe could be made (the loop then polls on a timer).
  public let descriptor: Int32
  private let writeEnd: Int32

  public init() {
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for end in ends {
        _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      }
      descriptor = ends[0]
      writeEnd = ends[1]
    } else {
      descriptor = -1
      writeEnd = -1
    }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if writeEnd >= 0 { close(writeEnd) }
  }

  /// Makes `descriptor` readable (a full pipe is readable already).
  public func signal() {
    guard writeEnd >= 0 else { return }
    var byte: UInt8 = 1
    _ = write(writeEnd, &byte, 1)
  }

  /// Empties the pipe so that the next poll waits again.
  public func drain() {
    guard descriptor >= 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 64)
    while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
  }
}
