/// A paragraph's display text cut into words, punctuation and quoted spans.
///
/// Quoted spans (the top-level quotations found by `QuotationScanner`) stand as
/// one token each, so the words around a quote can be read without its content.
/// Tokens carry local offsets into the paragraph text and a lower-cased hash.
struct ParagraphTokens {
  /// One token, kept small (32 bytes): paragraphs can be long.
  struct Token {
    enum Kind: UInt8 { case word, punctuation, quote }
    /// Lower-cased hash of the word (without `#`, `@` or a possessive `'s`).
    var hash: UInt64
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedQuote: Int32
    /// Punctuation scalar, or for a quote the last scalar inside its marks.
    var scalar: Unicode.Scalar
    var kind: Kind
    var isCapitalised: Bool
    var isHashtag: Bool
    var isPossessive: Bool
    /// A word whose trailing period belongs to it (`Mr.`, `U.S.`, an initial).
    var isAbbreviation: Bool
    /// A lower-case word ending in `-ly` (an adverb, most likely).
    var isAdverb: Bool
    var hasHyphen: Bool
    /// A word ending in `-ing` ("Having", "Speaking").
    var hasSuffixIng: Bool

    var start: Int { Int(storedStart) }
    var end: Int { Int(storedEnd) }
    /// Index of the candidate quotation for `.quote` tokens.
    var quote: Int { Int(storedQuote) }

    init(
      start: Int, end: Int, kind: Kind, hash: UInt64, scalar: Unicode.Scalar,
      isCapitalised: Bool, isHashtag: Bool, isPossessive: Bool, isAbbreviation: Bool,
      isAdverb: Bool = false, hasHyphen: Bool = false, hasSuffixIng: Bool = false, quote: Int
    ) {
      self.hash = hash
      storedStart = Int32(truncatingIfNeeded: start)
      storedEnd = Int32(truncatingIfNeeded: end)
      storedQuote = Int32(truncatingIfNeeded: quote)
      self.scalar = scalar
      self.kind = kind
      self.isCapitalised = isCapitalised
      self.isHashtag = isHashtag
      self.isPossessive = isPossessive
      self.isAbbreviation = isAbbreviation
      self.isAdverb = isAdverb
      self.hasHyphen = hasHyphen
      self.hasSuffixIng = hasSuffixIng
    }
  }

  var tokens: [Token] = []

  init() {}

  /// Tokenises `scalars`, replacing each span in `quotes` (sorted, disjoint, local
  /// offsets) by a quote token carrying `ids[i]`.
  init(scalars s: [Unicode.Scalar], quotes: [Range<Int>], ids: [Int]) {
    tokens.reserveCapacity(s.count / 6 + 4)
    let n = s.count
    var i = 0
    var q = 0
    while i < n {
      if q < quotes.count && i >= quotes[q].lowerBound {
        let span = quotes[q]
        var last: Unicode.Scalar = " "
        var k = span.upperBound - 1
        while k > span.lowerBound {
          let c = s[k]
          if !QuotationScanner.isQuoteMark(c) && !Lexicon.isSpace(c) {
            last = c
            break
          }
          k -= 1
        }
        tokens.append(
          Token(
            start: span.lowerBound, end: span.upperBound, kind: .quote, hash: 0, scalar: last,
            isCapitalised: false, isHashtag: false, isPossessive: false, isAbbreviation: false,
            quote: ids[q]))
        i = max(i + 1, span.upperBound)
        q += 1
        continue
      }
      let c = s[i]
      if Lexicon.isSpace(c) {
        i += 1
        continue
      }
      let startsWord =
        Lexicon.isWordScalar(c)
        || ((c == "#" || c == "@") && i + 1 < n && Lexicon.isWordScalar(s[i + 1]))
      if !startsWord {
        tokens.append(
          Token(
            start: i, end: i + 1, kind: .punctuation, hash: 0, scalar: c, isCapitalised: false,
            isHashtag: false, isPossessive: false, isAbbreviation: false, quote: -1))
        i += 1
        continue
      }
      let start = i
      let isTag = !Lexicon.isWordScalar(c)
      if isTag { i += 1 }
      let wordStart = i
      var dots = false
      var hyphen = false
      var limit = n
      if q < quotes.count { limit = min(n, quotes[q].lowerBound) }
      while i < limit {
        let d = s[i]
        if Lexicon.isWordScalar(d) {
          i += 1
          continue
        }
        // Inner apostrophes, hyphens and periods join when a letter follows.
        if (d == "'" || d == "\u{2019}" || d == "-" || d == "." || d == "&") && i + 1 < limit
          && Lexicon.isWordScalar(s[i + 1])
        {
          if d == "-" { hyphen = true }
          if d == "." {
            // Only initialisms (U.S.A.), not "end.Next".
            if i - wordStart > 3 && !dots { break }
            dots = true
          }
          i += 1
          continue
        }
        break
      }
      var end = i
      var possessive = false
      var hashEnd = end
      if end - wordStart >= 3 {
        let a = s[end - 2]
        let b = s[end - 1]
        if (a == "'" || a == "\u{2019}") && (b == "s" || b == "S") {
          possessive = true
          hashEnd = end - 2
        }
      }
      if !possessive && end < n && (s[end] == "'" || s[end] == "\u{2019}") && end - 1 >= wordStart
        && (s[end - 1] == "s") && (end + 1 >= n || !Lexicon.isWordScalar(s[end + 1]))
        && end - wordStart >= 3 && Lexicon.isUpper(s[wordStart])
      {
        // Plural or name possessive: "Jones' car".
        possessive = true
        end += 1
      }
      let h = Lexicon.hash(s, from: wordStart, to: hashEnd)
      var abbreviation = false
      if end < n && s[end] == "." {
        let len = hashEnd - wordStart
        if dots || (len == 1 && Lexicon.isUpper(s[wordStart]))
          || Lexicon.abbreviations.contains(h)
        {
          abbreviation = true
          end += 1
        }
      }
      tokens.append(
        Token(
          start: start, end: end, kind: .word, hash: h, scalar: s[wordStart],
          isCapitalised: Lexicon.isUpper(s[wordStart]), isHashtag: isTag,
          isPossessive: possessive, isAbbreviation: abbreviation,
          isAdverb: hashEnd - wordStart >= 4 && s[hashEnd - 1] == "y" && s[hashEnd - 2] == "l"
            && !Lexicon.isUpper(s[wordStart]),
          hasHyphen: hyphen,
          hasSuffixIng: hashEnd - wordStart >= 5 && s[hashEnd - 1] == "g" && s[hashEnd - 2] == "n"
            && s[hashEnd - 3] == "i",
          quote: -1))
      i = max(end, start + 1)
    }
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
      if c == "." || c == "!" || c == "?" || c == "…" {
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
