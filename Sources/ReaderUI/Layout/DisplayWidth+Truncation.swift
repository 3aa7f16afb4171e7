extension DisplayWidth {
  /// The longest start of `text` that fits in `width` columns, with `…` when something was cut.
  ///
  ///     truncated("Sergey Lavrov", to: 8) == "Sergey …"
  public static func truncated(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if self.width(of: text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let columns = self.width(of: character)
      if used + columns > width - 1 { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }
}
