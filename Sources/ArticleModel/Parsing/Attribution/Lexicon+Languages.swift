/// The word classes of attribution in Russian, Polish, French, German and Italian.
///
/// Reporting verbs are given in the forms news uses: past (both genders where the
/// verb inflects for it), present, perfect participles; their sets join
/// `Lexicon.reportingVerbs`. The gendered past forms of Russian and Polish also say
/// who a subjectless verb (`— сказала.`, `– dodał.`) may stand for.
extension Lexicon {
  /// Russian reporting verbs: past masculine, feminine and plural, present third person.
  static let russianReportingWords = """
    сказал сказала сказали сказано говорит говорят говорил говорила говорили говорится
    заявил заявила заявили заявляет заявляют заявлял заявляла заявлено пояснил пояснила
    пояснили поясняет отметил отметила отметили отмечает отмечают отмечено написал написала
    написали пишет пишут написано добавил добавила добавили добавляет подчеркнул подчеркнула
    подчеркнули подчеркивает подчёркивает сообщил сообщила сообщили сообщает сообщают
    рассказал рассказала рассказали рассказывает уточнил уточнила уточнили уточняет признал
    признала признали признает признаёт признался призналась заметил заметила заметили
    замечает объяснил объяснила объяснили объясняет спросил спросила спросили спрашивает
    ответил ответила ответили отвечает утверждает утверждал утверждала утверждают заверил
    заверила заверили высказался высказалась высказались считает считают полагает заключил
    заключила продолжил продолжила напомнил напомнила напомнили напоминает предупредил
    предупредила предупредили предупреждает констатировал констатировала резюмировал
    резюмировала пообещал пообещала пообещали обещает процитировал процитировала цитирует
    передает передаёт указал указала указали указывает подытожил подытожила воскликнул
    воскликнула возмутился возмутилась посетовал посетовала пожаловался пожаловалась
    призвал призвала призвали настаивает настаивал настаивала выразил выразила
    прокомментировал прокомментировала комментирует добавляют сообщило заявило отметило
    написало подчеркнуло уточнило
    """

  /// Polish reporting verbs: past masculine, feminine and plural, present third person.
  static let polishReportingWords = """
    powiedział powiedziała powiedzieli mówi mówią mówił mówiła mówili stwierdził stwierdziła
    stwierdzili stwierdza dodał dodała dodali dodaje napisał napisała napisali pisze
    podkreślił podkreśliła podkreślili podkreśla zaznaczył zaznaczyła zaznaczyli zaznacza
    ocenił oceniła ocenili ocenia wyjaśnił wyjaśniła wyjaśnili wyjaśnia tłumaczył
    tłumaczyła tłumaczy przekonywał przekonywała przekonuje zapytał zapytała zapytali pyta
    pytał pytała odpowiedział odpowiedziała odpowiada przyznał przyznała przyznali przyznaje
    twierdzi twierdził twierdziła twierdzą oświadczył oświadczyła oświadczyli ogłosił
    ogłosiła zauważył zauważyła zauważa apelował apelowała zaapelował zaapelowała ostrzegł
    ostrzegła ostrzega przypomniał przypomniała przypomina zapowiedział zapowiedziała
    zapowiada poinformował poinformowała poinformowali informuje relacjonował relacjonowała
    skomentował skomentowała komentuje zakończył zakończyła rozpoczął rozpoczęła
    przemawiał przemawiała wskazał wskazała wskazuje cytuje kontynuował kontynuowała
    podsumował podsumowała zapewnił zapewniła zapewnia mówiąc dodając pisząc podkreślając
    zwrócił zwróciła oznajmił oznajmiła wypowiedział wypowiedziała
    """

  /// French reporting verbs: past participles (after `a`), present and imperfect third person.
  static let frenchReportingWords = """
    dit dis disait déclaré déclare déclarait affirmé affirme affirmait ajouté ajoute ajoutait
    expliqué explique expliquait souligné souligne soulignait estimé estime estimait écrit
    écrivait assuré assure assurait précisé précise précisait indiqué indique indiquait
    répondu répond répondait demandé demande demandait admis admet reconnu reconnaît
    reconnait insisté insiste martelé martèle lancé lance confié confie poursuivi poursuit
    conclu conclut rappelé rappelle annoncé annonce prévenu prévient dénoncé dénonce
    regretté regrette jugé juge tweeté déploré déplore raconté raconte noté relevé relève
    commenté commente observé observe résumé résume avancé avance plaidé plaide
    """

