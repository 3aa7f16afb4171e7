/// Finds quotations, drops scare quotes, and attributes speech to speakers.
///
/// The stage runs in four steps over the paragraphs' display text:
/// 1. `QuotationScanner` pairs the marks of each paragraph; a quote left open at
///    a paragraph's end continues when the next paragraph opens with a mark of
///    the same family (one quotation, several pieces).
/// 2. `ParagraphTokens` reads each paragraph as words with every quote as one token.
/// 3. `Attribution` finds the speaker phrase around each quote and
///    `ScareQuoteClassifier` drops scare quotes and titles; in posts,
///    `Name: statement` gives an unquoted quotation.
/// 4. `SpeakerResolver` merges the phrases and the post authors into entities.
///
/// Cost is linear: every look-around is bounded by a fixed number of tokens.
enum QuotationExtractor {
  /// A quotation found by the scanner, before attribution.
  struct Candidate {
    var pieces: [Quotation.Piece]
    /// How many pieces have their quote token yet, and the token index of the
    /// first and of the last one in its paragraph: all attribution reads (an array
    /// of them cost an allocation for every quotation).
    var tokenCount = 0
    var firstToken = -1
    var lastToken = -1
    var kind: Quotation.Kind = .direct

    /// Notes the quote token of the next piece.
    mutating func addToken(_ index: Int) {
      if tokenCount == 0 { firstToken = index }
      lastToken = index
      tokenCount += 1
    }
  }

  /// A speaker phrase at a quotation.
  struct Found {
    var paragraph: Int
    var mention: Range<Int>  // local scalar range
    var form: Attribution.Form
    var words: [UInt64]  // name words (titles stripped) for names, head for roles
    var roles: [UInt64]
    var nameRange: Range<Int>  // local range of the name part
    /// The text of `mention`.
    var mentionText: String
    /// The text of `nameRange`.
    var nameText: String
    /// How the phrase was found: beside the quotation or carried from earlier speech.
    var via: Quotation.Attribution = .explicit
  }

  /// A quotation kept after attribution, with the texts read while its
  /// paragraphs were at hand.
  struct Kept {
    var candidate: Candidate
    var found: Found?
    /// The quotation's text: its pieces joined by spaces (one piece: a slice of its paragraph).
    var text: Substring
  }

  /// Quotes without attribution shorter than this many words are not listed: a short
  /// or medium phrase nobody is said to have spoken is more often a title or a scare quote.
  static let unattributedMinimumWords = 14

