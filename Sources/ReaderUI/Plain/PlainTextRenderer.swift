import ArticleModel

/// The article as plain text, for when standard output is not a terminal.
///
/// The date on its own line, then each paragraph's display text word-wrapped
/// to `width` display columns, with a blank line between blocks. Nothing from
/// the article can reach the output as a control: every grapheme goes through
/// `DisplayWidth.units(of:)`, which turns controls into visible marks, so the
/// only byte below 0x20 in the result is the newline.
///
///     render(article, width: 20)  ->  "2018-09-27\n\nThe minister said the\ntalks would resume.\n"
public enum PlainTextRenderer {
  /// The whole article as lines of at most `width` columns, ending with a newline, without colour.
  ///
  /// See `render(_:width:theme:)`.
  public static func render(_ article: Article, width: Int) -> String {
    render(article, width: width, theme: nil)
  }

  /// Word-wraps one paragraph's text to `width` display columns.
  ///
  /// Breaks at spaces; a word wider than the line is cut between graphemes.
  /// Spaces at the ends of lines are dropped and runs of spaces fold to one.
  /// - Returns: The lines, none wider than `width` (but a wide grapheme
  ///   still takes its two columns when `width` is 1); empty for blank text.
  public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var word: [DisplayWidth.Unit] = []
    var wordWidth = 0

    func finishWord() {
      guard !word.isEmpty else { return }
      defer {
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
      }
      if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
        line += " "
        lineWidth += 1
      } else if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      for unit in word {
        if lineWidth + unit.width > width && lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line += unit.text
        lineWidth += unit.width
      }
    }

    for character in text {
      if character == " " || character == "\t" || character == "\n" || character == "\r\n"
        || character == "\r"
      {
        finishWord()
        continue
      }
      if let ascii = character.asciiValue, ascii > 0x20, ascii < 0x7F {
        // Printable ASCII is one column and safe as it is: skip the general path.
        word.append(DisplayWidth.Unit(text: String(character), width: 1))
        wordWidth += 1
        continue
      }
      for unit in DisplayWidth.units(of: character) {
        if unit.text == " " {
          finishWord()
        } else {
          word.append(unit)
          wordWidth += unit.width
        }
      }
    }
    finishWord()
    if lineWidth > 0 { lines.append(line) }
    return lines
  }
}
