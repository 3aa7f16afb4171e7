/// A paragraph's display text cut into words, punctuation and quoted spans.
///
/// Quoted spans (the top-level quotations found by `QuotationScanner`) stand as
/// one token each, so the words around a quote can be read without its content.
/// Tokens carry local offsets into the paragraph text and a lower-cased hash.
struct ParagraphTokens {
  /// One token, kept small (32 bytes): paragraphs can be long.
  ///
  /// Its yes-or-no properties are bits of one byte, written with one store (the
  /// tokeniser writes a quarter of a million tokens for every 2 MB of text).
  struct Token {
    enum Kind: UInt8 { case word, punctuation, quote }
    /// Lower-cased hash of the word (without `#`, `@` or a possessive `'s`).
    var hash: UInt64
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedQuote: Int32
    /// Punctuation scalar, or for a quote the last scalar inside its marks.
    var scalar: UInt32
    var kind: Kind
    private var flags: UInt8

    private enum Flag {
      static let capitalised: UInt8 = 1
      static let hashtag: UInt8 = 2
      static let possessive: UInt8 = 4
      static let abbreviation: UInt8 = 8
      static let adverb: UInt8 = 16
      static let hyphen: UInt8 = 32
      static let suffixIng: UInt8 = 64
    }

    var isCapitalised: Bool { flags & Flag.capitalised != 0 }
    var isHashtag: Bool { flags & Flag.hashtag != 0 }
    var isPossessive: Bool { flags & Flag.possessive != 0 }
    /// A word whose trailing period belongs to it (`Mr.`, `U.S.`, an initial).
    var isAbbreviation: Bool { flags & Flag.abbreviation != 0 }
    /// A lower-case word ending in `-ly` (an adverb, most likely).
    var isAdverb: Bool { flags & Flag.adverb != 0 }
    var hasHyphen: Bool { flags & Flag.hyphen != 0 }
    /// A word ending in `-ing` ("Having", "Speaking").
    var hasSuffixIng: Bool { flags & Flag.suffixIng != 0 }

    var start: Int { Int(storedStart) }
    var end: Int { Int(storedEnd) }
    /// Index of the candidate quotation for `.quote` tokens.
    var quote: Int { Int(storedQuote) }

    @inline(__always)
    init(
      start: Int, end: Int, kind: Kind, hash: UInt64, scalar: UInt32,
      isCapitalised: Bool, isHashtag: Bool, isPossessive: Bool, isAbbreviation: Bool,
      isAdverb: Bool = false, hasHyphen: Bool = false, hasSuffixIng: Bool = false, quote: Int
    ) {
      self.hash = hash
      storedStart = Int32(truncatingIfNeeded: start)
      storedEnd = Int32(truncatingIfNeeded: end)
      storedQuote = Int32(truncatingIfNeeded: quote)
      self.scalar = scalar
      self.kind = kind
      flags =
        (isCapitalised ? Flag.capitalised : 0) | (isHashtag ? Flag.hashtag : 0)
        | (isPossessive ? Flag.possessive : 0)
        | (isAbbreviation ? Flag.abbreviation : 0) | (isAdverb ? Flag.adverb : 0)
        | (hasHyphen ? Flag.hyphen : 0) | (hasSuffixIng ? Flag.suffixIng : 0)
    }
  }

  var tokens: [Token] = []

  init() {}

  /// Tokenises `scalars`, replacing each span in `quotes` (sorted, disjoint, local
  /// offsets) by a quote token carrying `ids[i]`.
  ///
  /// `usingPlainLane: false` reads every scalar through the general loop, without
  /// `plainStretch` (the tests' reference: both give the same tokens).
  init(scalars: [UInt32], quotes: [Range<Int>], ids: [Int], usingPlainLane: Bool = true) {
    tokens = scalars.withUnsafeBufferPointer { s in
      Lexicon.asciiClasses.withUnsafeBufferPointer { classes in
        Self.tokenize(
          s, classes: classes.baseAddress!, quotes: quotes, ids: ids, usingPlainLane: usingPlainLane)
      }
    }
  }

  /// The tokens written at once before they are copied into their array (128 KB):
  /// a paragraph with more is copied out in batches.
  static let scratchCapacity = 4096

  /// `init(scalars:quotes:ids:)`, writing through `scratch` (room for
  /// `scratchCapacity` tokens, kept from one paragraph to the next) into
  /// `reusing`, an array of tokens no longer needed: its room is kept, so that a
  /// paragraph allocates nothing once the arrays have grown.
  init(
    scalars: [UInt32], quotes: [Range<Int>], ids: [Int], scratch: borrowing ScratchBuffer<Token>,
    reusing storage: consuming [Token]
  ) {
    storage.removeAll(keepingCapacity: true)
    scalars.withUnsafeBufferPointer { s in
      Lexicon.asciiClasses.withUnsafeBufferPointer { classes in
        guard s.count > 0, let p = s.baseAddress else { return }
        Self.tokenize(
          p, s.count, classes: classes.baseAddress!, quotes: quotes, ids: ids, into: scratch.base,
          capacity: scratch.capacity, usingPlainLane: true, appendingTo: &storage)
      }
    }
    tokens = storage
  }