  static func extract(paragraphs: [Paragraph], posts: [SocialPost]) -> Extraction {
    let count = paragraphs.count
    guard count > 0 else { return Extraction(quotations: [], speakers: []) }
    // Whether each paragraph's text is ASCII only (filled as the paragraphs are read).
    // Through a pointer: an array captured by the resolver's closure was checked for
    // exclusive access at run time on every write.
    let isASCII = UnsafeMutableBufferPointer<Bool>.allocate(capacity: count)
    isASCII.initialize(repeating: false)
    defer { isASCII.deallocate() }
    // The paragraphs are read in order, each one once: its quotations are found
    // (1; the marks of the next paragraph are scanned one step ahead, since a quote
    // may continue there), its words read and its names harvested (2), and every
    // quotation complete by then is attributed (3). Only the scalars and tokens of
    // the paragraphs a quotation still waiting may look at are kept.
    var candidates: [Candidate] = []
    var chain: (candidate: Int, family: QuotationScanner.Family)?
    var scalars = [[Unicode.Scalar]](repeating: [], count: count)
    var tokens = [ParagraphTokens](repeating: ParagraphTokens(), count: count)
    var released = 0
    var resolver = SpeakerResolver(
      text: { p, r in
        let text = paragraphs[p].text
        return isASCII[p]
          ? String(slice(text, r, scalarCount: text.utf8.count)) : String(slice(text, r))
      },
      sourceOffset: { p, local in paragraphs[p].sourceOffset(ofLocal: local) })
    var kept: [Kept] = []
    // The last attributed quotation (its last paragraph, and where it is in `kept`):
    // a later quote in that paragraph with no words of its own continues that
    // speaker. (An index: copying the speaker phrase for every quotation costs more.)
    var lastFound: (paragraph: Int, kept: Int)?
    var attributed = 0

    // Attributes the next candidate, then lets go of its arrays: a candidate is read
    // once, and a big article has tens of thousands.
    func attributeNext() {
      let last = lastFound
      if let k = attribute(
        candidates[attributed], paragraphs: paragraphs, tokens: tokens, scalars: scalars,
        inheriting: { paragraph in
          guard let last, last.paragraph == paragraph else { return nil }
          return kept[last.kept].found
        })
      {
        if k.found != nil, let piece = k.candidate.pieces.last {
          lastFound = (piece.paragraph, kept.count)
        }
        kept.append(k)
      }
      candidates[attributed] = Candidate(pieces: [])
      attributed += 1
    }

    var tokenScratch = ParagraphTokens.Scratch()
    // The arrays of released paragraphs, whose room is used again for the next
    // ones: once they have grown, a paragraph's scalars and tokens allocate nothing.
    var scalarPool: [[Unicode.Scalar]] = []
    var tokenPool: [[ParagraphTokens.Token]] = []
    // The candidate of each top-level quote of the paragraph being read: one array
    // for all paragraphs, emptied (keeping its room) for each.
    var ids: [Int] = []
    let scalarScratch = ScalarScratch()
    var nextScalars = scalarsOf(paragraphs[0].text, scratch: scalarScratch, reusing: [])
    var nextScan = QuotationScanner.scan(nextScalars)
    // The pairs of the paragraph before, reused for the next paragraph's scan.
    var sparePairs: [Range<Int>]?
    for p in 0..<count {
      // 1. Top-level spans of the paragraph and candidates across paragraphs.
      let s = nextScalars
      let scan = nextScan
      isASCII[p] = s.count == paragraphs[p].text.utf8.count
      if p + 1 < count {
        nextScalars = scalarsOf(
          paragraphs[p + 1].text, scratch: scalarScratch, reusing: scalarPool.popLast() ?? [])
        nextScan = QuotationScanner.scan(nextScalars, reusing: sparePairs.take() ?? [])
      }
      scalars[p] = s
      var first = 0
      while first < s.count && Lexicon.isSpace(s[first]) { first += 1 }
      var accepted: Range<Int>?
      var continuing = false
      var opensChain = false
      if let u = scan.unclosed {
        let continuesChain =
          chain != nil && u.position == first && compatible(chain!.family, u.family)
          && paragraphs[p].kind == .text
        let nextOpens =
          p + 1 < count && paragraphs[p + 1].kind == .text && paragraphs[p].kind == .text
          && nextScan.opening.map { compatible($0, u.family) } == true
        if continuesChain {
          continuing = true
          opensChain = nextOpens
          accepted = u.position..<trimmedEnd(s)
        } else if nextOpens && looksLikeSpeechOpening(s, u.position) {
          opensChain = true
          accepted = u.position..<trimmedEnd(s)
        } else if looksLikeSpeechOpening(s, u.position) && trimmedEnd(s) - u.position > 1 {
          accepted = u.position..<trimmedEnd(s)
        }
      }
      var pairs = scan.pairs
      if let a = accepted { pairs = pairs.filter { !($0.lowerBound >= a.lowerBound) } + [a] }
      let top = QuotationScanner.outermost(pairs)
      // (Held only here once this paragraph is done.)
      sparePairs = scan.pairs
      ids.removeAll(keepingCapacity: true)
      for r in top {
        let piece = Quotation.Piece(paragraph: p, local: r)
        if let c = chain, r.lowerBound == first, compatibleStart(s, r, c.family) {
          candidates[c.candidate].pieces.append(piece)
          ids.append(c.candidate)
          chain = nil
          if continuing && r == accepted && opensChain { chain = c }
          continue
        }
        ids.append(candidates.count)
        candidates.append(Candidate(pieces: [piece]))
        if r == accepted && opensChain, let u = scan.unclosed {
          chain = (candidates.count - 1, u.family)
        }
      }
      if let c = chain, !(ids.last == c.candidate) { chain = nil }

      // 2. Tokens, and the names they show.
      let t = ParagraphTokens(
        scalars: s, quotes: top, ids: ids, scratch: &tokenScratch, reusing: tokenPool.popLast() ?? [])
      for (ti, tok) in t.tokens.enumerated() where tok.kind == .quote {
        candidates[tok.quote].addToken(ti)
      }
      resolver.harvest(t, scalars: s, paragraph: p)
      tokens[p] = t
      // Unquoted statements in posts: "#Lavrov: Steps by …". (The paragraph's
      // fields are read in place: a copy of the whole paragraph costs more.)
      if paragraphs[p].kind == .post, let u = unquoted(t, s, text: paragraphs[p].text, paragraph: p) {
        kept.append(u)
      }

      // 3. Attribution and scare quotes of the quotations complete so far (all
      // but the one a continuing chain may still extend), in order.
      let ready = chain.map { min($0.candidate, candidates.count) } ?? candidates.count
      while attributed < ready {
        attributeNext()
      }
      // A quotation still waiting may read its paragraph and the one before; the
      // next one may read this paragraph.
      let keepFrom = attributed < candidates.count ? candidates[attributed].pieces[0].paragraph - 1 : p
      while released < keepFrom {
        var t = ParagraphTokens()
        swap(&t, &tokens[released])
        tokenPool.append(t.tokens)
        var s: [Unicode.Scalar] = []
        swap(&s, &scalars[released])
        scalarPool.append(s)
        released += 1
      }
    }
    while attributed < candidates.count {
      attributeNext()
    }
    tokens = []
    scalars = []

    // 4. Order, speakers, quotations.
    func startOffset(_ c: Candidate) -> Int {
      let f = c.pieces[0]
      return paragraphs[f.paragraph].sourceOffset(ofLocal: f.local.lowerBound)
    }
    // Quotations, then unquoted statements, at the same offset, each kind in the order
    // it was found. The indices are sorted, not the quotations (each a few hundred
    // bytes, with their parts reference-counted), and each start is found once.
    var starts: [Int] = []
    starts.reserveCapacity(kept.count)
    var isUnquoted: [Bool] = []
    isUnquoted.reserveCapacity(kept.count)
    for i in kept.indices {
      starts.append(startOffset(kept[i].candidate))
      isUnquoted.append(kept[i].candidate.kind == .unquoted)
    }
    var sorted = Array(kept.indices)
    sorted.sort { a, b in
      if starts[a] != starts[b] { return starts[a] < starts[b] }
      if isUnquoted[a] != isUnquoted[b] { return !isUnquoted[a] }
      return a < b
    }
    enum Item {
      case quotation(Int)
      case post(Int)
    }
    var items: [(offset: Int, item: Item)] = []
    items.reserveCapacity(kept.count + posts.count)
    // Quotations, posts and their parts are read in place (`kept[i]`, `posts[i]`)
    // rather than copied, here and below: a copy retains and releases every part.
    // Quotation `n` is `kept[sorted[n]]`.
    for (n, k) in sorted.enumerated() { items.append((starts[k], .quotation(n))) }
    for i in posts.indices { items.append((posts[i].range.start, .post(i))) }
    // (Stable: a quotation and a post at the same offset stay in that order.)
    items.sort { $0.offset < $1.offset }

    var quotations: [Quotation] = []
    quotations.reserveCapacity(kept.count)
    for (n, k) in sorted.enumerated() {
      quotations.append(
        makeQuotation(index: n, kept[k].candidate, text: kept[k].text, paragraphs: paragraphs))
    }
    var order: [Int] = []  // entity indices in order of first item
    // Whether each entity is in `order` yet, by entity index (entities are
    // numbered from 0 up, and more may be made below): no hashing.
    var seen: [Bool] = []
    func note(_ e: Int) {
      if e >= seen.count { seen.append(contentsOf: repeatElement(false, count: e + 1 - seen.count)) }
      if !seen[e] {
        seen[e] = true
        order.append(e)
      }
    }
    // Short quotations whose speaker phrase turned out to name nobody.
    var unspoken: Set<Int> = []
    for (_, item) in items {
      switch item {
      case .quotation(let qi):
        // Each quotation comes once: its speaker phrase is moved out, not copied.
        guard let f = kept[sorted[qi]].found.take() else { continue }
        let position = paragraphs[f.paragraph].sourceOffset(ofLocal: f.mention.lowerBound)
        var entity: Int?
        switch f.form {
        case .name:
          entity = resolver.resolveName(
            words: f.words, display: f.nameText, roles: f.roles,
            position: position, isOrganisation: false)
        case .pronoun:
          entity = resolver.resolvePronoun(f.words.first ?? 0, position: position)
        case .role:
          entity = resolver.resolveRole(
            head: f.words.last ?? 0, display: f.mentionText,
            position: position)
        }
        quotations[qi].mention = Quotation.Mention(
          text: f.mentionText,
          range: TextRange(
            start: position, end: paragraphs[f.paragraph].sourceOffset(ofLocal: f.mention.upperBound)))
        if let e = entity {
          resolver.entities[e].quotations.append(qi)
          quotations[qi].speaker = e
          quotations[qi].attribution = f.via == .explicit && f.form != .name ? .resolved : f.via
          note(e)
        } else if quotations[qi].kind == .unquoted {
          quotations[qi].mention = nil
        } else if f.form == .name && ScareQuoteClassifier.isShortFragment(quotations[qi].text) {
          // Its "speaker" was a word that names nobody: a short fragment nobody said.
          unspoken.insert(qi)
        }
      case .post(let pi):
        let name = posts[pi].author.isEmpty ? posts[pi].handle : posts[pi].author
        guard !name.isEmpty else { continue }
        let nameScalars = Array(name.unicodeScalars)
        let nameTokens = ParagraphTokens(scalars: nameScalars, quotes: [], ids: [])
        let words = nameTokens.tokens.filter { $0.kind == .word }.map { Inflection.stemHash(nameScalars, $0) }
        var entity: Int?
        if !words.isEmpty {
          entity = resolver.resolveName(
            words: words, display: name, roles: [], position: posts[pi].range.start,
            isOrganisation: true, lookUpRuns: false)
        }
        guard let e = entity else { continue }
        if !posts[pi].handle.isEmpty {
          let handle = "@" + posts[pi].handle
          if !resolver.entities[e].aliases.contains(handle) {
            resolver.entities[e].aliases.append(handle)
          }
        }
        resolver.entities[e].posts.append(pi)
        note(e)
      }
    }
    // Unquoted statements whose speaker could not be named are dropped.
    var keepIndex: [Int] = []
    for i in quotations.indices
    where !(quotations[i].kind == .unquoted && quotations[i].speaker == nil) && !unspoken.contains(i) {
      keepIndex.append(i)
    }
    var renumber = [Int](repeating: -1, count: quotations.count)
    for (n, i) in keepIndex.enumerated() { renumber[i] = n }
    var speakerIndex: [Int: Int] = [:]
    var speakers: [Speaker] = []
    for e in order {
      let entity = resolver.entities[e]
      let qs = entity.quotations.map { renumber[$0] }.filter { $0 >= 0 }
      if qs.isEmpty && entity.posts.isEmpty { continue }
      speakerIndex[e] = speakers.count
      speakers.append(
        Speaker(
          index: speakers.count, name: entity.name,
          aliases: entity.aliases.filter { $0 != entity.name }, quotations: qs,
          posts: entity.posts))
    }
    // The kept quotations move down in place (`keepIndex` rises, so `n <= i`): no second list.
    // A swap moves them without copying; what lands at `i` is never read again.
    for (n, i) in keepIndex.enumerated() {
      if n != i { quotations.swapAt(n, i) }
      quotations[n].index = n
      quotations[n].speaker = quotations[n].speaker.flatMap { speakerIndex[$0] }
    }
    quotations.removeLast(quotations.count - keepIndex.count)
    return Extraction(quotations: quotations, speakers: speakers)
  }

