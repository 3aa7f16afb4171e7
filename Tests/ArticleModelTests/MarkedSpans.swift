/// The scalar ranges a text marks with `⟦` and `⟧`, in the text without the
/// marks: `spans("a⟦Xa⟧ a⟦Xa⟧")` is `[1..<3, 5..<7]`, offsets in "aXa aXa".
func spans(_ marked: String) -> [Range<Int>] {
  var ranges: [Range<Int>] = []
  var offset = 0
  var start: Int?
  for scalar in marked.unicodeScalars {
    switch scalar {
    case "⟦": start = offset
    case "⟧":
      if let s = start { ranges.append(s..<offset) }
      start = nil
    default: offset += 1
    }
  }
  return ranges
}

/// `marked` without its marks.
func unmarked(_ marked: String) -> String {
  String(String.UnicodeScalarView(marked.unicodeScalars.filter { $0 != "⟦" && $0 != "⟧" }))
}
