import ArticleModel

/// Something the user wants done, independent of the key that asked for it.
///
/// Movement actions act on the focused pane: in the article they scroll, in
/// a side list they move the selection.
public enum Action: Hashable, Sendable {
  case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp
  case toTop, toBottom
  case nextQuotation, previousQuotation
  case nextParagraph, previousParagraph
  case nextPost, previousPost
  case focusNextPane, focusPreviousPane
  case nextTab, previousTab
  case toggleSidePane
  /// Enter in a list: jump the article to the entry (toggle a speaker in the speakers list).
  case openEntry
  /// Space in the speakers list: add or remove the selected speaker from the filter.
  case toggleSpeaker
  case startSearch(backward: Bool)
  case searchNext, searchPrevious
  case startFilter
  case clearFilter
  case toggleHelp
  /// Esc: close the help or the prompt, else clear the search highlight, else the filter.
  case cancel
  case quit
  case redraw
  /// Show the next or previous open article.
  case nextArticle, previousArticle
  /// Show or hide the list of open articles.
  case toggleArticleList
  /// Open the selected post's link in a browser, or copy it to the clipboard (OSC 52).
  case openLink, copyLink

  // Not bound to keys; sent by the loop or by other actions.
  case search(String, backward: Bool)
  case filterSpeakers(matching: String)
  case setFilter(SpeakerFilter)
  case jumpToQuotation(Int)
  case jumpToPost(Int)
  case jumpToParagraph(Int)
  case resize(Size)
  case mouse(MouseEvent)
  /// A key typed while a prompt is open.
  case promptKey(Key)
}
