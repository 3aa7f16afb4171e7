/// Turns frames into the bytes that make a terminal show them, sending only what changed.
///
/// It remembers the last frame it encoded (what the terminal shows) and, for
/// the next one, compares the grids cell by cell in one pass, writing each
/// stretch of changed cells after one cursor movement. The first frame, and
/// any frame after `forget()` or a change of size, clears the screen and
/// writes every cell that is not a blank in the default colours.
///
/// Every frame ends with the attributes reset, so whoever writes next (ncurses
/// leaving full-screen mode, a mouse-mode change) starts from plain text; the
/// cursor's place is never assumed across frames.
///
/// Cells are written as they are in the grid; layout has already turned
/// anything that could drive the terminal into a visible mark. As a second
/// guard, a control character that reached a cell anyway is written as U+FFFD,
/// and joiners and presentation selectors are left out, so that the terminal
/// cannot merge or widen graphemes behind the grid's back.
public struct FrameEncoder {
  public let codes: TerminalCodes
  /// What the terminal shows; `nil`: unknown (the next frame repaints all).
  public private(set) var shown: Screen?
  /// The bytes of `setaf`/`setab` by terminal colour number (foreground, then background).
  private var colorCodes: [[UInt8]?]
  /// A row of blanks, what a cleared screen shows (compared with on a full repaint).
  private var blankRow: [Cell] = []

  /// Whether the terminal can erase cells in place (`ech`), and does it the ECMA-48 way.
  private let erases: Bool
  private let ecma48Erase: Bool

  public init(codes: TerminalCodes) {
    self.codes = codes
    self.colorCodes = Array(repeating: nil, count: 512)
    erases = !codes.eraseCharacters(1).isEmpty
    ecma48Erase = codes.eraseCharacters(12) == Array("\u{1B}[12X".utf8)
  }

  /// Forgets what the terminal shows: the next frame clears it and repaints every cell.
  public mutating func forget() { shown = nil }

  /// Appends to `output` the bytes that make the terminal, showing the last
  /// frame encoded, show `screen` instead.
  ///
  /// - Parameter terminal: The terminal's size now, when it may differ from the
  ///   screen's (a resize not yet seen by the reader): nothing is written
  ///   beyond it, and the next frame repaints all.
  /// - Returns: The frame shown before, which is no longer needed (its storage may be
  ///   reused for a later frame).
  @discardableResult
  public mutating func encode(_ screen: Screen, terminal: Size? = nil, into output: inout [UInt8])
    -> Screen?
  {
    let size = screen.size
    let limit = terminal ?? size
    let width = min(size.width, limit.width)
    let height = min(size.height, limit.height)
    var previous = shown
    if previous?.size != size { previous = nil }
    if previous == nil {
      output += codes.resetStyle
      output += codes.clearScreen
    }
    if blankRow.count < size.width {
      // What a cleared screen shows; a terminal that cannot clear (no `clear`) shows
      // something unknown, so a repaint must then write every cell: a row of cells
      // that no grid has (three columns wide) stands for it.
      let shows = codes.clearScreen.isEmpty ? Cell(content: CellText(""), width: 3) : .blank
      blankRow = Array(repeating: shows, count: size.width)
    }
    if width > 0 && height > 0 {
      var writer = Writer(
        codes: codes, width: width, height: height, limitWidth: limit.width,
        limitHeight: limit.height, erases: erases, ecma48Erase: ecma48Erase)
      swap(&writer.colorCodes, &colorCodes)  // moved in and back out, never copied
      screen.cells.withUnsafeBufferPointer { new in
        blankRow.withUnsafeBufferPointer { blanks in
          if let previous {
            previous.cells.withUnsafeBufferPointer { old in
              writer.write(new: new, old: old, oldRowStride: size.width, stride: size.width)
            }
          } else {
            writer.write(new: new, old: blanks, oldRowStride: 0, stride: size.width)
          }
        }
      }
      writer.finish()
      writer.sink.copy(into: &output)
      swap(&writer.colorCodes, &colorCodes)
    }
    let before = shown
    previous = nil
    shown = size.width == limit.width && size.height == limit.height ? screen : nil
    return before
  }
}

extension FrameEncoder {
  /// One frame's writing: the cursor and the attributes as the terminal has them.
  struct Writer {
    let codes: TerminalCodes
    let sink: ByteSink
    var colorCodes: [[UInt8]?] = []
    /// The part of the grid drawn (the grid clipped to the terminal).
    let width: Int
    let height: Int
    /// The terminal's size (for its bottom-right cell).
    let limitWidth: Int
    let limitHeight: Int
    /// Where the cursor is; `row == -1` when unknown (after the last column, whose
    /// wrap is pending, or at the start of a frame).
    var row = -1
    var column = 0
    /// The style the terminal writes in now (frames start and end plain), and its bytes.
    var style = Style.plain
    var styleKey = Writer.key(of: .plain)
    /// Whether cells can be compared by their bytes (`CellBytes`).
    let byBytes = CellBytes.isExpectedLayout
    /// Whether the terminal can erase cells in place (`ech`), the ECMA-48 way.
    let erases: Bool
    let ecma48Erase: Bool