  // MARK: - Helpers

  /// Step 3 for one complete candidate: its speaker phrase, or `nil` when it is a
  /// scare quote, a title or a short phrase nobody is said to have spoken.
  ///
  /// Reads the tokens and scalars of its paragraphs and of the one before.
  /// `lastFound` gives the phrase of the last attributed quotation when it ended in
  /// the given paragraph (a quote with no words of its own there continues it).
  static func attribute(
    _ c: Candidate, paragraphs: [Paragraph], tokens: [ParagraphTokens], scalars: [[Unicode.Scalar]],
    inheriting lastFound: (_ paragraph: Int) -> Found?
  ) -> Kept? {
    guard c.tokenCount == c.pieces.count, let firstPiece = c.pieces.first,
      let lastPiece = c.pieces.last
    else { return nil }
    let fp = firstPiece.paragraph
    let lp = lastPiece.paragraph
    let ft = c.firstToken
    let lt = c.lastToken
    var attribution: Attribution?
    var where_ = lp
    if c.pieces.count == 1 {
      attribution = Attribution.find(in: tokens[fp], quote: ft)
      where_ = fp
    } else {
      attribution = Attribution.after(tokens[lp], lt)
      if attribution == nil {
        attribution = Attribution.before(tokens[fp], ft, anchor: ft)
        where_ = fp
      }
    }
    var verbInSentence = false
    var inherited: Found?
    if let a = attribution, where_ == fp, let cue = a.cue,
      tokens[fp].tokens[cue].hash != Lexicon.according
    {
      verbInSentence = true
    }
    if attribution == nil && ft == 0 && fp > 0
      && paragraphs[fp - 1].kind == paragraphs[fp].kind
    {
      attribution = Attribution.findBeforeColon(in: tokens[fp - 1])
      where_ = fp - 1
    }
    // (Only the phrase is copied, and only when it is inherited: not the whole pair.)
    if attribution == nil {
      inherited = lastFound(fp)
      inherited?.via = .carried
    }
    var via = Quotation.Attribution.explicit
    if attribution == nil && inherited == nil {
      via = .carried
      if ft > 0 {
        attribution = Attribution.fromPreviousSentence(in: tokens[fp], quote: ft)
        where_ = fp
        if attribution == nil && c.pieces.count == 1 {
          attribution = Attribution.fromSentenceSubject(in: tokens[fp], quote: ft)
          via = .resolved
        }
      } else if fp > 0 && paragraphs[fp - 1].kind == paragraphs[fp].kind {
        attribution = Attribution.fromLastSentence(in: tokens[fp - 1])
        where_ = fp - 1
      }
    }
    var result = attribution.map { found($0, tokens[where_], scalars[where_], paragraph: where_) }
    result?.via = via
    if result == nil { result = inherited }
    if c.pieces.count == 1 {
      let shape = ScareQuoteClassifier.shape(scalars[fp], firstPiece.local)
      if ScareQuoteClassifier.isNotSpeech(
        tokens[fp], quote: ft, shape: shape, attributed: result != nil,
        verbInSentence: verbInSentence)
      {
        return nil
      }
      if result == nil && shape.words < unattributedMinimumWords { return nil }
    }
    let text =
      c.pieces.count == 1
      ? slice(paragraphs[fp].text, firstPiece.local, scalars: scalars[fp])
      : Substring(c.pieces.map { display(scalars[$0.paragraph], $0.local) }.joined(separator: " "))
    return Kept(candidate: c, found: result, text: text)
  }

