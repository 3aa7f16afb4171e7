/// A pane that can have the keyboard.
public enum Pane: Hashable, Sendable {
  case article
  case side
}
