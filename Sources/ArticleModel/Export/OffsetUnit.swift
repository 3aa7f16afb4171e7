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
public struct OffsetConverter: Sendable {
  /// `table[i]` is the offset of scalar `i`; `nil` for scalars (no work).
  private let table: [Int]?

  public static let scalars = OffsetConverter(table: nil)

  private init(table: [Int]?) { self.table = table }

  public init(source: String, unit: OffsetUnit) {
    guard unit != .scalars else {
      table = nil
      return
    }
    var table: [Int] = []
    table.reserveCapacity(source.unicodeScalars.count + 1)
    var offset = 0
    for scalar in source.unicodeScalars {
      table.append(offset)
      switch unit {
      case .utf8: offset += UTF8.width(scalar)
      case .utf16: offset += UTF16.width(scalar)
      case .scalars: offset += 1
      }
    }
    table.append(offset)
    self.table = table
  }

  /// The offset in the chosen unit of the scalar offset `scalars` (clamped to the input).
  public func callAsFunction(_ scalars: Int) -> Int {
    guard let table else { return scalars }
    return table[min(max(0, scalars), table.count - 1)]
  }
}
