import ArticleModel

/// Turns one parsed JSON object into a record, by the field names in `FieldNames`.
enum RecordFields {
  static func record(from value: JSONValue, fields: FieldNames, origin: RecordOrigin) -> RecordEvent {
    guard case .object = value else {
      return .skipped(RecordProblem(origin: origin, problem: "not a JSON object"))
    }
    guard let text = find(.text, in: value, fields: fields), !isBlank(text) else {
      let names = fields[.text].joined(separator: ", ")
      return .skipped(RecordProblem(origin: origin, problem: "no text (none in the fields \(names))"))
    }
    let metadata = ArticleMetadata(
      id: find(.id, in: value, fields: fields).map(trimmed),
      title: find(.title, in: value, fields: fields).map(trimmed),
      source: find(.source, in: value, fields: fields).map(trimmed),
      date: find(.date, in: value, fields: fields).map(trimmed),
      author: find(.author, in: value, fields: fields).map(trimmed),
      url: find(.url, in: value, fields: fields).map(trimmed))
    return .record(ArticleRecord(text: text, metadata: metadata.cleaned, origin: origin))
  }

  /// The first of the role's fields with a usable value: a string, a number's text, or strings joined (`authors`).
  private static func find(_ role: FieldNames.Role, in object: JSONValue, fields: FieldNames) -> String? {
    for name in fields[role] {
      switch object[name] {
      case .string(let text)?: return text
      case .number(let text)?: return text
      case .array(let items)?:
        let strings = items.compactMap { item -> String? in
          if case .string(let text) = item, !isBlank(text) { return trimmed(text) }
          return nil
        }
        if !strings.isEmpty { return strings.joined(separator: ", ") }
      default: continue
      }
    }
    return nil
  }

  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }

  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension ArticleMetadata {
  /// Empty fields dropped, and the line breaks and controls of one-line fields made spaces.
  var cleaned: ArticleMetadata {
    func clean(_ value: String?) -> String? {
      guard let value else { return nil }
      var text = ""
      for scalar in value.unicodeScalars {
        if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
          if !text.hasSuffix(" ") { text.unicodeScalars.append(" ") }
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
      let trimmed = RecordFields.trimmed(text)
      return trimmed.isEmpty ? nil : trimmed
    }
    return ArticleMetadata(
      id: clean(id), title: clean(title), source: clean(source), date: clean(date), author: clean(author),
      url: clean(url))
  }
}