    init(
      codes: TerminalCodes, width: Int, height: Int, limitWidth: Int, limitHeight: Int,
      erases: Bool, ecma48Erase: Bool
    ) {
      self.codes = codes
      self.width = width
      self.height = height
      self.limitWidth = limitWidth
      self.limitHeight = limitHeight
      self.erases = erases
      self.ecma48Erase = ecma48Erase
      sink = ByteSink(capacity: width * height + 1024)
    }

    /// Compares the grids row by row and writes each stretch of changed cells.
    ///
    /// `old` row r starts at `r * oldRowStride` (0: one row compared with every row).
    mutating func write(
      new: UnsafeBufferPointer<Cell>, old: UnsafeBufferPointer<Cell>, oldRowStride: Int,
      stride: Int
    ) {
      let width = self.width
      let newBase = new.baseAddress!
      let oldBase = old.baseAddress!
      for y in 0..<height {
        let newRow = newBase + y * stride
        let oldRow = oldBase + y * oldRowStride
        var x = 0
        while x < width {
          if same(newRow + x, oldRow + x) {
            x += 1
            continue
          }
          // A change: the whole wide grapheme it belongs to goes, in either grid.
          var start = x
          if x > 0
            && ((newRow[x].width == 0 && newRow[x - 1].width == 2)
              || (oldRow[x].width == 0 && oldRow[x - 1].width == 2))
          {
            start = x - 1
          }
          var end = x + 1
          var widened = newRow[x].width == 2 || oldRow[x].width == 2
          while end < width {
            if widened || !same(newRow + end, oldRow + end) {
              widened = newRow[end].width == 2 || oldRow[end].width == 2
              end += 1
              continue
            }
            // A few unchanged cells before the next change: rewriting them costs less than
            // moving over them, when they are single characters in the look just written.
            let look = Self.key(of: newRow[end - 1].style)
            var next = end
            while next < width && next - end < Self.shortGap && same(newRow + next, oldRow + next)
              && isCheap(newRow + next, look: look)
            {
              next += 1
            }
            guard next > end, next < width, !same(newRow + next, oldRow + next) else { break }
            end = next
          }
          writeRun(newRow, y: y, from: start, to: end)
          x = end
        }
      }
    }

    /// Whether two cells are the same: the same bytes (the text's three words, the
    /// width and style) when the layout is the expected one, else equal values.
    @inline(__always)
    func same(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
      byBytes ? CellBytes.same(UnsafeRawPointer(a), UnsafeRawPointer(b)) : a.pointee == b.pointee
    }

    /// Writes the cells `from..<to` of row `y` (a run never splits a wide grapheme).
    mutating func writeRun(_ cells: UnsafePointer<Cell>, y: Int, from: Int, to: Int) {
      var end = to
      // Blanks in the default colours up to the row's end: one "clear to end of line".
      var clearFrom: Int?
      if to == limitWidth && !codes.clearToEndOfLine.isEmpty {
        var blank = to
        while blank > from && isPlainBlank(cells + blank - 1) { blank -= 1 }
        if to - blank > codes.clearToEndOfLine.count {
          clearFrom = blank
          end = blank
        }
      }
      // The terminal's last cell would scroll the screen on some terminals.
      if y == limitHeight - 1 && end == limitWidth && !codes.canWriteBottomRight && clearFrom == nil {
        end -= 1
      }
      var x = from
      // Blanks from here on were counted and found too few to erase.
      var fewBlanksUntil = from
      while x < end {
        let cell = cells + x
        let cellWidth = Int(cell.pointee.width)
        // Most cells: printable ASCII characters in one look, written as a stretch.
        if isTextASCII(cells, x, end: end) {
          if row != y || column != x { moveTo(y, x) }
          let look = Self.key(of: cell.pointee.style)
          if look != styleKey { setStyle(cell.pointee.style) }
          var stop = x + 1
          while stop < end && isTextASCII(cells, stop, end: end)
            && Self.key(of: cells[stop].style) == look
          {
            stop += 1
          }
          sink.appendASCII(cells, from: x, to: stop)
          column += stop - x
          x = stop
          if column >= limitWidth { row = -1 }  // the wrap is pending: the place is unknown
          continue
        }
        // A stretch of blanks in the default colours: erased in place (the cursor stays).
        if erases && x >= fewBlanksUntil && isPlainBlank(cell) {
          var blanks = x + 1
          while blanks < end && isPlainBlank(cells + blanks) { blanks += 1 }
          if blanks - x >= Self.eraseAtLeast {
            moveTo(y, x)
            setStyle(.plain)
            if ecma48Erase {
              sink.append(0x1B)
              sink.append(UInt8(ascii: "["))
              appendDecimal(blanks - x)
              sink.append(UInt8(ascii: "X"))  // ECH
            } else {
              sink.append(codes.eraseCharacters(blanks - x))
            }
            x = blanks
            continue
          }
          fewBlanksUntil = blanks
        }
        moveTo(y, x)
        // A wide grapheme without its second half (or cut by the last column), a stray
        // second half, or an empty text: a blank in the cell's style.
        let whole =
          (cellWidth == 1 && !cell.pointee.content.isEmpty)
          || (cellWidth == 2 && x + 1 < end && cells[x + 1].width == 0)
        setStyle(cell.pointee.style)
        if whole {
          appendText(cell)
          column += cellWidth
        } else {
          sink.append(UInt8(ascii: " "))
          column += 1
        }
        x += whole ? cellWidth : 1
        if column >= limitWidth { row = -1 }  // the wrap is pending: the place is unknown
      }
      if let clearFrom {
        moveTo(y, clearFrom)
        setStyle(.plain)
        sink.append(codes.clearToEndOfLine)
      }
    }

