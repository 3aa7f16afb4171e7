/// Deterministic, real-shaped news article text of any size, for benchmarks.
///
/// The text takes the shapes described in the project's notes on real input:
/// a `date YYYY-MM-DD` prefix, paragraphs separated by blank lines, quotations
/// in straight, curly and «» marks (with „“ nested) attributed before, after
/// and in the middle, quotations running over two paragraphs, scare quotes and
/// titles, flattened tweets with `pic.twitter.com` links and signatures, some
/// Cyrillic paragraphs and emoji. Every word comes from `Vocabulary`.
///
///     let text = SyntheticArticle.text(bytes: 1 << 20)   // about 1 MiB, seed 2026
///
/// The same size and seed always give the same text.
public enum SyntheticArticle {
  /// The default seed: every benchmark uses it unless told otherwise.
  public static let defaultSeed: UInt64 = 2026

  /// Article text of at least `bytes` UTF-8 bytes (it ends at a paragraph boundary,
  /// so it may be a few hundred bytes longer).
  public static func text(bytes: Int, seed: UInt64 = defaultSeed) -> String {
    String(decoding: utf8(bytes: bytes, seed: seed), as: UTF8.self)
  }

  /// The same text as `text(bytes:seed:)`, as UTF-8 bytes.
  public static func utf8(bytes: Int, seed: UInt64 = defaultSeed) -> [UInt8] {
    var writer = Writer(seed: seed)
    writer.output.reserveCapacity(bytes + 4096)
    writer.append("date 2019-0\(1 + writer.random.below(9))-1\(writer.random.below(10)) ")
    var first = true
    while writer.output.count < bytes {
      if !first { writer.append("\n\n") }
      first = false
      writer.paragraph()
    }
    writer.append("\n")
    return writer.output
  }
}

/// Builds the text paragraph by paragraph.
private struct Writer {
  typealias V = Vocabulary

  var random: SeededGenerator
  var output: [UInt8] = []
  /// The person most recently named in full, so that later paragraphs can
  /// refer to them by surname, role or pronoun, as articles do.
  var current = (first: "Amara", surname: "Brennan", title: "Mayor")

  init(seed: UInt64) {
    random = SeededGenerator(seed: seed)
  }

  mutating func append(_ text: String) {
    output.append(contentsOf: text.utf8)
  }

  // MARK: Paragraph shapes

  mutating func paragraph() {
    let roll = random.below(100)
    switch roll {
    case 0..<30: narrative()
    case 30..<42: quoteAfter()
    case 42..<52: quoteBefore()
    case 52..<60: quoteInTheMiddle()
    case 60..<66: quoteOverTwoParagraphs()
    case 66..<72: scareQuotes()
    case 72..<84: tweet()
    case 84..<92: russian()
    default: narrativeWithEmoji()
    }
  }

  mutating func narrative() {
    let count = 2 + random.below(4)
    for index in 0..<count {
      if index > 0 { append(" ") }
      append(sentence())
    }
  }

  mutating func narrativeWithEmoji() {
    append(sentence())
    append(" \(random.pick(V.emoji)) ")
    append(sentence())
  }

  /// `"Speech," Name said.` (or curly marks, or a role / pronoun).
  mutating func quoteAfter() {
    let (open, close) = englishMarks()
    append("\(open)\(random.pick(V.speech)),\(close) \(speakerReference()) \(random.pick(V.saidVerbs)).")
    if random.chance(50) { append(" \(sentence())") }
  }

  /// `Title First Surname said: "Speech."` or `According to Surname, "speech."`.
  mutating func quoteBefore() {
    let (open, close) = englishMarks()
    if random.chance(60) {
      introduceSomeone()
      append("\(current.title) \(current.first) \(current.surname) said: \(open)\(random.pick(V.speech)).\(close)")
    } else {
      append("\(sentence()) According to \(current.surname), \(open)\(random.pick(V.speech)).\(close)")
    }
  }

  /// `“Speech,” she said, “more speech.”`
  mutating func quoteInTheMiddle() {
    let (open, close) = englishMarks()
    append("\(open)\(random.pick(V.speech)),\(close) \(random.pick(V.pronouns)) said, ")
    append("\(open)\(random.pick(V.speech).lowercasedFirst).\(close)")
  }

