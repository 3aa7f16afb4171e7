extension Article {
  /// A who-said-what digest in Markdown: for each speaker, their quotations and posts.
  ///
  /// A level-1 heading names the file and the date; then one level-2 heading
  /// per speaker who is quoted or posts (in the article's speaker order),
  /// their quotations as blockquotes and their posts as a list; then the
  /// quotations nobody can be named for, and the posts of nobody named.
  /// Ends with a newline.
  ///
  ///     # unga.txt (2018-09-27)
  ///
  ///     ## Sergey Lavrov
  ///
  ///     Also named: Lavrov, the minister
  ///
  ///     > “We are ready to talk.”
  ///
  ///     - Twitter post (@RussiaUN, 2018-09-27): Talks resume today.
  public func markdownDigest(file: String) -> String {
    var lines: [String] = []
    var heading = "# " + Markdown.escaped(file, inHeading: true)
    if let date { heading += " (" + Markdown.escaped(date, inHeading: true) + ")" }
    lines.append(heading)

    var postsOfSpeakers = Set<Int>()
    for speaker in speakers {
      let quoted = speaker.quotations.filter(quotations.indices.contains)
      let posted = speaker.posts.filter(posts.indices.contains)
      postsOfSpeakers.formUnion(posted)
      guard !quoted.isEmpty || !posted.isEmpty else { continue }
      lines.append("")
      lines.append("## " + Markdown.escaped(speaker.name, inHeading: true))
      if !speaker.aliases.isEmpty {
        lines.append("")
        lines.append("Also named: " + speaker.aliases.map { Markdown.escaped($0) }.joined(separator: ", "))
      }
      for index in quoted {
        lines.append("")
        lines.append("> " + Markdown.escaped(String(quotations[index].text)))
      }
      if !posted.isEmpty { lines.append("") }
      for index in posted {
        lines.append(markdownItem(for: posts[index], withAuthor: false))
      }
    }

    let unattributed = quotations.filter { quotation in
      quotation.speaker.map { !speakers.indices.contains($0) } ?? true
    }
    if !unattributed.isEmpty {
      lines.append("")
      lines.append("## Nobody named")
      for quotation in unattributed {
        lines.append("")
        lines.append("> " + Markdown.escaped(String(quotation.text)))
      }
    }

    let otherPosts = posts.indices.filter { !postsOfSpeakers.contains($0) }
    if !otherPosts.isEmpty {
      lines.append("")
      lines.append("## Other posts")
      lines.append("")
      for index in otherPosts {
        lines.append(markdownItem(for: posts[index], withAuthor: true))
      }
    }

    if quotations.isEmpty && posts.isEmpty {
      lines.append("")
      lines.append("No quotations and no posts.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `- Twitter post by Jane Roe (@janeroe, 2019-03-03): text`
  private func markdownItem(for post: SocialPost, withAuthor: Bool) -> String {
    var line = "- " + post.platform.displayName + " post"
    if withAuthor && !post.author.isEmpty { line += " by " + Markdown.escaped(post.author) }
    var details: [String] = []
    if !post.handle.isEmpty { details.append("@" + Markdown.escaped(post.handle)) }
    if let date = post.date { details.append(Markdown.escaped(date)) }
    if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
    let text = Markdown.escaped(post.text)
    if !text.isEmpty { line += ": " + text }
    return line
  }
}

extension SocialPost.Platform {
  /// The platform's name as people write it ("Twitter", "Instagram", "other").
  public var displayName: String {
    switch self {
    case .twitter: return "Twitter"
    case .instagram: return "Instagram"
    case .facebook: return "Facebook"
    case .youtube: return "YouTube"
    case .telegram: return "Telegram"
    case .other: return "Other"
    }
  }
}

/// Markdown escaping for the digest.
enum Markdown {
  /// The text on one line with the characters that would start Markdown syntax backslash-escaped.
  ///
  /// Escapes `\ ` * _ [ ] < >` everywhere (and `#` in headings, where a
  /// trailing run of them would be dropped), so names, handles and quoted
  /// words come out exactly as written.
  static func escaped(_ text: String, inHeading: Bool = false) -> String {
    var result = ""
    for character in text.printableLine {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">":
        result.append("\\")
      case "#" where inHeading:
        result.append("\\")
      default:
        break
      }
      result.append(character)
    }
    return result
  }
}