    /// Whether cell `x` is written as its one ASCII byte in a stretch: a printable
    /// character, or a space that does not begin two blanks (a stretch of blanks
    /// starts at its first blank, where erasing it in place is weighed).
    @inline(__always)
    func isTextASCII(_ cells: UnsafePointer<Cell>, _ x: Int, end: Int) -> Bool {
      let cell = cells + x
      guard cell.pointee.width == 1, let byte = cell.pointee.content.asciiByte else { return false }
      if byte > 0x20 && byte < 0x7F { return true }
      return byte == UInt8(ascii: " ") && (x + 1 == end || !isSpace(cells + x + 1))
    }

    /// Unchanged cells rewritten rather than moved over: at most this many (a move costs 4 bytes or more).
    static let shortGap = 4
    /// Blanks erased rather than written: at least this many (the erase and the move after it
    /// cost about 10 bytes).
    static let eraseAtLeast = 10

    /// Whether rewriting a cell costs one byte: a lone ASCII character in `look`.
    @inline(__always)
    func isCheap(_ cell: UnsafePointer<Cell>, look: UInt64) -> Bool {
      guard cell.pointee.width == 1, Self.key(of: cell.pointee.style) == look,
        let byte = cell.pointee.content.asciiByte
      else { return false }
      return byte >= 0x20 && byte < 0x7F
    }

    @inline(__always)
    func isPlainBlank(_ cell: UnsafePointer<Cell>) -> Bool {
      cell.pointee.width == 1 && cell.pointee.style == .plain && isSpace(cell)
    }

    @inline(__always)
    func isSpace(_ cell: UnsafePointer<Cell>) -> Bool {
      cell.pointee.content.asciiByte == UInt8(ascii: " ")
    }

    /// Appends a cell's text: its one byte when it is a lone ASCII character, else
    /// its scalars, made safe.
    @inline(__always)
    mutating func appendText(_ cell: UnsafePointer<Cell>) {
      if let byte = cell.pointee.content.asciiByte, byte >= 0x20 && byte < 0x7F {
        sink.append(byte)
        return
      }
      var wrote = false
      cell.pointee.content.withUTF8 { bytes in
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
          var value = scalar.value
          if value < 0x20 || (0x7F...0x9F).contains(value) { value = 0xFFFD }
          if Self.isDroppedModifier(value) { continue }
          appendUTF8(value)
          wrote = true
        }
      }
      if !wrote { sink.append(UInt8(ascii: " ")) }
    }

    mutating func appendUTF8(_ value: UInt32) {
      switch value {
      case 0..<0x80:
        sink.append(UInt8(value))
      case 0x80..<0x800:
        sink.append(UInt8(0xC0 | value >> 6))
        sink.append(UInt8(0x80 | value & 0x3F))
      case 0x800..<0x10000:
        sink.append(UInt8(0xE0 | value >> 12))
        sink.append(UInt8(0x80 | value >> 6 & 0x3F))
        sink.append(UInt8(0x80 | value & 0x3F))
      default:
        sink.append(UInt8(0xF0 | value >> 18))
        sink.append(UInt8(0x80 | value >> 12 & 0x3F))
        sink.append(UInt8(0x80 | value >> 6 & 0x3F))
        sink.append(UInt8(0x80 | value & 0x3F))
      }
    }

    /// Joiners and presentation selectors would let the terminal merge or widen
    /// graphemes behind the grid's back (a ZWJ family drawn in 2 columns where
    /// wcwidth counts 6): the parts are drawn as counted.
    static func isDroppedModifier(_ value: UInt32) -> Bool {
      switch value {
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F: return true
      default: return false
      }
    }

