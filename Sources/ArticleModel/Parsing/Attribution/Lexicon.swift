/// The small closed word classes the quotation stage reasons with.
///
/// Words are compared by a 64-bit hash of their lower-cased scalars (see
/// `Lexicon.hash`), so a lookup costs no allocation. The classes are general
/// grammar of news reporting (reporting verbs, determiners, pronouns, titles
/// and roles), not names taken from any article.
enum Lexicon {
  /// FNV-1a offset basis: the hash of the empty word.
  static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

  // The Unicode property look-up of the quotation scanner, out of line. Inlined, the
  // resilient types of the property values made every function using it set up room
  // for them on entry (some 150 instructions a call), whether it looked a property up or not.

  /// Whether the scalar has the Unicode `Lowercase` property.
  @inline(never)
  static func hasLowercaseProperty(_ c: UInt32) -> Bool { Unicode.Scalar(c)?.properties.isLowercase ?? false }

  /// Bits of `asciiClasses`.
  enum ASCIIClass {
    /// `Scalars.isWordCharacter`: a letter or digit.
    static let word: UInt8 = 1
    /// `Scalars.isUppercase`.
    static let upper: UInt8 = 2
    /// `Scalars.isSpace`.
    static let space: UInt8 = 4
    /// A mark that joins two parts of a word when a letter follows: `'`, `-`, `.`, `&`.
    static let joiner: UInt8 = 8
  }

  /// `Scalars.isWordCharacter`, `Scalars.isUppercase` and `Scalars.isSpace` of every ASCII value, as `ASCIIClass` bits
  /// (one load instead of a chain of compares in the tokeniser's inner loops).
  static let asciiClasses: [UInt8] = (0..<128).map { v -> UInt8 in
    let c = UInt32(v)
    return (Scalars.isWordCharacter(c) ? ASCIIClass.word : 0)
      | (Scalars.isUppercase(c) ? ASCIIClass.upper : 0)
      | (Scalars.isSpace(c) ? ASCIIClass.space : 0)
      | (c == UInt32(ascii: "'") || c == UInt32(ascii: "-") || c == UInt32(ascii: ".")
        || c == UInt32(ascii: "&") ? ASCIIClass.joiner : 0)
  }

  /// The hash of `scalars[from..<to]`, lower-cased.
  @inline(__always)
  static func hash(_ scalars: [UInt32], from: Int, to: Int) -> UInt64 {
    var h = emptyHash
    var i = from
    while i < to {
      h = (h ^ UInt64(Scalars.fold(scalars[i]))) &* 0x100_0000_01b3
      i += 1
    }
    return h
  }

  /// The hash of a word given as a string (for building the word classes).
  static func hash(_ word: String) -> UInt64 {
    let scalars = UTF8Codec.values(word)
    return hash(scalars, from: 0, to: scalars.count)
  }

  /// The set of the words of `words`, separated by spaces and line breaks
  /// (hashed straight from its scalars: the sets are built on every start).
  static func set(_ words: String) -> WordSet {
    var hashes: [UInt64] = []
    var h = emptyHash
    var inWord = false
    for scalar in words.unicodeScalars {
      if scalar == " " || scalar == "\n" {
        if inWord { hashes.append(h) }
        h = emptyHash
        inWord = false
      } else {
        h = (h ^ UInt64(Scalars.fold(scalar.value))) &* 0x100_0000_01b3
        inWord = true
      }
    }
    if inWord { hashes.append(h) }
    return WordSet(hashes)
  }

  /// A fixed set of word hashes with an open-addressing table: the hashes are
  /// already well mixed, so a lookup is a mask and a compare or two.
  struct WordSet: Sendable {
    private var table: [UInt64]
    private let mask: Int

    init(_ hashes: [UInt64]) {
      var size = 16
      while size < hashes.count * 4 { size *= 2 }
      table = Array(repeating: 0, count: size)
      mask = size - 1
      for h in hashes where h != 0 {
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while table[i] != 0 && table[i] != h { i = (i + 1) & mask }
        table[i] = h
      }
    }

