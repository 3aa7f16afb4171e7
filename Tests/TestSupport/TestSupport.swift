import ArticleModel
import ReaderUI
