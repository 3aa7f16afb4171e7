import ArticleModel
import Testing

/// One attribution shape of one language: a short invented text and the speaker
/// its first quotation should get.
struct AttributionCase: CustomTestStringConvertible, Sendable {
  var text: String
  var speaker: String?
  var testDescription: String { String(text.prefix(60)) }

  init(_ text: String, _ speaker: String?) {
    self.text = text
    self.speaker = speaker
  }
}

extension Article {
  /// The speaker name of quotation `i`, if any.
  func speakerName(ofQuotation i: Int) -> String? {
    guard quotations.indices.contains(i), let s = quotations[i].speaker else { return nil }
    return speakers[s].name
  }
}

/// Russian: the dash after the closing guillemet, verb before the subject, `по словам`,
/// a subjectless verb whose ending gives the gender, case forms of one name.
@Suite struct RussianAttributionTests {
  static let cases: [AttributionCase] = [
    AttributionCase("«Мост откроют в среду», — заявил Игорь Дымов.", "Игорь Дымов"),
    AttributionCase("«Денег хватит до весны», – отметила Анна Колесникова.", "Анна Колесникова"),
    AttributionCase(
      "Инженер Павел Гринёв осмотрел опоры. «Опоры выдержат», — с улыбкой сказал Гринёв.", "Павел Гринёв"),
    AttributionCase(
      "Архитектор Вера Соловьёва показала проект. «Мы начнём с набережной», — пояснила она.",
      "Вера Соловьёва"),
    AttributionCase(
      "Главный инженер Олег Ракитин приехал утром. По словам Ракитина, «работы идут по графику».",
      "Олег Ракитин"),
    AttributionCase(
      "Сессия длилась три часа.\n\n«Бюджет принят», — сообщил журналистам депутат Степан Ильин.",
      "Степан Ильин"),
    AttributionCase("Как заявил Игорь Дымов, «мост откроют в среду».", "Игорь Дымов"),
  ]

  @Test(arguments: cases) func speakerOfTheFirstQuotation(_ c: AttributionCase) {
    let article = Article(parsing: c.text)
    #expect(article.quotations.isEmpty == false)
    #expect(article.speakerName(ofQuotation: 0) == c.speaker)
  }

  @Test func caseFormsOfOneNameAreOneSpeakerInTheNominative() {
    let text = """
      Журналисты весь день ждали Сергея Лаврова у входа.

      «Переговоры продолжатся», — сказал Лавров.

      Вечером Лаврову задали ещё один вопрос. «Ответ прежний», — добавил Лавров.
      """
    let article = Article(parsing: text)
    #expect(article.quotations.count == 2)
    #expect(article.speakers.count == 1)
    #expect(article.speakers.first?.name == "Сергей Лавров")
  }

  @Test func aSubjectlessVerbTakesAPersonOfItsGender() {
    let text = """
      Учительница Марина Белова и директор Антон Ершов встретили комиссию.

      «Ремонт закончен», — сказал Ершов. «Классы готовы», — добавила.
      """
    let article = Article(parsing: text)
    #expect(article.speakerName(ofQuotation: 0) == "Антон Ершов")
    #expect(article.speakerName(ofQuotation: 1) == "Марина Белова")
  }

  @Test func organisationsAndNamesInGuillemetsAreNotSpeech() {
    let text = """
      Компания «Северный Путь» выиграла конкурс, а партия «Новая Волна» потребовала проверки.
      Газета «Утренний Курьер» назвала подрядчиков «спасителями».

      «Проверка покажет, кто прав», — заявил депутат Илья Мотовилов.
      """
    let article = Article(parsing: text)
    #expect(article.quotations.count == 1)
    #expect(article.speakerName(ofQuotation: 0) == "Илья Мотовилов")
  }

  @Test func anAdverbOrPhraseIsNotASpeaker() {
    let text = """
      Жители собрались у моста. «Мы ждём уже три месяца» — поэтому они и вышли на улицу.

      Поэтому «мы ничего не ждём», решили в совете.
      """
    let article = Article(parsing: text)
    for q in article.quotations { #expect(q.speaker == nil) }
  }
}

/// Polish: the dash after the closing mark, verb first, `według`, subjectless
/// verbs, case forms.
@Suite struct PolishAttributionTests {
  static let cases: [AttributionCase] = [
    AttributionCase("„Szkoła zostanie otwarta” – powiedział Marek Wilczyński.", "Marek Wilczyński"),
    AttributionCase(
      "Burmistrz Ewa Zielińska odwiedziła szkołę. „Dach jest gotowy” – napisała Zielińska.", "Ewa Zielińska"),
    AttributionCase(
      "Radny Piotr Sowa zabrał głos. Według Sowy, „plan jest zbyt drogi”.", "Piotr Sowa"),
    AttributionCase(
      "Dyrektor Jan Grabowski pokazał nowe sale. „Uczniowie wrócą we wrześniu” – dodał.", "Jan Grabowski"),
  ]