  /// German reporting verbs: past and present third person, perfect participles.
  static let germanReportingWords = """
    sagte sagten sagt sagen gesagt erklärte erklärten erklärt betonte betonten betont schrieb
    schrieben schreibt geschrieben meinte meinten meint kritisierte kritisiert kommentierte
    kommentiert forderte fordert gefordert warnte warnt gewarnt antwortete antwortet
    geantwortet fragte fragt gefragt bekräftigte bekräftigt versicherte versichert
    unterstrich unterstreicht erläuterte erläutert ergänzte ergänzt mitgeteilt berichtete
    berichtet behauptete behauptet verkündete verkündet mahnte mahnt argumentierte
    argumentiert bemerkte bemerkt beklagte beklagt äußerte äußert zitierte zitiert twitterte
    getwittert räumte bestätigte bestätigt erzählte erzählt
    """

  /// Italian reporting verbs: past participles (after `ha`), present and past historic.
  static let italianReportingWords = """
    detto dice diceva disse dichiarato dichiara dichiarò affermato afferma affermò aggiunto
    aggiunge aggiunse spiegato spiega spiegò scritto scrive scrisse sottolineato sottolinea
    sottolineò osservato osserva ribadito ribadisce precisato precisa concluso conclude
    concluse proseguito prosegue continuato continua commentato commenta risposto risponde
    rispose chiesto chiede chiese ammesso ammette sostenuto sostiene sostenne ricordato
    ricorda annunciato annuncia avvertito avverte denunciato denuncia assicurato assicura
    evidenziato evidenzia rilevato rileva replicato replica insistito insiste twittato
    affermano dichiarano spiegano dicono
    """

  /// The reporting verbs of the five languages (not the English ones): a verb of
  /// these may stand without a subject, its speaker carried by its ending.
  static let foreignReportingVerbs: WordSet = set(foreignReportingWords)

  /// The five languages' reporting verbs as one list (one list a line: a multi-line
  /// literal ends without a line break, so lists joined without one would fuse words).
  static var foreignReportingWords: String {
    [
      russianReportingWords, polishReportingWords, frenchReportingWords, germanReportingWords,
      italianReportingWords, frenchInverted(pronoun: "il"), frenchInverted(pronoun: "elle"),
    ].joined(separator: "\n")
  }

  /// Verb-and-pronoun forms of French inversion (`dit-il`, `explique-t-elle`) and
  /// of the Italian perfect (`ha detto`) are read as their parts; these are the
  /// inverted French forms with a masculine subject.
  static let frenchInvertedMale: WordSet = set(
    frenchInverted(pronoun: "il"))
  static let frenchInvertedFemale: WordSet = set(
    frenchInverted(pronoun: "elle"))

