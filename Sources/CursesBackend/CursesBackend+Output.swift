import CNCursesW
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Frames going out: the encoder's bytes, written to the terminal in one loop.
extension CursesBackend {
  public var size: Size {
    guard let window else { return Size(width: 0, height: 0) }
    return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  public func present(_ screen: Screen) {
    guard window != nil, !suspended else { return }
    frameBytes.removeAll(keepingCapacity: true)
    spare = encoder.encode(screen, terminal: size, into: &frameBytes)
    // The terminal gone, nothing more can be shown; the loop ends when input does.
    _ = Self.writeAll(frameBytes)
  }

  public func takeSpareScreen() -> Screen? {
    defer { spare = nil }
    return spare
  }

  public func invalidate() {
    encoder.forget()
  }

  /// Writes all of `bytes` to the terminal, through interrupted and partial writes and
  /// a terminal slow to read; `false` when it has gone. (A frame goes out in one write.)
  static func writeAll(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard var next = buffer.baseAddress else { return true }
      var left = buffer.count
      var stalls = 0
      while left > 0 {
        let written = write(STDOUT_FILENO, next, left)
        if written > 0 {
          next += written
          left -= written
          continue
        }
        if written < 0 && errno == EINTR { continue }
        if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && stalls < 100 {
          // A terminal that is slow to read: wait until it can take more.
          var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, 100)
          stalls += 1
          continue
        }
        return false
      }
      return true
    }
  }
}