  /// A quotation whose first paragraph does not close: the next one opens again.
  mutating func quoteOverTwoParagraphs() {
    let (open, close) = englishMarks()
    introduceSomeone()
    append("\(current.title) \(current.first) \(current.surname) spoke for an hour. \(open)\(random.pick(V.speech)). \(random.pick(V.speech)).")
    append("\n\n")
    append("\(open)\(random.pick(V.speech)),\(close) \(current.surname) \(random.pick(V.saidVerbs)).")
  }

  /// Quotation marks that are not speech: so-called words and titles.
  mutating func scareQuotes() {
    let (open, close) = englishMarks()
    let word = random.pick(V.scareWords)
    switch random.below(3) {
    case 0: append("\(random.pick(V.subjects)) criticised the so-called \(open)\(word)\(close) \(random.pick(V.times)). \(sentence())")
    case 1: append("\(sentence()) The plan was described as \(open)\(word)\(close) by its critics.")
    default: append("The documentary \(open)\(word)\(close) was shown at the festival \(random.pick(V.times)). \(sentence())")
    }
  }

  /// A flattened tweet: text, tags, maybe a picture link, then `— Name (@handle) Month D, YYYY`.
  mutating func tweet() {
    introduceSomeone()
    let handle = "\(current.first)\(current.surname.filter { $0.isASCII && $0.isLetter })"
    var text = random.chance(20)
      ? "\(current.surname): \(random.pick(V.speech))."  // `Name: statement`, unquoted
      : "\(random.pick(V.speech)). \(sentence())"
    text += " \(random.pick(V.hashtags))"
    if random.chance(40) { text += " \(random.pick(V.emoji))" }
    switch random.below(10) {
    case 0..<6: text += " pic.twitter.com/\(identifier(10))"
    case 6..<8: text += " https://t.co/\(identifier(10))"
    default: break  // text only
    }
    let month = random.pick(V.months)
    append("\(text) — \(current.first) \(current.surname) (@\(handle)) \(month) \(1 + random.below(28)), \(2015 + random.below(6))")
  }

  /// A Russian paragraph, sometimes a «» quotation with „“ inside, attributed after a dash.
  mutating func russian() {
    let sentence = "\(random.pick(V.cyrillicSubjects)) \(random.pick(V.cyrillicVerbs)) \(random.pick(V.cyrillicObjects))."
    if random.chance(60) {
      let speech = random.pick(V.cyrillicSpeech)
      let nested = random.chance(30) ? " „\(random.pick(V.cyrillicObjects))“" : ""
      append("\(sentence) «\(speech)\(nested)», — \(random.pick(V.cyrillicSaid)) \(current.surname).")
    } else {
      append("\(sentence) \(sentence)")
    }
  }

  // MARK: Pieces

  mutating func sentence() -> String {
    var text = "\(random.pick(V.subjects)) \(random.pick(V.verbs)) \(random.pick(V.objects)) \(random.pick(V.times))"
    if random.chance(40) { text += ", \(random.pick(V.tails))" }
    if random.chance(25) { text += ", affecting \(random.pick(V.numbers)) households" }
    return text + "."
  }

  mutating func introduceSomeone() {
    current = (random.pick(V.firstNames), random.pick(V.surnames), random.pick(V.titles))
  }

  mutating func speakerReference() -> String {
    switch random.below(4) {
    case 0: return "\(current.first) \(current.surname)"
    case 1: return current.surname
    case 2: return random.pick(V.roles)
    default: return random.pick(V.pronouns)
    }
  }

  /// Straight or curly double quotation marks (sometimes curly single ones).
  mutating func englishMarks() -> (String, String) {
    switch random.below(10) {
    case 0..<5: return ("\"", "\"")
    case 5..<9: return ("“", "”")
    default: return ("‘", "’")
    }
  }

  mutating func identifier(_ length: Int) -> String {
    var id = ""
    for _ in 0..<length { id.append(random.pick(V.idAlphabet)) }
    return id
  }
}

extension String {
  fileprivate var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
