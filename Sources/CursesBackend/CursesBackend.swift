import CNCursesW
import ReaderUI

/// Placeholder: the ncurses backend.
public final class CursesBackend {
  public init() {}
}
