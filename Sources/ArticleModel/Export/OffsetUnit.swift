/// The unit in which exports count `start`/`end` offsets into the input.
///
/// Python indexes strings by Unicode scalars, JavaScript (and Java, C#) by
/// UTF-16 code units, Go, Rust and C by UTF-8 bytes: each can slice the
/// input with the offsets in its own unit.
public enum OffsetUnit: String, CaseIterable, Sendable {
  case scalars
  case utf8
  case utf16
}

/// Turns scalar offsets into `unit` offsets for one article's input.
///
/// Keeps a mark every `stride` scalars (its index and offset) and walks at
/// most `stride - 1` scalars from the nearest: a 50 MB article needs a few
/// MB of marks, not a table entry per scalar.
public struct OffsetConverter: Sendable {
  private struct Mark: Sendable {
    var index: String.Index
    var offset: Int
  }

  private static let stride = 64
  private let unit: OffsetUnit
  private let scalars: String.UnicodeScalarView
  private let count: Int
  private let marks: [Mark]

  /// No conversion: offsets stay in scalars.
  public static let scalars = OffsetConverter(source: "", unit: .scalars)

  public init(source: String, unit: OffsetUnit) {
    self.unit = unit
    scalars = source.unicodeScalars
    guard unit != .scalars else {
      count = 0
      marks = []
      return
    }
    var marks: [Mark] = []
    marks.reserveCapacity(source.utf8.count / Self.stride + 1)
    var offset = 0
    var count = 0
    var index = scalars.startIndex
    while index != scalars.endIndex {
      if count % Self.stride == 0 { marks.append(Mark(index: index, offset: offset)) }
      offset += Self.width(scalars[index], in: unit)
      count += 1
      index = scalars.index(after: index)
    }
    if count % Self.stride == 0 { marks.append(Mark(index: index, offset: offset)) }
    self.count = count
    self.marks = marks
  }

  /// The offset in the chosen unit of the scalar offset `scalarOffset` (clamped to the input).
  public func callAsFunction(_ scalarOffset: Int) -> Int {
    guard unit != .scalars else { return scalarOffset }
    let target = min(max(0, scalarOffset), count)
    let mark = marks[target / Self.stride]
    var index = mark.index
    var offset = mark.offset
    for _ in 0..<(target % Self.stride) {
      offset += Self.width(scalars[index], in: unit)
      index = scalars.index(after: index)
    }
    return offset
  }

  private static func width(_ scalar: Unicode.Scalar, in unit: OffsetUnit) -> Int {
    switch unit {
    case .utf8: return UTF8.width(scalar)
    case .utf16: return UTF16.width(scalar)
    case .scalars: return 1
    }
  }
}
