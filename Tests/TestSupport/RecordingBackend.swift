import ReaderUI

/// A terminal in memory: plays scripted events and records every screen presented.
///
/// Runs whole `ReaderSession`s in tests. A scripted `.resize` changes `size`
/// when it is delivered, as a real terminal would. When the script runs out,
/// `nextEvent()` returns `nil` (input ended).
public final class RecordingBackend: TerminalBackend {
  public private(set) var size: Size
  public let colorDepth: ColorDepth
  public var events: [InputEvent]
  public private(set) var screens: [Screen] = []
  public private(set) var suspendCount = 0
  public private(set) var resumeCount = 0
  public private(set) var invalidateCount = 0

  public init(size: Size, colorDepth: ColorDepth = .many, events: [InputEvent] = []) {
    self.size = size
    self.colorDepth = colorDepth
    self.events = events
  }

  public func present(_ screen: Screen) { screens.append(screen) }

  public func nextEvent() -> InputEvent? {
    guard !events.isEmpty else { return nil }
    let event = events.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  public func suspend() { suspendCount += 1 }
  public func resume() { resumeCount += 1 }
  public func invalidate() { invalidateCount += 1 }

  /// The last screen presented.
  public var lastScreen: Screen? { screens.last }
}

extension InputEvent {
  /// One key event per character: `InputEvent.keys("]]q")`.
  public static func keys(_ text: String) -> [InputEvent] {
    text.map { .key(.character($0)) }
  }
}
