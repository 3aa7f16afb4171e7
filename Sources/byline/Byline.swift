import ArgumentParser
import ArticleModel
import Foundation

@main
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Read news articles in the terminal and see who said what.",
    subcommands: [Export.self])
}

struct Export: ParsableCommand {
  @Option(help: "Output format: json.") var format: String = "json"
  @Argument(help: "The article file.") var file: String

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ValidationError("\(file): cannot read the file")
    }
    let article = Article(parsing: data)
    print(article.jsonObject())
  }
}