  /// `dit-il`, `ajoute-t-il`, `a-t-il`: the inverted forms of the common verbs.
  static func frenchInverted(pronoun: String) -> String {
    let verbs = """
      dit explique ajoute précise affirme souligne assure estime poursuit conclut raconte
      insiste indique répond demande lance note rappelle reconnaît reconnait confie martèle
      observe résume admet déclare juge regrette prévient commente tranche ironise déplore
      détaille avertit plaide lâche interroge a écrit
      """
    var out: [String] = []
    for verb in verbs.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let last = verb.unicodeScalars.last!
      let vowel = last == "e" || last == "a"
      out.append(verb + (vowel ? "-t-" : "-") + pronoun)
    }
    return out.joined(separator: " ")
  }

  /// Words that may stand between a quote's closing dash or comma and its reporting
  /// verb or after the verb before its subject: auxiliaries of the perfect
  /// (`ha detto`, `a déclaré`, `hat gesagt`) and a few adverbs of manner and time.
  static let auxiliariesAndAdverbs: WordSet = set(
    """
    ha hanno aveva avevano avrebbe è sono era a ont avait avaient aurait est hat haben hatte
    hatten habe hätte ist war wurde
    ancora poi anche inoltre invece quindi infine subito più encore aussi ensuite alors enfin
    ainsi également noch auch dann zudem außerdem weiter bereits schon später
    также тоже еще ещё затем потом позже уже далее
    też także jeszcze potem później wówczas natomiast zaś
    """)

  /// Prepositions that introduce a source before or after a statement: `selon X`,
  /// `laut X`, `secondo X`, `według X`, `d'après X` (French `d'après` is one token).
  static let sourcePrepositions: WordSet = set(
    "selon d'après laut zufolge secondo według wedle")

  static let polishOn = hash("on")

  /// Words after which the reporting verb comes before its subject (`как заявил X`).
  static let invertingConjunctions: WordSet = set("как comme wie come jak")

  /// `по словам X`: the noun after `по`.
  static let poWord = hash("по")
  static let slovamWord = hash("словам")
  static let mneniyuWord = hash("мнению")
  static let dannymWord = hash("данным")

  /// Pronouns of the five languages that stand for one speaker, and their gender.
  static let foreignMalePronouns: WordSet = set("он on er lui egli il")
  static let foreignFemalePronouns: WordSet = set("она ona elle lei ella essa sie")
  /// First-person pronouns of the five languages.
  static let foreignFirstPersonPronouns: WordSet = set("я мы ja je nous ich wir io noi")
  /// Plural and indefinite pronouns that can stand for speakers.
  static let foreignPluralPronouns: WordSet = set("они oni ils elles loro")

  /// Russian and Polish past forms that show a feminine subject (`сказала`, `dodała`).
  static let feminineVerbForms: WordSet = genderedForms(feminine: true)
  /// Russian and Polish past forms that show a masculine subject (`сказал`, `dodał`).
  static let masculineVerbForms: WordSet = genderedForms(feminine: false)

  /// The forms of the Russian and Polish lists that end as the gender's past tense
  /// does (`-ла`, `-лась`, `-ła`; `-л`, `-лся`, `-ł`), read scalar by scalar.
  private static func genderedForms(feminine: Bool) -> WordSet {
    var forms: [UInt64] = []
    for list in [russianReportingWords, polishReportingWords] {
      var h = emptyHash
      // The last three scalars of the word being read.
      var c1: UInt32 = 0
      var c2: UInt32 = 0
      var c3: UInt32 = 0
      func finish() {
        guard c1 != 0 else { return }
        let isFeminine =
          (c1 == 0x430 && c2 == 0x43B) || (c1 == 0x44C && c2 == 0x441 && c3 == 0x430)
          || (c1 == 0x61 && c2 == 0x142)
        let isMasculine = c1 == 0x43B || (c1 == 0x44F && c2 == 0x441 && c3 == 0x43B) || c1 == 0x142
        if feminine ? isFeminine : isMasculine { forms.append(h) }
      }
      for scalar in list.unicodeScalars {
        if scalar == " " || scalar == "\n" {
          finish()
          h = emptyHash
          (c1, c2, c3) = (0, 0, 0)
        } else {
          h = (h ^ UInt64(Scalars.fold(scalar.value))) &* 0x100_0000_01b3
          (c3, c2, c1) = (c2, c1, scalar.value)
        }
      }
      finish()
    }
    return WordSet(forms)
  }

  /// Role nouns of the five languages, in the forms that stand before a name or
  /// after a reporting verb (nominative, and the genitive of `по словам`).
  static let foreignRoles = """
    президент президента министр министра глава главы премьер премьера пресс-секретарь
    пресс-секретаря представитель представителя посол посла депутат депутата сенатор
    губернатор губернатора мэр мэра спикер спикера директор директора председатель
    председателя руководитель руководителя эксперт эксперта аналитик аналитика политолог
    политолога экономист экономиста профессор профессора генерал генерала командующий
    канцлер канцлера вице-канцлер вице-премьер замминистра глава советник советника
    журналист журналиста ведущий ведущего телеведущий шоумен актер актёр певец писатель
    официальный архитектор инженер врач учёный ученый адвокат юрист историк социолог
    психолог учитель учительница журналистка певица актриса писательница студент студентка
    пенсионер пенсионерка житель жительница
    prezydent prezydenta minister ministra premier premiera rzecznik rzecznika poseł posła
    posłanka senator senatora szef szefa szefowa prezes prezesa dyrektor dyrektora ekspert
    eksperta analityk analityka ekonomista ekonomisty profesor profesora generał ambasador
    ambasadora przewodniczący przewodnicząca marszałek wicepremier doradca doradcy
    dziennikarz dziennikarka burmistrz wojewoda psycholog socjolog politolog radny radna
    kierowca lekarz lekarka architekt inżynier sędzia nauczyciel nauczycielka
    ministre président présidente porte-parole député députée sénateur maire directeur
    directrice chef secrétaire ambassadeur conseiller conseillère économiste chercheur
    chercheuse professeur expert analyste chancelier dirigeant patron patronne avocat
    architecte ingénieur adjoint adjointe conseillère médecin historien juge
    minister ministerin präsident präsidentin kanzler kanzlerin sprecher sprecherin
    abgeordnete abgeordneter bundestagsabgeordnete bürgermeister bürgermeisterin direktor
    direktorin chef chefin experte expertin ökonom ökonomin botschafter vorsitzende
    vorsitzender generalsekretär anwalt anwältin stadtrat stadträtin kämmerer kämmerin
    architekt architektin ingenieur ingenieurin arzt ärztin richter richterin
    ministro ministra presidente premier portavoce deputato deputata senatore senatrice
    sindaco direttore direttrice segretario segretaria ambasciatore consigliere economista
    esperto esperta analista professore professoressa generale patriarca avvocato
    virologo virologa medico primario assessore assessora ingegnere architetto tecnico
    consigliera storico giudice
    """
}