  /// The tokens of `s` (see `init(scalars:quotes:ids:)`); `classes` is
  /// `Lexicon.asciiClasses`, fetched once by the caller.
  private static func tokenize(
    _ s: UnsafeBufferPointer<UInt32>, classes: UnsafePointer<UInt8>, quotes: [Range<Int>],
    ids: [Int], usingPlainLane: Bool
  ) -> [Token] {
    let n = s.count
    guard n > 0, let p = s.baseAddress else { return [] }
    // Every token takes at least one scalar: room for `n` is enough for one batch.
    let capacity = min(n, scratchCapacity)
    var tokens: [Token] = []
    withUnsafeTemporaryAllocation(of: Token.self, capacity: capacity) { buffer in
      tokenize(
        p, n, classes: classes, quotes: quotes, ids: ids, into: buffer.baseAddress!, capacity: capacity,
        usingPlainLane: usingPlainLane, appendingTo: &tokens)
    }
    return tokens
  }

  /// The loop of `tokenize(_:classes:quotes:ids:)`: appends the tokens of `p[0..<n]`
  /// to `result`.
  ///
  /// Tokens are written in place at `out` (room for `capacity`), and copied to
  /// `result` in batches, instead of being appended one by one (each append checks
  /// uniqueness and capacity, and the array regrows). Where an ASCII letter or
  /// digit starts a word, the plain text from there is read by `plainStretch`
  /// (unless `usingPlainLane` is `false`), and the loop goes on where it stops.
  @inline(__always)
  private static func tokenize(
    _ p: UnsafePointer<UInt32>, _ n: Int, classes: UnsafePointer<UInt8>, quotes: [Range<Int>],
    ids: [Int], into out: UnsafeMutablePointer<Token>, capacity: Int, usingPlainLane: Bool,
    appendingTo result: inout [Token]
  ) {
    var count = 0
    @inline(__always) func append(_ token: Token) {
      if count == capacity {
        result.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
        count = 0
      }
      (out + count).initialize(to: token)
      count &+= 1
    }
    @inline(__always) func isWord(_ c: UInt32) -> Bool {
      if c < 0x80 { return classes[Int(c)] & Lexicon.ASCIIClass.word != 0 }
      return Scalars.isWordCharacter(c)
    }
    @inline(__always) func isSpace(_ c: UInt32) -> Bool {
      if c < 0x80 { return classes[Int(c)] & Lexicon.ASCIIClass.space != 0 }
      return Scalars.isSpace(c)
    }
    var i = 0
    var q = 0
    // Where the next quote starts (`n` when none is left).
    var nextQuote = quotes.isEmpty ? n : quotes[0].lowerBound
    while i < n {
      if i >= nextQuote {
        let span = quotes[q]
        var last: UInt32 = UInt32(ascii: " ")
        var k = span.upperBound - 1
        while k > span.lowerBound {
          let c = p[k]
          if !QuotationScanner.isQuoteMark(c) && !Scalars.isSpace(c) {
            last = c
            break
          }
          k -= 1
        }
        append(
          Token(
            start: span.lowerBound, end: span.upperBound, kind: .quote, hash: 0, scalar: last,
            isCapitalised: false, isHashtag: false, isPossessive: false, isAbbreviation: false,
            quote: ids[q]))
        i = max(i + 1, span.upperBound)
        q += 1
        nextQuote = q < quotes.count ? quotes[q].lowerBound : n
        continue
      }
      let c = p[i]
      if isSpace(c) {
        i += 1
        continue
      }
      if usingPlainLane && c < 0x80 && classes[Int(c)] & Lexicon.ASCIIClass.word != 0 {
        // (Through a copy: `count` itself, which `append` captures, is checked at run time
        // when passed `inout`.)
        var written = count
        let stop = plainStretch(
          p, from: i, limit: min(n, nextQuote), count: n, classes: classes, into: out, written: &written,
          capacity: capacity)
        count = written
        // (Where the stretch stops at its first word, the word is read below.)
        if stop != i {
          i = stop
          continue
        }
      }
      let isTag = !isWord(c)
      if isTag && !((c == UInt32(ascii: "#") || c == UInt32(ascii: "@")) && i + 1 < n && isWord(p[i + 1])) {
        append(
          Token(
            start: i, end: i + 1, kind: .punctuation, hash: 0, scalar: c, isCapitalised: false,
            isHashtag: false, isPossessive: false, isAbbreviation: false, quote: -1))
        i += 1
        continue
      }
      let start = i
      if isTag { i += 1 }
      let wordStart = i
      var dots = false
      var hyphen = false
      // Whether an apostrophe joined two parts of the word (`it's`, `Trump’s`).
      var apostrophe = false
      let limit = min(n, nextQuote)
      // The hash of the word as read so far (see `Lexicon.hash`).
      var h = Lexicon.emptyHash
      while i < limit {
        // A run of ASCII letters and digits, in a loop of its own with its own
        // copies of the index and the hash (kept in registers).
        var j = i
        var runHash = h
        while j < limit {
          let v = p[j]
          guard v < 0x80 else { break }
          let cls = classes[Int(v)]
          guard cls & Lexicon.ASCIIClass.word != 0 else { break }
          // `Scalars.fold` of an ASCII letter or digit sets bit 0x20 (a digit and a
          // lower-case letter have it already).
          runHash = (runHash ^ UInt64(v | 0x20)) &* 0x100_0000_01b3
          j &+= 1
        }
        i = j
        h = runHash
        guard i < limit else { break }
        let d = p[i]
        let v = d
        // Most words end at a space or a punctuation mark that joins nothing.
        if v < 0x80 && classes[Int(v)] & Lexicon.ASCIIClass.joiner == 0 { break }
        if v >= 0x80 && Scalars.isWordCharacter(d) {
          h = (h ^ UInt64(Scalars.fold(v))) &* 0x100_0000_01b3
          i &+= 1
          continue
        }
        // Inner apostrophes, hyphens and periods join when a letter follows.
        if (d == UInt32(ascii: "'") || d == 0x2019 || d == UInt32(ascii: "-") || d == UInt32(ascii: ".")
          || d == UInt32(ascii: "&")) && i + 1 < limit
          && isWord(p[i + 1])
        {
          if d == UInt32(ascii: "-") { hyphen = true }
          if d == UInt32(ascii: "'") || d == 0x2019 { apostrophe = true }
          if d == UInt32(ascii: ".") {
            // Only initialisms (U.S.A.), not "end.Next".
            if i - wordStart > 3 && !dots { break }
            dots = true
          }
          h = (h ^ UInt64(Scalars.fold(d))) &* 0x100_0000_01b3
          i += 1
          continue
        }
        break
      }
      var end = i
      var possessive = false
      var hashEnd = end
      let first = p[wordStart]
      let capitalised =
        first < 0x80
        ? classes[Int(first)] & Lexicon.ASCIIClass.upper != 0
        : Scalars.isUppercase(first) || Scalars.isUncasedLetter(first)
      if apostrophe && end - wordStart >= 3 {
        let a = p[end - 2]
        let b = p[end - 1]
        if (a == UInt32(ascii: "'") || a == 0x2019) && (b == UInt32(ascii: "s") || b == UInt32(ascii: "S")) {
          possessive = true
          hashEnd = end - 2
        }
      }
      if !possessive && end < n && (p[end] == UInt32(ascii: "'") || p[end] == 0x2019) && end - 1 >= wordStart
        && (p[end - 1] == UInt32(ascii: "s")) && (end + 1 >= n || !isWord(p[end + 1]))
        && end - wordStart >= 3 && capitalised
      {
        // Plural or name possessive: "Jones' car".
        possessive = true
        end += 1
      }
      if hashEnd < i {
        // A possessive `'s` is not part of the word's hash.
        h = Lexicon.emptyHash
        var k = wordStart
        while k < hashEnd {
          h = (h ^ UInt64(Scalars.fold(p[k]))) &* 0x100_0000_01b3
          k += 1
        }
      }
      var abbreviation = false
      if end < n && p[end] == UInt32(ascii: ".") {
        let len = hashEnd - wordStart
        if dots || (len == 1 && capitalised) || Lexicon.abbreviations.contains(h) {
          abbreviation = true
          end += 1
        }
      }
      let length = hashEnd - wordStart
      append(
        Token(
          start: start, end: end, kind: .word, hash: h, scalar: first,
          isCapitalised: capitalised, isHashtag: isTag,
          isPossessive: possessive, isAbbreviation: abbreviation,
          isAdverb: length >= 4 && p[hashEnd - 1] == UInt32(ascii: "y")
            && p[hashEnd - 2] == UInt32(ascii: "l") && !capitalised,
          hasHyphen: hyphen,
          hasSuffixIng: length >= 5 && p[hashEnd - 1] == UInt32(ascii: "g")
            && p[hashEnd - 2] == UInt32(ascii: "n")
            && p[hashEnd - 3] == UInt32(ascii: "i"),
          quote: -1))
      i = max(end, start + 1)
    }
    result.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
  }