    /// Every hash of `sets`.
    init(union sets: [WordSet]) {
      self.init(sets.flatMap { $0.table.filter { $0 != 0 } })
    }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
      var i = Int(truncatingIfNeeded: h >> 7) & mask
      while true {
        let v = table[i]
        if v == h { return h != 0 }
        if v == 0 { return false }
        i = (i + 1) & mask
      }
    }
  }

  /// Verbs (and verb-like cues) that report speech, in the forms news uses.
  static let reportingVerbs: WordSet = set(
    """
    say says said saying tell tells told telling add adds added adding write writes wrote
    writing written ask asks asked asking stated note notes noted explain explains
    explained explaining argue argues argued arguing claim claims claimed claiming insist insists
    insisted insisting warn warns warned warning promise promises promised promising declare
    declares declared announce announces announced continue continues continued recall recalls
    recalled reply replies replied respond responds responded tweet tweets tweeted tweeting
    posted call calls called calling describe describes described describing acknowledge
    acknowledges acknowledged admit admits admitted suggest suggests suggested predict predicts
    predicted vow vows vowed pledge pledges pledged urge urges urged conclude concludes concluded
    concede concedes conceded contend contends contended maintain maintains maintained assert
    asserts asserted observe observes observed remark remarks remarked comment comments commented
    testify testifies testified reported quip quips quipped joke jokes joked boast
    boasts boasted complain complains complained lament laments lamented shout shouts shouted yell
    yells yelled recount recounts recounted reiterate reiterates reiterated emphasize emphasizes
    emphasized emphasise emphasised stress stresses stressed confirm confirms confirmed deny denies
    denied mention mentions mentioned pointed point points blast blasts blasted slam slams slammed
    criticize criticizes criticized criticised charge charges charged accuse accuses accused
    praise praises praised thank thanks thanked answer answers answered cry cries cried exclaim
    exclaimed whisper whispered murmur murmured mutter muttered sing sings sang chant chanted
    proclaim proclaimed proclaims announcing stating noting adding telling explaining warning
    insisting arguing urging asking claiming calling describing suggesting predicting vowing
    pledging writing tweeting declaring boasting complaining lamenting recalling replying
    responding adding rejoined retorted retort added writes told wrote believes thinks feels
    hopes fears reads reports likened likens lauded lauds hailed hails derided mocked deemed ruled demanded demands countered countering interjected wondered called refer refers referred referring labeled labelled branded
    сказал сказала сказали заявил заявила заявили пояснил пояснила отметил отметила написал
    написала добавил добавила подчеркнул подчеркнула сообщил сообщила считает говорит говорится
    рассказал рассказала уточнил уточнила признал признала
    napisał napisała powiedział powiedziała dodał dodała stwierdził stwierdziła podkreślił
    podkreśliła zaznaczył zaznaczyła mówi przekonywał ocenił oceniła
    dit déclaré affirmé ajouté expliqué souligné estime estimé écrit assure assuré précisé
    sagte sagt erklärte betonte schrieb fügte meinte
    detto dichiarato spiegato aggiunto scritto affermato
    """ + "\n" + foreignReportingWords)

  /// Reporting words that are nouns as often as verbs ("a comment", "his tweets").
  static let nounLikeReportingWords: WordSet = set(
    """
    comment comments remark remarks tweet tweets claim claims reports call calls note notes
    answer answers point points post charge charges praise thanks warning promise promises
    pledge pledges vow vows reply replies joke jokes boast boasts report statement demands
    """)

  /// Participles that continue a clause: "…, saying", "…, adding".
  static let participles: WordSet = set(
    """
    saying adding telling noting arguing explaining writing asking insisting warning declaring
    claiming calling tweeting stating recalling replying responding urging suggesting
    predicting vowing pledging boasting complaining lamenting describing announcing
    """)

  /// Personal and relative pronouns that can stand for a speaker.
  static let pronouns: WordSet = set(
    """
    he she they i we it who you он она они ona oni er sie lui lei egli essa il elle ils elles loro
    я мы ja je nous ich wir io noi
    """)
  static let malePronouns: WordSet = set("he him his")
  static let femalePronouns: WordSet = set("she her hers")

  /// Determiners, quantifiers and possessive pronouns that open a noun phrase.
  static let determiners: WordSet = set(
    """
    the a an this that these those some any its their his her our your my no every each such
    so-called der die das den dem des ein eine einen einem einer les une il lo gli una le la un
    """)

  /// Words that cannot be part of a speaker phrase (function words).
  static let functionWords: WordSet = set(
    """
    the a an and or but of in on at for to from by with as that this which who whom whose when
    where while after before since because if than then there here is was are were be been being
    has have had do does did not no so also however although though yet about into over under
    it its they them their we us our you your i me my he him his she her
    и в во на с со что по для не к из от о об за как это этом этого этой эти этих том тот
    того его её ее их но а также
    i w we z ze że do nie od o na za jak oraz jego jej ich się jest
    et de des du en que qui à au aux pour dans sur par ne pas son sa ses leur
    und der die das den dem des mit von zu für auf dass nicht ein eine sich
    e di della dello delle dei degli che per con del da non nel nella alla al si
    """)

  /// Adverbs and auxiliaries that may stand between a speaker and the reporting verb.
  static let verbModifiers: WordSet = set(
    """
    also has have had would will could should may might can did does do is was are were
    even later then again once further first last previously recently repeatedly reportedly
    publicly privately separately earlier still often long never always already just
    has't hasn't didn't wouldn't not been being
    также тоже ранее позже уже еще ещё заранее неоднократно вновь снова затем потом прямо публично
    официально też także wcześniej ponownie już również aussi encore déjà également auch bereits
    schon erneut anche già nuovamente
    """)

  /// Nouns and titles that name a role ("the spokeswoman", "Foreign Minister").
  static let roles: WordSet = set(
    """
    president presidents minister ministers secretary senator sen rep representative congressman
    congresswoman governor gov mayor spokesman spokeswoman spokesperson spokespeople official
    officials diplomat ambassador envoy chairman chairwoman chair director chief head leader
    leaders candidate nominee judge justice attorney lawyer general commander prosecutor
    sheriff officer police analyst expert professor researcher economist strategist adviser
    advisor aide aides manager founder executive ceo chancellor premier king queen prince
    princess pope bishop spokesmen politician lawmaker lawmakers legislator member members
    deputy vice foreign prime state defense defence interior finance press campaign
    mr mrs ms miss dr prof sir lady lord rev gen col capt lt sgt
    colleague counterpart source sources witness voter voters resident residents author writer
    reporter journalist editor host anchor commentator pollster observer critic critics
    supporter supporters opponent opponents activist activists protester protesters
    politologist politologue political scientist student teacher doctor nurse father mother
    son daughter wife husband brother sister friend neighbor neighbour owner worker workers
    employee employees agent agents investigator investigators negotiator administration
    government ministry department agency committee commission party company firm group
    organization organisation office team campaign statement report
    """ + "\n" + foreignRoles)

  /// `titles`, `roles` and `notNames` in one set: a name run asks of each of its
  /// words whether it is any of the three (one lookup instead of three).
  static let titlesRolesAndNotNames = WordSet(union: [titles, roles, notNames])

  /// Titles that stand before a name and are not part of it.
  static let titles: WordSet = set(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir lady lord rev rev. sen sen. rep rep.
    gov gov. gen gen. col col. capt capt. lt lt. sgt sgt. st st. president vice prime foreign
    minister secretary senator representative congressman congresswoman governor mayor
    spokesman spokeswoman spokesperson ambassador chairman chairwoman director chief judge
    justice attorney general commander former candidate nominee leader deputy state defense
    interior finance sheriff premier chancellor king queen prince princess pope bishop
    presidential republican democratic democrat rival gop speaker majority minority whip
    first lady press top fm captain capt. inspector officer sergeant detective coach professor
    doctor father brother sister reverend rabbi imam cardinal archbishop colonel major lieutenant
    admiral marshal commissioner chancellor secretary-general minister-president analyst
    economist engineer lawyer economist historian author writer activist
    """)

  /// Words ending a capitalised run that make it an organisation, not a person.
  static let organisationHeads: WordSet = set(
    """
    mission department ministry party committee council news post times press agency office
    house administration campaign university institute foundation association union court
    congress senate assembly nations states bank company inc corp group service network
    commission center centre fund journal magazine review daily tribune herald channel
    un eu nato fbi cia gop police army navy force forces guard reuters bloomberg cnn bbc fox
    msnbc abc nbc cbs ap afp tass ria sputnik twitter facebook government kremlin pentagon
    white school club organization organisation coalition alliance board federation
    """)

  /// Capitalised words that start sentences or name days and months, not people
  /// (no single letters of other alphabets, which are initials, nor name particles such as `de`).
  static let notNames: WordSet = set(
    """
    the a an and or but in on at for to from by with as that this these those which when where
    while after before since because if than then there here however although though yet so
    also it its they their we our you your i my he his she her him them us
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december feb mar apr jun jul aug sep sept
    oct nov dec today yesterday tomorrow last next meanwhile still now but what why how who
    according many most some all both each every more one two three
    во на со но по для при после до из от об за как это он она они мы
    we na ze ale po dla przy do od za jak to on ona oni ja
    et mais en au dans pour par sur il elle ils elles nous on je c'est
    und aber im mit von zu für auf bei nach er sie es wir ich
    ma per con su dopo lui lei noi io si
    selon laut secondo według zufolge non nie ne pas nicht не нет oppure
    """)

  /// Abbreviations whose trailing period does not end a sentence.
  static let abbreviations: WordSet = set(
    """
    mr mrs ms dr prof sen rep gov gen col capt lt sgt st jr sr rev inc co corp ltd vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec no ft mt fig al tzw pt
    """)

  /// Words that introduce a title, a name or a nickname rather than speech.
  static let titleCues: WordSet = set(
    """
    so-called dubbed nickname nicknamed known titled entitled named film movie book song album show series novel play
    названием называемый называемая называемое называемые называемых называемой называемого
    tzw zwany zwana zwane nazywany nazywana tytułem pt
    intitulé intitulée intitulés surnommé surnommée baptisé baptisée appelé appelée soi-disant
    sogenannte sogenannten sogenannter sogenanntes genannt genannte genannten namens titel
    cosiddetto cosiddetta cosiddetti cosiddette intitolato intitolata chiamato chiamata denominato
    denominata soprannominato
    """)

  /// Conjunctions and prepositions that may follow a quoted phrase inside a sentence.
  static let connectors: WordSet = set(
    "and or but of in on at for to from by with as that which who than about against into over after before during since until because when while if among amid despite without"
  )

  /// Prepositions and articles after which a short quote is a noun phrase (a term,
  /// a name or a scare quote), unless a reporting verb is in reach.
  static let prepositionsBeforeNames: WordSet = set(
    """
    в во на о об от из к по для без при про под над
    w we o od do dla bez przy po pod nad
    de du des à au aux dans sur pour par avec sans contre chez le la les un une
    im an am auf aus bei mit nach von vom zu zum zur für gegen ohne um wegen über unter
    der die das den dem ein eine einen einem einer
    di del della dei delle nel nella nei al alla ai dal dalla con su per tra fra il lo gli
    """)

  /// Prepositions of the six languages that open a phrase no name begins with
  /// (`В заявлении`, `In a statement`, `Dans un communiqué`); name particles such as
  /// de, di, da, von and van are left out.
  static let phraseOpeningPrepositions: WordSet = set(
    """
    в во на о об от из к по для без при про под над с со у за
    w we od do dla bez przy pod nad ze
    dans sur pour par avec sans contre chez
    im am auf aus bei mit nach vom zum zur für gegen ohne wegen über unter
    nel nella nei dal dalla con su per tra fra
    in on at from with without under over for into
    """)

  /// Conjunctions that open reported speech (`said that "…"`).
  static let reportedSpeechConjunctions: WordSet = set("that что чтобы że iż que qu' dass che")

  static let according = hash("according")
  static let to = hash("to")
  static let that = hash("that")
  static let who = hash("who")
  static let the = hash("the")
  static let out = hash("out")
  static let of = hash("of")
  static let by = hash("by")
}
