#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small file-system helpers for the settings and the state store (no Foundation, errors as text).
enum StateFiles {
  /// A failure described for the user, already naming the path.
  struct Failure: Error, CustomStringConvertible, Equatable {
    var path: String
    var problem: String
    var description: String { "\(path): \(problem)" }
  }

  /// The whole file, `nil` when it does not exist.
  static func contents(of path: String) throws(Failure) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw Failure(path: path, problem: "cannot read: \(reason(errno))")
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(path: path, problem: "cannot read: \(reason(errno))")
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  /// Replaces `path` with `bytes` atomically: a temporary file in the same directory, flushed, then renamed.
  ///
  /// Readers see the old content or the new, never a half-written file. The
  /// directory is created (mode 0700) when missing.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
    let directory = Self.directory(of: path)
    try makeDirectories(directory)
    let temporary = "\(path).tmp.\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw Failure(path: temporary, problem: "cannot write: \(reason(errno))") }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(fd)
        unlink(temporary)
        throw Failure(path: temporary, problem: "cannot write: \(reason(code))")
      }
      offset += written
    }
    if fsync(fd) != 0 {
      let code = errno
      close(fd)
      unlink(temporary)
      throw Failure(path: temporary, problem: "cannot write: \(reason(code))")
    }
    close(fd)
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw Failure(path: path, problem: "cannot replace: \(reason(code))")
    }
  }

  /// `mkdir -p` with mode 0700 for the parts it creates.
  static func makeDirectories(_ path: String) throws(Failure) {
    guard !path.isEmpty else { return }
    var partial = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      partial += "/" + component
      if mkdir(partial, 0o700) != 0 && errno != EEXIST {
        throw Failure(path: partial, problem: "cannot create the directory: \(reason(errno))")
      }
    }
  }

  /// The directory part of a path (`.` when there is none).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The absolute path with symbolic links resolved, or `nil` when the file does not exist.
  static func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or directory"
    case EACCES: return "permission denied"
    case ENOSPC: return "no space left on the device"
    case EROFS: return "read-only file system"
    case ENOTDIR: return "a part of the path is not a directory"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