  /// Reads plain text from `i` (an ASCII letter or digit) up to `limit` (the next
  /// quote or the end): ASCII words, white space and ASCII punctuation, the tokens
  /// the general loop of `tokenize` would make, in a loop of its own with few values
  /// to keep (the general loop keeps many, and reloads them for every word).
  ///
  /// It stops, and returns where, at anything else: a scalar from U+0080 up, `#`,
  /// `@`, a word followed by `'`, `-` or `&`, or by `.` and what may be a letter
  /// (an initialism), a word running into the next quote, or a full `out`. A word
  /// it cannot finish is left whole to the general loop. `written` is the number
  /// of tokens at `out` (room for `capacity`).
  @inline(never)
  private static func plainStretch(
    _ p: UnsafePointer<UInt32>, from start: Int, limit: Int, count n: Int,
    classes: UnsafePointer<UInt8>, into out: UnsafeMutablePointer<Token>, written: inout Int,
    capacity: Int
  ) -> Int {
    var i = start
    var count = written
    defer { written = count }
    while i < limit && count < capacity {
      let v = p[i]
      guard v < 0x80 else { return i }
      let cls = classes[Int(v)]
      if cls & Lexicon.ASCIIClass.space != 0 {
        i &+= 1
        continue
      }
      if cls & Lexicon.ASCIIClass.word == 0 {
        guard v != UInt32(ascii: "#") && v != UInt32(ascii: "@") else { return i }
        (out + count).initialize(
          to: Token(
            start: i, end: i + 1, kind: .punctuation, hash: 0, scalar: p[i], isCapitalised: false,
            isHashtag: false, isPossessive: false, isAbbreviation: false, quote: -1))
        count &+= 1
        i &+= 1
        continue
      }
      // A word: ASCII letters and digits, hashed as `tokenize` hashes them.
      let wordStart = i
      var h = Lexicon.emptyHash
      var j = i
      while j < limit {
        let w = p[j]
        guard w < 0x80, classes[Int(w)] & Lexicon.ASCIIClass.word != 0 else { break }
        h = (h ^ UInt64(w | 0x20)) &* 0x100_0000_01b3
        j &+= 1
      }
      let capitalised = cls & Lexicon.ASCIIClass.upper != 0
      var end = j
      var abbreviation = false
      if j < limit {
        let d = p[j]
        guard d < 0x80 else { return wordStart }
        if classes[Int(d)] & Lexicon.ASCIIClass.joiner != 0 {
          // Only a period that no letter or digit may follow ends the word here.
          guard d == UInt32(ascii: ".") else { return wordStart }
          if j + 1 < limit {
            let e = p[j + 1]
            guard e < 0x80, classes[Int(e)] & Lexicon.ASCIIClass.word == 0 else { return wordStart }
          }
          if (j - wordStart == 1 && capitalised) || Lexicon.abbreviations.contains(h) {
            abbreviation = true
            end &+= 1
          }
        }
      } else if j < n {
        // A quote starts right after the word ("Jones'" may be a possessive).
        return wordStart
      }
      let length = j - wordStart
      (out + count).initialize(
        to: Token(
          start: wordStart, end: end, kind: .word, hash: h, scalar: p[wordStart],
          isCapitalised: capitalised, isHashtag: false, isPossessive: false,
          isAbbreviation: abbreviation,
          isAdverb: length >= 4 && p[j - 1] == UInt32(ascii: "y") && p[j - 2] == UInt32(ascii: "l")
            && !capitalised,
          hasSuffixIng: length >= 5 && p[j - 1] == UInt32(ascii: "g") && p[j - 2] == UInt32(ascii: "n")
            && p[j - 3] == UInt32(ascii: "i"),
          quote: -1))
      count &+= 1
      i = end
    }
    return i
  }

  /// Whether the word token at `t` contains a hyphen ("early-morning").
  func isHyphenated(_ t: Int) -> Bool {
    tokens[t].hasHyphen
  }

  /// Whether the token is a sentence-ending punctuation mark.
  func endsSentence(_ t: Int) -> Bool {
    let tok = tokens[t]
    if tok.kind == .punctuation {
      let c = tok.scalar
      if c == UInt32(ascii: ".") || c == UInt32(ascii: "!") || c == UInt32(ascii: "?") || c == 0x2026 {
        // "? he asked" style continuations stay in the sentence.
        if t + 1 < tokens.count && tokens[t + 1].kind == .word && !tokens[t + 1].isCapitalised {
          return false
        }
        return true
      }
    }
    return false
  }
}