  @Test(arguments: cases) func speakerOfTheFirstQuotation(_ c: AttributionCase) {
    let article = Article(parsing: c.text)
    #expect(article.quotations.isEmpty == false)
    #expect(article.speakerName(ofQuotation: 0) == c.speaker)
  }

  @Test func caseFormsOfOneSurnameAreOneSpeaker() {
    let text = """
      Posłowie czekali na Tomasza Kruka przez godzinę.

      „Ustawa wróci do komisji” – stwierdził Kruk.

      Z Krukiem rozmawiali też dziennikarze. „Nie zmienię zdania” – dodał Kruk.
      """
    let article = Article(parsing: text)
    #expect(article.speakers.count == 1)
    #expect(article.speakers.first?.name.hasSuffix("Kruk") == true)
  }
}

/// German: `sagte` after the quote with the subject after it, `»…«` marks, `laut`,
/// an auxiliary with the participle at the end.
@Suite struct GermanAttributionTests {
  static let cases: [AttributionCase] = [
    AttributionCase("„Das Freibad bleibt offen“, sagte Bürgermeisterin Jana Albrecht.", "Jana Albrecht"),
    AttributionCase(
      "»Wir brauchen mehr Personal«, kritisierte die Abgeordnete Nora Feldhaus am Montag.", "Nora Feldhaus"),
    AttributionCase(
      "Stadtrat Uwe Brenner stellte den Plan vor. Laut Brenner ist „der Zeitplan sehr knapp“.",
      "Uwe Brenner"),
    AttributionCase(
      "Kämmerer Felix Ortmann war skeptisch. „Das kostet zu viel“, hatte er am Vortag gewarnt.",
      "Felix Ortmann"),
  ]

  @Test(arguments: cases) func speakerOfTheFirstQuotation(_ c: AttributionCase) {
    let article = Article(parsing: c.text)
    #expect(article.quotations.isEmpty == false)
    #expect(article.speakerName(ofQuotation: 0) == c.speaker)
  }

  @Test func reversedGuillemetsPairAsOneQuotation() {
    let article = Article(parsing: "»Die Halle ist zu klein«, sagte Jonas Weber. »Wir bauen an.«")
    #expect(article.quotations.map { String($0.text) } == ["»Die Halle ist zu klein«", "»Wir bauen an.«"])
  }
}

/// French: `a déclaré X` after the quote, inversion (`dit-il`), `selon X`.
@Suite struct FrenchAttributionTests {
  static let cases: [AttributionCase] = [
    AttributionCase("« Le pont sera prêt en mai », a déclaré Sylvie Lebreton.", "Sylvie Lebreton"),
    AttributionCase(
      "Le maire Hugo Vasseur a visité le chantier. « Tout avance », dit-il.", "Hugo Vasseur"),
    AttributionCase(
      "L'architecte Claire Dumoulin a présenté les plans. « Nous gardons la façade », explique-t-elle.",
      "Claire Dumoulin"),
    AttributionCase(
      "Le député Marc Olivier est sceptique. Selon Olivier, « le budget ne suffira pas ».", "Marc Olivier"),
    AttributionCase(
      "Selon les chiffres de la société Norvalis Conseil, « le marché a doublé en deux ans ».",
      "Norvalis Conseil"),
    AttributionCase(
      "On nous répète que « la saison touristique sera la meilleure depuis dix ans » (Le Courrier Rural, 3 mai).",
      "Le Courrier Rural"),
  ]

  @Test(arguments: cases) func speakerOfTheFirstQuotation(_ c: AttributionCase) {
    let article = Article(parsing: c.text)
    #expect(article.quotations.isEmpty == false)
    #expect(article.speakerName(ofQuotation: 0) == c.speaker)
  }
}

/// Italian: `ha detto X` with an adverb between, `secondo X`, a subjectless perfect.
@Suite struct ItalianAttributionTests {
  static let cases: [AttributionCase] = [
    AttributionCase("«La pista sarà pronta a giugno», ha detto Paolo Ferri.", "Paolo Ferri"),
    AttributionCase(
      "L'assessore Marta Conti ha visitato il cantiere. «Siamo in anticipo», ha aggiunto ancora Conti.",
      "Marta Conti"),
    AttributionCase(
      "Il sindaco Luca Bertolini era presente. Secondo Bertolini, «il progetto è sostenibile».",
      "Luca Bertolini"),
    AttributionCase(
      "Il tecnico Davide Russo ha controllato i binari. «Non ci sono rischi», ha concluso.", "Davide Russo"),
    AttributionCase(
      "Il cantiere chiuderà in estate, ha detto ancora Paolo Ferri. «Nessun ritardo è previsto per ora».",
      "Paolo Ferri"),
  ]

  @Test(arguments: cases) func speakerOfTheFirstQuotation(_ c: AttributionCase) {
    let article = Article(parsing: c.text)
    #expect(article.quotations.isEmpty == false)
    #expect(article.speakerName(ofQuotation: 0) == c.speaker)
  }
}
