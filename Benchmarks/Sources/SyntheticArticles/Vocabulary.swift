/// The word lists the synthetic articles are built from (all invented for Byline).
enum Vocabulary {
  static let firstNames = [
    "Amara", "Tomasz", "Ingrid", "Rafael", "Mei", "Oluwaseun", "Katarzyna", "Henrik", "Lucía",
    "Dmitri", "Fatima", "Joost", "Priya", "Callum", "Noor", "Matteo", "Sanna", "Yusuf", "Elif",
    "Bruno",
  ]
  static let surnames = [
    "Vasquez-Orlov", "Brennan", "Adeyemi", "Lindqvist", "Okonkwo", "Ferreira", "Halvorsen",
    "Nakamura", "Costa", "Wójcik", "Marchetti", "Delacroix", "Haddad", "Mbeki", "Sørensen",
    "Kowalczyk", "Rahman", "Albescu", "Tanaka", "Quinlan",
  ]
  static let titles = [
    "Finance Minister", "Mayor", "Senator", "Ambassador", "Deputy Prime Minister",
    "Police Commissioner", "Health Secretary", "opposition leader", "union spokeswoman",
    "Harbour Board chair", "Foreign Minister", "party chairman",
  ]
  static let roles = [
    "the minister", "the spokeswoman", "the mayor", "the country's top diplomat",
    "the senator", "the ambassador", "the commissioner", "the council's chair",
  ]
  static let pronouns = ["he", "she", "they"]
  static let saidVerbs = [
    "said", "told reporters", "added", "insisted", "wrote", "argued", "noted", "warned",
    "explained", "said on Tuesday",
  ]

  static let subjects = [
    "The council", "The committee", "The ministry", "Officials in the capital",
    "The regional government", "Negotiators", "The port authority", "Several residents",
    "The central bank", "The coalition", "Local traders", "The inspectors", "The court",
    "The delegation", "Engineers", "The transport agency",
  ]
  static let verbs = [
    "approved", "postponed", "rejected", "reviewed", "announced", "criticised", "defended",
    "questioned", "welcomed", "delayed", "published", "funded", "challenged", "extended",
  ]
  static let objects = [
    "the revised budget", "a plan to rebuild the northern bridge", "the new tariff schedule",
    "a proposal on coastal defences", "the draft trade agreement", "the hospital expansion",
    "an inquiry into the contract", "the water treatment project", "a ceasefire framework",
    "the housing programme", "a temporary ban on night flights", "the school meals scheme",
    "the pension reform", "a report on air quality", "the railway tender",
  ]
  static let times = [
    "on Monday", "late on Sunday", "earlier this week", "after a long session",
    "for the second time this year", "before the summer recess", "despite strong objections",
    "following weeks of talks", "at an emergency meeting", "in a narrow vote",
    "without debate", "after the election",
  ]
  static let tails = [
    "according to figures released by the statistics office",
    "although the final cost is still unclear",
    "which critics say will take years to complete",
    "a move welcomed by most of the business community",
    "even as protesters gathered outside the building",
    "and the details are expected next month",
    "while the opposition called for a fresh vote",
    "leaving several questions unanswered",
  ]
  static let numbers = [
    "12", "48", "310", "2.4 million", "7,500", "nine", "a third of all", "40 percent of the",
    "1,800", "650",
  ]

  /// Things people say, to be put between quotation marks.
  static let speech = [
    "We will not wait for another flood to make up our minds",
    "This agreement is the best we could get and it is a fair one",
    "Nobody in this room believes the figures add up",
    "The money is in this year's budget and it will stay there",
    "We asked for answers and we were given a press release",
    "There is no plan B, and there never was one",
    "Our members are ready to go back to work the moment the offer is in writing",
    "The door to talks remains open, but not forever",
    "I have read the report twice and I still do not know who signed the contract",
    "People here have heard promises before",
    "This is a good day for the harbour and a better one for the town",
    "We expect the inspectors to finish by the end of the month",
  ]

  /// Words that get scare quotes (not speech).
  static let scareWords = [
    "peacekeepers", "carrot-and-stick", "temporary", "experts", "reform", "voluntary",
    "Blue Horizon", "The Long Winter", "roadmap",
  ]

  static let cyrillicSubjects = [
    "Министерство", "Агентство", "Управление порта", "Правительство региона", "Городское собрание",
  ]
  static let cyrillicVerbs = ["одобрило", "отложило", "обсудило", "рассмотрело", "поддержало"]
  static let cyrillicObjects = [
    "новый бюджет", "проект моста через реку", "соглашение о торговле", "план реконструкции порта",
    "программу строительства жилья",
  ]
  static let cyrillicSpeech = [
    "Мы не будем ждать следующего наводнения", "Это соглашение выгодно обеим сторонам",
    "Никто не верит в эти цифры", "Переговоры продолжатся на следующей неделе",
  ]
  static let cyrillicSaid = ["пояснил политолог", "заявил министр", "отметила пресс-секретарь"]

  static let hashtags = [
    "#PortAvenel", "#Budget2019", "#FloodBarrier", "#UNGA", "#Elections", "#Harbour",
    "#TradeTalks", "#Brexit", "#КНДР",
  ]
  static let emoji = ["🌊", "🇷🇺🇰🇵", "👏", "🚢", "📈", "🇪🇺", "🙏", "👨‍👩‍👧", "✅"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let idAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
}
