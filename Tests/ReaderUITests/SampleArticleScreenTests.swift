import ArticleModel
import Foundation
import ReaderUI
import TestSupport
import Testing

/// The bundled sample article (Resources/sample-article.txt) as the reader shows it.
///
/// These screens depend on the parser: when its quotations or posts change
/// for the better, update the pictures here.
@Suite struct SampleArticleScreenTests {
  static let sample: Article? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    guard
      let data = FileManager.default.contents(
        atPath: root.appendingPathComponent("Resources/sample-article.txt").path)
    else { return nil }
    return Article(parsing: data)
  }()

  func state(_ width: Int, _ height: Int) throws -> ReaderState {
    let article = try #require(Self.sample)
    return ReaderState(article: article, name: "sample-article.txt", size: Size(width: width, height: height))
  }

  @Test func firstScreenAt100x30() throws {
    expectScreen(
      render(try state(100, 30)),
      """
      2017-11-27                                                        │ Posts  Speakers  Quotes
                                                                        │ ▶ Elena Marković @ElenaMarkovic…
      Port Avenel's city council voted late on Sunday to build a        │   2017-11-27 Thank you to every…
      4.2-kilometre flood barrier along the old harbour, ending a       │   Daniel Okafor @DanielOkaforMP
      decade of argument over how to protect the low-lying districts    │   2017-11-27 Signed this mornin…
      that have flooded three times since 2014. The project, estimated  │   Port Avenel Harbour Board @Av…
      at 310 million euros, will be paid for jointly by the city and    │   2017-11-27 Okafor: The nation…
      the national government, and the first contracts could be signed  │   Tidewatch Port Avenel @tidewa…
      as early as next spring.                                          │   2017-11-25 Two days before th…
                                                                        │
      The vote, 31 to 12, followed a nine-hour session in which         │
      councillors heard from engineers, shop owners, fishermen and      │
      residents of the Calder Street neighbourhood, where water reached │
      the first floor of some houses during the storm of February 2016. │
      The public gallery was full long before the debate began, and     │
      dozens of people followed it on a screen set up in the square     │
      outside the town hall.                                            │
                                                                        │
      Mayor Elena Marković, who made the barrier the centrepiece of her │
      campaign two years ago, called the result a turning point for a   │
      city that has spent most of its history arguing with the sea.     │
      Marković said: [Marković] "Tonight Port Avenel decided that it    │
      will not wait for the next storm to make up its mind."            │
                                                                        │
      [Marković] “We did not choose the cheapest design,” she said, “we │
      chose the one that will still be standing when our grandchildren  │
      are paying the bills.”                                            │
                                                                        │
       sample-article.txt │ 2017-11-27                                                        ¶ 1/18  Top
      q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side
      """)
  }

  @Test func firstScreenAt60x20() throws {
    expectScreen(
      render(try state(60, 20)),
      """
      2017-11-27

      Port Avenel's city council voted late on Sunday to build a
      4.2-kilometre flood barrier along the old harbour, ending a
      decade of argument over how to protect the low-lying
      districts that have flooded three times since 2014. The
      project, estimated at 310 million euros, will be paid for
      jointly by the city and the national government, and the
      first contracts could be signed as early as next spring.

      The vote, 31 to 12, followed a nine-hour session in which
      councillors heard from engineers, shop owners, fishermen and
      residents of the Calder Street neighbourhood, where water
      reached the first floor of some houses during the storm of
      February 2016. The public gallery was full long before the
      debate began, and dozens of people followed it on a screen
      set up in the square outside the town hall.

       sample-article.txt │ 2017-11-27                ¶ 1/18  Top
      q quit  h help  ]/[ quote  p/P post  / search  f filter
      """)
  }

  @Test func fourthQuotationAt100x30() throws {
    var reader = try state(100, 30)
    reader.type("]]]]")
    expectScreen(
      render(reader),
      """
      travelled to the city for the signing ceremony at the harbour     │ Posts  Speakers  Quotes
      office. [Okafor] "The money is in this year's budget and it will  │   Elena Marković @ElenaMarkovic…
      not be moved to next year's," the minister said.                  │   2017-11-27 Thank you to every…
                                                                        │ ▶ Daniel Okafor @DanielOkaforMP
      According to Okafor, [Okafor] "Port Avenel is the first of six    │   2017-11-27 Signed this mornin…
      coastal towns that will get the same kind of agreement before the │   Port Avenel Harbour Board @Av…
      end of the decade." He did not name the other five, but officials │   2017-11-27 Okafor: The nation…
      in his department have previously pointed to the estuary towns    │   Tidewatch Port Avenel @tidewa…
      further south, where insurance premiums have nearly doubled since │   2017-11-25 Two days before th…
      2012.                                                             │
                                                                        │
      │ Daniel Okafor @DanielOkaforMP · 2017-11-27                      │
      │ Signed this morning alongside @ElenaMarkovic_PA. 140m for the   │
      │ Port Avenel barrier, paid in full and on time. More coastal     │
      │ towns to follow in the spring.                                  │
                                                                        │
      │ Port Avenel Harbour Board @AvenelHarbour · 2017-11-27           │
      │ Okafor: [Okafor] The national share will be transferred before  │
      │ the first contract is signed. #PortAvenel                       │
      │ pic.twitter.com/8RhTw2LcXp                                      │
                                                                        │
      Not everyone was convinced. Opponents on the council called the   │
      plan a [the council] "gold-plated wall" and argued that the       │
      city's “sponge streets” scheme, which replaced asphalt with       │
      planted gravel and shallow ditches in two districts, had done     │
      more to keep water out of cellars for a fraction of the price.    │
      They also questioned whether the harbour engineers had allowed    │
      enough for the rise in sea level expected over the barrier's      │
       sample-article.txt │ 2017-11-27 │ quote 4/11 Daniel Okafor                             ¶ 6/18  27%
      q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side
      """)
  }

  @Test func filteredAt60x20() throws {
    var reader = try state(60, 20)
    reader.type("fokafor\n]")
    expectScreen(
      render(reader),
      """
      2017-11-27

      … 5 paragraphs …

      The national share of the cost, 140 million euros, was
      confirmed on Monday morning by Infrastructure Minister
      Daniel Okafor, who travelled to the city for the signing
      ceremony at the harbour office. [Okafor] "The money is in
      this year's budget and it will not be moved to next year's,"
      the minister said.

      According to Okafor, [Okafor] "Port Avenel is the first of
      six coastal towns that will get the same kind of agreement
      before the end of the decade." He did not name the other
      five, but officials in his department have previously
      pointed to the estuary towns further south, where insurance
      premiums have nearly doubled since 2012.

       sample-ar… │ quote 1/3 Okafor │ filter: Okafor ¶ 1/18  Top
      q quit  h help  ]/[ quote  p/P post  / search  f filter
      """)
  }

  @Test func thirdPostFromTheListAt100x30() throws {
    var reader = try state(100, 30)
    reader.press(.tab)
    reader.press(.down, times: 2)
    reader.press(.enter)
    expectScreen(
      render(reader),
      """
                                                                        │ Posts  Speakers  Quotes
      │ Port Avenel Harbour Board @AvenelHarbour · 2017-11-27           │   Elena Marković @ElenaMarkovic…
      │ Okafor: [Okafor] The national share will be transferred before  │   2017-11-27 Thank you to every…
      │ the first contract is signed. #PortAvenel                       │   Daniel Okafor @DanielOkaforMP
      │ pic.twitter.com/8RhTw2LcXp                                      │   2017-11-27 Signed this mornin…
                                                                        │ ▶ Port Avenel Harbour Board @Av…
      Not everyone was convinced. Opponents on the council called the   │   2017-11-27 Okafor: The nation…
      plan a [the council] "gold-plated wall" and argued that the       │   Tidewatch Port Avenel @tidewa…
      city's “sponge streets” scheme, which replaced asphalt with       │   2017-11-25 Two days before th…
      planted gravel and shallow ditches in two districts, had done     │
      more to keep water out of cellars for a fraction of the price.    │
      They also questioned whether the harbour engineers had allowed    │
      enough for the rise in sea level expected over the barrier's      │
      lifetime.                                                         │
                                                                        │
      Councillor Tomasz Wierzba, who led the opposition to the project, │
      said the cost had grown by a third since the first estimate was   │
      published in 2015. [Wierzba] "Nobody in this room can tell me     │
      what the barrier will cost when the last stone is laid," Wierzba  │
      said. "I asked three times and I got three different numbers."    │
                                                                        │
      The city's mayor answered her critics directly at the end of the  │
      session, after the last of the amendments had been voted down:    │
                                                                        │
      [Marković] “Every year we spend arguing about the price, the      │
      price goes up. The cheapest barrier is the one we start building  │
      now, and the most expensive one is the one we build after the     │
      next flood.”                                                      │
       sample-article.txt │ 2017-11-27 │ quote 6/11 Daniel Okafor                             ¶ 9/18  44%
      q quit  h help  ]/[ quote  p/P post  / search  f filter  Tab pane  s side
      """)
  }
}