  /// The scalars of `text`, decoded straight from its UTF-8 storage.
  ///
  /// `text` is valid UTF-8 (a Swift string), so every sequence is whole; the
  /// output is written in place, ASCII taking the short path.
  static func scalarsOf(_ text: Substring) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes -> [Unicode.Scalar] in
      let n = bytes.count
      guard let base = bytes.baseAddress, n > 0 else { return [] }
      return [Unicode.Scalar](unsafeUninitializedCapacity: n) { output, initialized in
        initialized = decode(base, n, into: output.baseAddress!)
      }
    }
  }

  /// Room to decode a paragraph's scalars in, kept from one paragraph to the next
  /// (64 KB). `scalarsOf(_:scratch:reusing:)` decodes there and copies the scalars
  /// into an array: the copy goes through code specialised for scalars, while
  /// `Array(unsafeUninitializedCapacity:)` looks the array's type up at run time,
  /// which costs more than the copy.
  struct ScalarScratch: ~Copyable {
    static let capacity = 16384
    let buffer = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: Self.capacity)

    init() {}

    deinit { buffer.deallocate() }
  }

  /// `scalarsOf(_:)`, decoding through `scratch` when the text fits there, into
  /// `reusing`: an array no longer needed, whose room is kept (or an empty one).
  static func scalarsOf(
    _ text: Substring, scratch: borrowing ScalarScratch, reusing storage: consuming [Unicode.Scalar]
  ) -> [Unicode.Scalar] {
    guard text.utf8.count <= ScalarScratch.capacity else { return scalarsOf(text) }
    storage.removeAll(keepingCapacity: true)
    var text = text
    let out = scratch.buffer
    let count = text.withUTF8 { bytes -> Int in
      guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
      return decode(base, bytes.count, into: out)
    }
    storage.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
    return storage
  }

  /// Decodes the `n` bytes of valid UTF-8 at `base` into `out` (room for `n`
  /// scalars); returns the number of scalars.
  ///
  /// One scalar a step, except that an ASCII byte with seven more bytes after it
  /// tries those eight at once. (A step of eight bytes at a time, each then decoded
  /// one by one when any was not ASCII, cost twice as much on Cyrillic text.)
  @inline(__always)
  private static func decode(
    _ base: UnsafePointer<UInt8>, _ n: Int, into out: UnsafeMutablePointer<Unicode.Scalar>
  ) -> Int {
    var i = 0
    var k = 0
    // One and two bytes decode below U+0800, always a scalar: stored as their value.
    @inline(__always) func store(small v: UInt32) {
      (out + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
      k &+= 1
    }
    while i < n {
      let b0 = UInt32(base[i])
      if b0 < 0x80 {
        if n &- i >= 8 {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            // Widened to eight 32-bit values at once (a scalar is its 32-bit value).
            let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
            UnsafeMutableRawPointer(out + k).storeBytes(of: wide, as: SIMD8<UInt32>.self)
            i &+= 8
            k &+= 8
            continue
          }
        }
        store(small: b0)
        i &+= 1
        continue
      }
      if b0 < 0xE0 && i + 1 < n {
        store(small: (b0 & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F))
        i &+= 2
        continue
      }
      var v: UInt32
      if b0 < 0xF0 && i + 2 < n {
        v = (b0 & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
        i &+= 3
      } else if i + 3 < n {
        v =
          (b0 & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12
          | UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
        i &+= 4
      } else {
        v = 0xFFFD
        i = n
      }
      (out + k).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
      k &+= 1
    }
    return k
  }

  /// Whether two mark families may continue one another across paragraphs.
  static func compatible(_ a: QuotationScanner.Family, _ b: QuotationScanner.Family) -> Bool {
    if a == b { return true }
    let doubles: Set<QuotationScanner.Family> = [.curlyDouble, .rightDouble, .lowDouble]
    return doubles.contains(a) && doubles.contains(b)
  }

  static func compatibleStart(
    _ s: [Unicode.Scalar], _ r: Range<Int>, _ family: QuotationScanner.Family
  ) -> Bool {
    guard r.lowerBound < s.count else { return false }
    let c = s[r.lowerBound].value
    switch family {
    case .straightDouble:
      return c == 0x22 || (c == 0x27 && r.lowerBound + 1 < s.count && s[r.lowerBound + 1] == "'")
    case .straightSingle: return c == 0x27
    case .curlyDouble, .rightDouble, .lowDouble: return c == 0x201C || c == 0x201D || c == 0x201E
    case .curlySingle: return c == 0x2018
    case .guillemet: return c == 0xAB
    case .singleGuillemet: return c == 0x2039
    }
  }

  /// An open mark that starts its paragraph or follows a colon or comma.
  static func looksLikeSpeechOpening(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var k = i - 1
    while k >= 0 && Lexicon.isSpace(s[k]) { k -= 1 }
    if k < 0 { return true }
    let c = s[k]
    return c == ":" || c == "," || c == "—" || c == "–"
  }

  static func trimmedEnd(_ s: [Unicode.Scalar]) -> Int {
    var e = s.count
    while e > 0 && Lexicon.isSpace(s[e - 1]) { e -= 1 }
    return e
  }

  /// The text of `s[r]` as a string, encoded straight into the string's storage.
  static func display(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
    let lo = max(0, min(r.lowerBound, s.count))
    let hi = max(lo, min(r.upperBound, s.count))
    guard hi > lo else { return "" }
    return s.withUnsafeBufferPointer { s in
      let length = utf8Width(s, lo..<hi)
      return String(unsafeUninitializedCapacity: length) { bytes in
        var n = 0
        for i in lo..<hi {
          let v = s[i].value
          if v < 0x80 {
            bytes[n] = UInt8(v)
            n &+= 1
          } else if v < 0x800 {
            bytes[n] = UInt8(0xC0 | (v >> 6))
            bytes[n &+ 1] = UInt8(0x80 | (v & 0x3F))
            n &+= 2
          } else if v < 0x10000 {
            bytes[n] = UInt8(0xE0 | (v >> 12))
            bytes[n &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            bytes[n &+ 2] = UInt8(0x80 | (v & 0x3F))
            n &+= 3
          } else {
            bytes[n] = UInt8(0xF0 | (v >> 18))
            bytes[n &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            bytes[n &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            bytes[n &+ 3] = UInt8(0x80 | (v & 0x3F))
            n &+= 4
          }
        }
        return n
      }
    }
  }

  /// `text`'s scalars `r` (clamped), as a slice of it: no copy. `scalarCount` is the
  /// number of scalars of `text`; when it is the number of bytes (ASCII) the slice is
  /// found at once, else by walking the scalars.
  static func slice(_ text: Substring, _ r: Range<Int>, scalarCount: Int) -> Substring {
    let lo = max(0, min(r.lowerBound, scalarCount))
    let hi = max(lo, min(r.upperBound, scalarCount))
    if scalarCount == text.utf8.count {
      let utf8 = text.utf8
      return text[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)]
    }
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: lo)
    return text[start..<scalars.index(start, offsetBy: hi - lo)]
  }

  /// `text`'s scalars `r` (clamped to its scalars), as a slice of it, when
  /// neither its scalars nor their number are at hand: the slice's byte offsets
  /// are found by counting scalar starts (every byte but a UTF-8 continuation
  /// byte) instead of decoding the text.
  static func slice(_ text: Substring, _ r: Range<Int>) -> Substring {
    var contiguous = text
    let (from, to) = contiguous.withUTF8 { bytes -> (Int, Int) in
      let lo = max(0, r.lowerBound)
      let hi = max(lo, r.upperBound)
      let n = bytes.count
      guard let base = bytes.baseAddress else { return (0, 0) }
      // `scalar` scalars start before byte `i`.
      var i = 0
      var scalar = 0
      // Where scalar `target` (not before `scalar`) starts, or `n`: eight bytes at a
      // time while they hold no start of it (a start is any byte but `10xxxxxx`).
      func start(of target: Int) -> Int {
        while n &- i >= 8 {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
          let starts = 8 &- continuations.nonzeroBitCount
          if scalar &+ starts > target { break }
          scalar &+= starts
          i &+= 8
        }
        while i < n {
          if base[i] & 0xC0 != 0x80 {
            if scalar == target { return i }
            scalar &+= 1
          }
          i &+= 1
        }
        return n
      }
      let from = start(of: lo)
      return (from, start(of: hi))
    }
    let utf8 = text.utf8
    return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
  }

  /// `slice(_:_:scalarCount:)` when the scalars of `text` are at hand: the
  /// slice's byte offsets are summed from their UTF-8 widths instead of walking
  /// the string.
  static func slice(_ text: Substring, _ r: Range<Int>, scalars: [Unicode.Scalar]) -> Substring {
    let utf8 = text.utf8
    if scalars.count == utf8.count { return slice(text, r, scalarCount: scalars.count) }
    let lo = max(0, min(r.lowerBound, scalars.count))
    let hi = max(lo, min(r.upperBound, scalars.count))
    let (from, to) = scalars.withUnsafeBufferPointer { s in
      let from = utf8Width(s, 0..<lo)
      return (from, from + utf8Width(s, lo..<hi))
    }
    return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
  }

  /// The number of UTF-8 bytes of the scalars `s[range]`, eight at a time.
  ///
  /// Each scalar takes one byte, and one more for each of U+0080, U+0800 and
  /// U+10000 it reaches: three compares of eight lanes. (Scalar values fit 31
  /// bits, so the lanes are compared as signed.)
  static func utf8Width(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
    var i = range.lowerBound
    let end = range.upperBound
    var width = range.count
    if let base = s.baseAddress, end &- i >= 8 {
      typealias V = SIMD8<Int32>
      let two = V(repeating: 0x7F)
      let three = V(repeating: 0x7FF)
      let four = V(repeating: 0xFFFF)
      // Minus the extra bytes (a lane of a true compare is -1).
      var extra = V()
      let raw = UnsafeRawPointer(base)
      while end &- i >= 8 {
        let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: V.self)
        extra &+=
          unsafeBitCast(v .> two, to: V.self) &+ unsafeBitCast(v .> three, to: V.self)
          &+ unsafeBitCast(v .> four, to: V.self)
        i &+= 8
      }
      width &-= Int(extra.wrappedSum())
    }
    while i < end {
      width &+= UTF8.width(s[i]) &- 1
      i &+= 1
    }
    return width
  }

  /// The speaker phrase of an attribution, with its name words.
  static func found(
    _ a: Attribution, _ t: ParagraphTokens, _ s: [Unicode.Scalar], paragraph: Int
  ) -> Found {
    let toks = t.tokens
    let mention = toks[a.mention.lowerBound].start..<toks[a.mention.upperBound - 1].end
    switch a.form {
    case .pronoun:
      let text = display(s, mention)
      return Found(
        paragraph: paragraph, mention: mention, form: .pronoun,
        words: [toks[a.mention.lowerBound].hash], roles: [], nameRange: mention,
        mentionText: text, nameText: text)
    case .role:
      var head = toks[a.mention.upperBound - 1].hash
      if toks[a.mention.upperBound - 1].isPossessive, a.mention.count > 1 {
        head = toks[a.mention.upperBound - 1].hash
      }
      // (A loop into an array of the right size: `filter` then `map` made two arrays.)
      var roles: [UInt64] = []
      roles.reserveCapacity(a.mention.count)
      for x in a.mention where toks[x].kind == .word { roles.append(toks[x].hash) }
      let text = display(s, mention)
      return Found(
        paragraph: paragraph, mention: mention, form: .role, words: [head], roles: roles,
        nameRange: mention, mentionText: text, nameText: text)
    case .name:
      var k = a.mention.lowerBound
      var roles: [UInt64] = []
      let e = a.mention.upperBound - 1
      var lastTitle = -1
      var j = k
      while j <= e {
        let tok = toks[j]
        if !tok.isCapitalised || Lexicon.titles.contains(tok.hash) || Lexicon.roles.contains(tok.hash)
          || Lexicon.notNames.contains(tok.hash)
        {
          if j < e { lastTitle = j }
        }
        j += 1
      }
      if lastTitle >= k {
        roles.reserveCapacity(lastTitle - k + 1)
        for x in k...lastTitle { roles.append(toks[x].hash) }
        k = lastTitle + 1
      }
      var words: [UInt64] = []
      words.reserveCapacity(e - k + 1)
      for x in k...e where !Attribution.particles.contains(toks[x].hash) {
        words.append(Inflection.stemHash(s, toks[x]))
      }
      var nameStart = toks[k].start
      if toks[k].isHashtag { nameStart += 1 }
      var nameEnd = toks[e].end
      if toks[e].isPossessive {
        nameEnd -= 2
      } else if toks[e].isAbbreviation && toks[e].end - toks[e].start > 2 {
        // Keep "Jr." and initials whole; nothing to trim.
      }
      let nameRange = nameStart..<max(nameStart, nameEnd)
      // The name is often the whole phrase ("Jones said"): one string for both.
      let mentionText = display(s, mention)
      return Found(
        paragraph: paragraph, mention: mention, form: .name, words: words, roles: roles,
        nameRange: nameRange, mentionText: mentionText,
        nameText: nameRange == mention ? mentionText : display(s, nameRange))
    }
  }

  /// `Name: statement` at the start of a post.
  static func unquoted(
    _ t: ParagraphTokens, _ s: [Unicode.Scalar], text: Substring, paragraph: Int
  ) -> Kept? {
    let toks = t.tokens
    var colon = -1
    var k = 0
    while k < toks.count && k < 5 {
      if toks[k].kind == .punctuation {
        if toks[k].scalar == ":" { colon = k }
        break
      }
      if !Attribution.isNameWord(toks[k]) { return nil }
      k += 1
    }
    guard colon >= 1, colon + 1 < toks.count, toks[colon + 1].kind == .word else { return nil }
    if Lexicon.notNames.contains(toks[colon - 1].hash) { return nil }
    let start = toks[colon + 1].start
    let end = postTextEnd(s, from: start)
    guard end > start else { return nil }
    let a = Attribution(mention: 0..<colon, form: .name, cue: nil)
    let f = found(a, t, s, paragraph: paragraph)
    var c = Candidate(pieces: [Quotation.Piece(paragraph: paragraph, local: start..<end)])
    c.kind = .unquoted
    return Kept(candidate: c, found: f, text: slice(text, start..<end, scalars: s))
  }

  /// Where a post's own text ends: before its links and signature.
  static func postTextEnd(_ s: [Unicode.Scalar], from: Int) -> Int {
    var end = trimmedEnd(s)
    let pic: [Unicode.Scalar] = Array("pic.twitter.com".unicodeScalars)
    let http: [Unicode.Scalar] = Array("http".unicodeScalars)
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
      guard i + word.count <= s.count else { return false }
      for j in 0..<word.count where s[i + j] != word[j] { return false }
      return true
    }
    var i = from
    while i < end {
      let c = s[i]
      if (c == "p" && matches(pic, at: i)) || (c == "h" && matches(http, at: i)) {
        end = i
        break
      }
      if c == "—" && i + 2 < s.count && Lexicon.isSpace(s[i + 1]) {
        // A signature dash: "— Jane Roe (@janeroe) …".
        var j = i + 1
        while j < s.count && j < i + 80 && s[j] != "(" { j += 1 }
        if j + 1 < s.count && s[j] == "(" && s[j + 1] == "@" {
          end = i
          break
        }
      }
      i += 1
    }
    while end > from && Lexicon.isSpace(s[end - 1]) { end -= 1 }
    return end
  }

  static func makeQuotation(
    index: Int, _ c: Candidate, text: Substring, paragraphs: [Paragraph]
  ) -> Quotation {
    let first = c.pieces[0]
    let last = c.pieces[c.pieces.count - 1]
    let start = paragraphs[first.paragraph].sourceOffset(ofLocal: first.local.lowerBound)
    let end = paragraphs[last.paragraph].sourceOffset(ofLocal: last.local.upperBound)
    return Quotation(
      index: index, text: text, range: TextRange(start: start, end: end),
      paragraph: first.paragraph, pieces: c.pieces, kind: c.kind,
      post: paragraphs[first.paragraph].post)
  }

}
