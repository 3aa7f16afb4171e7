import ArticleModel

/// Turns the links found in posts into addresses a browser can be given safely.
public enum PostLink {
  /// The address for a link as posts carry it: `pic.twitter.com/x` gets `https://`; `nil` when unsafe.
  ///
  /// Only printable ASCII that may stand in a URL is accepted (RFC 3986 plus
  /// `%`), so no space, quote, control or escape can reach a command line or
  /// the terminal.
  public static func address(_ link: String) -> String? {
    guard !link.isEmpty, link.utf8.count <= 2048 else { return nil }
    let allowed = Set(
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)
    guard link.utf8.allSatisfy(allowed.contains), !link.hasPrefix("-") else { return nil }
    let lower = link.lowercased()
    if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return link }
    guard !lower.contains("://"), !lower.hasPrefix("javascript:"), !lower.hasPrefix("file:") else {
      return nil
    }
    return "https://" + link
  }

  /// The link to open for a post: its first web link, else its first link; `nil` without any usable one.
  public static func address(of post: SocialPost) -> String? {
    let usable = post.links.compactMap(address)
    return usable.first { !$0.contains("pic.twitter.com") } ?? usable.first
  }
}

extension ReaderState {
  /// The post whose link the open and copy keys act on.
  ///
  /// The entry selected in the posts list when that list has the keyboard;
  /// else the post last jumped to; else the first post on screen.
  public var postForLink: Int? {
    if effectiveFocus == .side, sideTab == .posts, let post = selectedPost { return post }
    if let post = currentPost { return post }
    let onScreen = Set(viewRows.map(\.paragraph))
    return article.posts.first { onScreen.contains($0.paragraph) }?.index
  }

  /// The effect for the open-link (`copy: false`) or copy-link key, or a message saying why there is none.
  mutating func linkEffect(copy: Bool) -> Effect? {
    guard let index = postForLink, article.posts.indices.contains(index) else {
      // No post to act on: a dataset's record has the article's own address.
      if let url = document.metadata?.url, let address = PostLink.address(url) {
        return copy ? .copyToClipboard(address) : .openLink(address)
      }
      message = Message("No post here: p jumps to the next one", isError: true)
      return nil
    }
    guard let address = PostLink.address(of: article.posts[index]) else {
      message = Message("This post has no link", isError: true)
      return nil
    }
    return copy ? .copyToClipboard(address) : .openLink(address)
  }
}
