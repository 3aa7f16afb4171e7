import ArgumentParser
import ArticleModel
import Corpus
import CorpusIndex

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The corpus index as the commands use it: where it is, how a file is read
/// into it, and whether it can answer for the paths of a command line.
enum IndexAccess {
  static var environment: [String: String] {
    var result: [String: String] = [:]
    for name in ["XDG_CACHE_HOME", "HOME"] {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }

  static var path: String? { CorpusIndex.defaultPath(environment: environment) }

  /// Opens (creating or rebuilding it if need be) the index; a failure when there is no place for it.
  static func open() throws -> CorpusIndex {
    guard let path else {
      Diagnostics.error("neither XDG_CACHE_HOME nor HOME is set: there is no place for the index")
      throw ExitCode.failure
    }
    do {
      return try CorpusIndex(path: path, parser: parser, report: Diagnostics.error)
    } catch {
      Diagnostics.error("\(path): \(error.message)")
      throw ExitCode.failure
    }
  }

  /// The index when it exists and holds every path as it is now (read with these settings); else `nil`.
  static func current(for paths: [String], arguments: ArticleFileArguments) -> CorpusIndex? {
    guard let path, access(path, F_OK) == 0, !paths.contains("-"),
      let settings = try? arguments.corpus.settings(),
      // Quietly: a query that cannot use the index reads the files, and the next `index` says why.
      let index = try? CorpusIndex(path: path, parser: parser, report: { _ in }),
      (try? index.scope(ifCurrent: paths, fingerprint: fingerprint(settings, force: arguments.force))) == true
    else { return nil }
    return index
  }

  /// This executable (its size and modification time): another build may parse differently.
  static var parser: String {
    var info = stat()
    guard stat("/proc/self/exe", &info) == 0 else { return "byline " + Byline.version }
    return "byline \(Byline.version) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }

  /// The reading settings as text: a file read with other fields, table or `--force` is another entry.
  static func fingerprint(_ settings: CorpusSettings, force: Bool) -> String {
    var parts = FieldNames.Role.allCases.map { role in
      role.rawValue + "=" + settings.fields[role].joined(separator: ",")
    }
    parts.append("table=" + (settings.table ?? ""))
    parts.append(force ? "force" : "")
    return parts.joined(separator: "\u{1F}")
  }

  /// Brings the index up to date with `paths`.
  /// - Parameter progress: Called as the work goes (the `index` command's line on a terminal).
  static func update(
    _ index: CorpusIndex, paths: [String], arguments: ArticleFileArguments,
    progress: ((IndexProgress) -> Void)? = nil, counting: Bool = true
  ) throws -> IndexSummary {
    let settings = try arguments.corpus.settings()
    let loader = ArticleLoader(allowBinary: arguments.force, allowEmpty: true)
    do {
      return try index.update(
        paths: paths, settings: settings, fingerprint: fingerprint(settings, force: arguments.force),
        loadText: { path in
          do {
            let loaded = try loader.load(.file(path))
            return .loaded(text: loaded.text, warnings: loaded.warnings)
          } catch let failure as ArticleLoader.Failure {
            return .failed(failure.description)
          } catch {
            return .failed("\(path): \(error)")
          }
        }, error: Diagnostics.error, warn: Diagnostics.warn, progress: progress, counting: counting)
    } catch {
      Diagnostics.error("\(index.path): \(error.message)")
      throw ExitCode.failure
    }
  }

  /// The paths of a command that needs files (standard input cannot be indexed).
  static func paths(_ arguments: ArticleFileArguments, for command: ParsableCommand.Type) throws -> [String] {
    guard !arguments.files.isEmpty else {
      throw UsageError(
        command: command, message: "\(command._commandName): give one or more article files or directories")
    }
    if arguments.files.contains("-") {
      throw UsageError(
        command: command, message: "\(command._commandName): standard input cannot be indexed; name files")
    }
    return arguments.files
  }

  /// Seconds on a steady clock.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
