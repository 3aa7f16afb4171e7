/// What the reader needs from a terminal; only the backend touches the real one.
///
/// `CursesBackend` implements it on ncurses; tests use `RecordingBackend`
/// (in TestSupport) to run whole sessions in memory.
public protocol TerminalBackend: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// How many colours may be used.
  var colorDepth: ColorDepth { get }
  /// Makes the terminal show `screen`, sending only cells that differ from the last frame.
  func present(_ screen: Screen)
  /// Waits for the next event; `nil` when input has ended.
  func nextEvent() -> InputEvent?
  /// Waits for the next event, but no longer than `timeout` milliseconds and
  /// only until `wake` (a descriptor, when given) is readable. The reader
  /// uses it while articles load in the background.
  func nextEvent(wakingOn wake: Int32?, timeout: Int32) -> BackendWait
  /// Stops the terminal session for a while (suspend on ^Z, running a browser).
  func suspend()
  /// Takes the terminal back after `suspend()` and forces a full redraw.
  func resume()
  /// Asks the terminal to put `text` on the clipboard (OSC 52); `false` when it cannot be asked.
  func copyToClipboard(_ text: String) -> Bool
  /// Forgets what the terminal shows, so the next `present` repaints every cell (^L).
  func invalidate()
  /// Whether a key (or other input) is already waiting to be read.
  var hasPendingInput: Bool { get }
  /// A screen the backend no longer needs (the frame before the last one shown),
  /// for the next frame to be drawn in; `nil` when there is none.
  func takeSpareScreen() -> Screen?
}

/// How a bounded wait for an event ended.
public enum BackendWait: Hashable, Sendable {
  case event(InputEvent)
  /// Input has ended.
  case ended
  /// The wake descriptor became readable, or the time was up.
  case woken
}

extension TerminalBackend {
  /// Backends whose events are all at hand (tests) have nothing to wait for.
  public func nextEvent(wakingOn wake: Int32?, timeout: Int32) -> BackendWait {
    nextEvent().map { .event($0) } ?? .ended
  }
  /// Backends that always repaint everything need nothing here.
  public func invalidate() {}
  /// Backends that cannot tell have nothing waiting.
  public var hasPendingInput: Bool { false }
  /// Backends that keep no frames have none to give back.
  public func takeSpareScreen() -> Screen? { nil }
  /// Backends without a terminal cannot reach a clipboard.
  public func copyToClipboard(_ text: String) -> Bool { false }
}
