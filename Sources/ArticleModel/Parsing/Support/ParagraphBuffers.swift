/// The scalars and tokens of the paragraphs the quotation stage may still read,
/// and the room they are made in, used again from one paragraph to the next.
///
/// Once its arrays have grown, a paragraph's decoding, scan and tokens allocate
/// nothing (`bench-profile parse`: a big article has tens of thousands of
/// paragraphs). Every pool and every raw buffer of the stage is here.
struct ParagraphBuffers: ~Copyable {
  /// The scalars of paragraph `p`, until it is released.
  private(set) var scalars: [[UInt32]]
  /// The tokens of paragraph `p`, until it is released.
  private(set) var tokens: [ParagraphTokens]
  /// Whether each paragraph's text is ASCII only (known once it is stored).
  let isASCII: ParagraphFlags
  /// Paragraphs before this one are released.
  private var released = 0
  private var scalarPool: [[UInt32]] = []
  private var tokenPool: [[ParagraphTokens.Token]] = []
  /// The pairs of the last scan handed back, for the next scan.
  private var sparePairs: [Range<Int>]?
  private let scalarScratch = ScratchBuffer<UInt32>(capacity: UTF8Codec.scratchCapacity)
  private let tokenScratch = ScratchBuffer<ParagraphTokens.Token>(capacity: ParagraphTokens.scratchCapacity)

  init(paragraphCount: Int) {
    scalars = [[UInt32]](repeating: [], count: paragraphCount)
    tokens = [ParagraphTokens](repeating: ParagraphTokens(), count: paragraphCount)
    isASCII = ParagraphFlags(count: paragraphCount)
  }

  /// The scalars of `text`, in the room of a released paragraph.
  mutating func decode(_ text: Substring) -> [UInt32] {
    UTF8Codec.scalars(of: text, scratch: scalarScratch, reusing: scalarPool.popLast() ?? [])
  }

  /// The marks of a paragraph, paired in the room of the pairs handed back last.
  mutating func scan(_ scalars: [UInt32]) -> QuotationScanner.Result {
    QuotationScanner.scan(scalars, reusing: sparePairs.take() ?? [])
  }

  /// Hands back the pairs of a paragraph that is done with them.
  mutating func recycle(pairs: [Range<Int>]) {
    sparePairs = pairs
  }

  /// The tokens of a paragraph, in the room of a released one.
  mutating func tokenize(_ scalars: [UInt32], quotes: [Range<Int>], ids: [Int]) -> ParagraphTokens {
    ParagraphTokens(
      scalars: scalars, quotes: quotes, ids: ids, scratch: tokenScratch, reusing: tokenPool.popLast() ?? [])
  }

  /// Keeps paragraph `p`'s scalars (the first step of reading it).
  mutating func store(scalars decoded: [UInt32], of p: Int, utf8Count: Int) {
    isASCII[p] = decoded.count == utf8Count
    scalars[p] = decoded
  }

  /// Keeps paragraph `p`'s tokens.
  mutating func store(tokens paragraphTokens: ParagraphTokens, of p: Int) {
    tokens[p] = paragraphTokens
  }

  /// Lets go of the paragraphs before `end`, their room kept for the next ones.
  mutating func release(before end: Int) {
    while released < end {
      var releasedTokens = ParagraphTokens()
      swap(&releasedTokens, &tokens[released])
      tokenPool.append(releasedTokens.tokens)
      var releasedScalars: [UInt32] = []
      swap(&releasedScalars, &scalars[released])
      scalarPool.append(releasedScalars)
      released += 1
    }
  }

  /// Lets go of every paragraph.
  mutating func releaseAll() {
    tokens = []
    scalars = []
  }
}

/// One yes-or-no per paragraph, shared with the closures that read it.
///
/// Held through a pointer: an array captured by an escaping closure is checked
/// for exclusive access at run time on every write.
final class ParagraphFlags {
  private let flags: UnsafeMutableBufferPointer<Bool>

  init(count: Int) {
    flags = .allocate(capacity: count)
    flags.initialize(repeating: false)
  }

  deinit { flags.deallocate() }

  subscript(paragraph: Int) -> Bool {
    get { flags[paragraph] }
    set { flags[paragraph] = newValue }
  }
}

/// Room for `capacity` elements, kept from one use to the next and freed with it.
struct ScratchBuffer<Element>: ~Copyable {
  let capacity: Int
  let base: UnsafeMutablePointer<Element>

  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }
}
