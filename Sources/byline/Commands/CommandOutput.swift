#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything the program prints on standard output goes through here.
///
/// A reader that went away (`| head`: EPIPE) ends the program quietly with
/// status 0; any other failed write (a full disk, an I/O error) is reported
/// as `byline: standard output: REASON` and ends it with status 1, so that
/// `byline export … > /dev/full` never looks like a success.
enum CommandOutput {
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { write($0) }
  }

  static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(STDOUT_FILENO, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failed(errno)
      }
      offset += written
    }
  }

  private static func failed(_ code: Int32) -> Never {
    if code == EPIPE { exit(0) }
    Diagnostics.error("standard output: " + String(cString: strerror(code)).lowercased())
    exit(ExitStatus.failure)
  }
}