    /// Sends the cursor to (y, x) unless it is there.
    mutating func moveTo(_ y: Int, _ x: Int) {
      if row == y && column == x { return }
      switch codes.cursorAddressing {
      case .ecma48:
        sink.append(0x1B)
        sink.append(UInt8(ascii: "["))
        if row == y && x > column {
          appendDecimal(x - column)
          sink.append(UInt8(ascii: "C"))  // CUF: right along the row
        } else {
          appendDecimal(y + 1)
          if x > 0 {
            sink.append(UInt8(ascii: ";"))
            appendDecimal(x + 1)
          }
          sink.append(UInt8(ascii: "H"))  // CUP
        }
      case .custom(let move):
        sink.append(move(y, x))
      }
      row = y
      column = x
    }

    mutating func appendDecimal(_ value: Int) {
      if value >= 10 { appendDecimal(value / 10) }
      sink.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Makes the terminal write in `new`: only the colours when nothing else
    /// changes, else all off and then what `new` has on.
    mutating func setStyle(_ new: Style) {
      let newKey = Self.key(of: new)
      if newKey == styleKey { return }
      styleKey = newKey
      let depth = codes.colorDepth
      let available = codes.colorCount
      let foreground = TerminalColor.number(for: new.foreground, depth: depth, available: available)
      let background = TerminalColor.number(for: new.background, depth: depth, available: available)
      let oldForeground = TerminalColor.number(for: style.foreground, depth: depth, available: available)
      let oldBackground = TerminalColor.number(for: style.background, depth: depth, available: available)
      if new.attributes == style.attributes
        && (foreground >= 0 || oldForeground < 0) && (background >= 0 || oldBackground < 0)
        && new.attributes.isDisjoint(with: codes.attributesNotWithColor)
      {
        if foreground != oldForeground { appendColor(foreground, background: false) }
        if background != oldBackground { appendColor(background, background: true) }
        style = new
        return
      }
      sink.append(codes.resetStyle)
      var attributes = new.attributes
      if foreground >= 0 || background >= 0 { attributes.subtract(codes.attributesNotWithColor) }
      if attributes.contains(.bold) { sink.append(codes.bold) }
      if attributes.contains(.dim) { sink.append(codes.dim) }
      if attributes.contains(.underline) { sink.append(codes.underline) }
      if attributes.contains(.reverse) { sink.append(codes.reverse) }
      if attributes.contains(.italic) { sink.append(codes.italic) }
      if attributes.contains(.standout) { sink.append(codes.standout) }
      if foreground >= 0 { appendColor(foreground, background: false) }
      if background >= 0 { appendColor(background, background: true) }
      style = new
    }

    mutating func appendColor(_ number: Int, background: Bool) {
      guard number >= 0 && number < 256 else { return }
      let slot = number + (background ? 256 : 0)
      if let known = colorCodes[slot] {
        sink.append(known)
        return
      }
      let made = background ? codes.setBackground(number) : codes.setForeground(number)
      colorCodes[slot] = made
      sink.append(made)
    }

    /// A style's five bytes as one number (equal styles, equal numbers).
    @inline(__always)
    static func key(of style: Style) -> UInt64 {
      withUnsafeBytes(of: style) { bytes in
        UInt64(bytes.loadUnaligned(as: UInt32.self)) | UInt64(bytes[4]) << 32
      }
    }

    /// Leaves the terminal writing plain text.
    mutating func finish() {
      if style != .plain {
        sink.append(codes.resetStyle)
        style = .plain
        styleKey = Self.key(of: .plain)
      }
    }
  }
}

/// Bytes appended into storage of its own: no capacity or uniqueness check per byte
/// beyond one comparison. The storage is freed with the sink.
final class ByteSink {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  @inline(__always)
  func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = byte
    count += 1
  }

  func append(_ bytes: [UInt8]) {
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    bytes.withUnsafeBufferPointer { source in
      guard let start = source.baseAddress else { return }
      (base + count).update(from: start, count: source.count)
    }
    count += bytes.count
  }

  /// Appends the one ASCII byte of each cell `from..<to` (cells `isTextASCII` accepted).
  @inline(__always)
  func appendASCII(_ cells: UnsafePointer<Cell>, from: Int, to: Int) {
    let length = to - from
    if count + length > capacity { grow(to: count + length) }
    let target = base + count
    for index in 0..<length {
      target[index] = UInt8(truncatingIfNeeded: cells[from + index].content.lowBits)
    }
    count += length
  }

  private func grow(to needed: Int) {
    let larger = max(capacity * 2, needed)
    let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    fresh.update(from: base, count: count)
    base.deallocate()
    base = fresh
    capacity = larger
  }

  /// Appends the bytes to `output`.
  func copy(into output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }
}
