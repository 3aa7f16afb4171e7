extension Article {
  /// The article as one JSON object, in the shape `byline export --format json` prints.
  ///
  /// Field names and order are a published interface (see README.md, "Export").
  public func jsonObject() -> String {
    var json = JSONWriter()
    writeJSON(into: &json)
    return json.output
  }

  /// Writes the export object into `json`, with `file` first when given and
  /// every `start`/`end` converted by `offsets`.
  ///
  /// A dataset's record adds `record` after `file`: its id, title, source,
  /// date, author and url (null when the dataset has none).
  public func writeJSON(
    into json: inout JSONWriter, file: String? = nil, record: ArticleMetadata? = nil,
    offsets: OffsetConverter = .scalars
  ) {
    json.beginObject()
    if let file { json.field("file", file) }
    if let record { writeRecord(record, into: &json) }
    json.field("date", date)
    json.beginArray("paragraphs")
    for paragraph in paragraphs {
      json.beginObject()
      json.field("index", paragraph.index)
      json.field("start", offsets(paragraph.range.start))
      json.field("end", offsets(paragraph.range.end))
      json.field("text", paragraph.text)
      json.field("kind", paragraph.kind.rawValue)
      json.endObject()
    }
    json.endArray()
    json.beginArray("quotations")
    for quotation in quotations {
      json.beginObject()
      json.field("index", quotation.index)
      json.field("text", quotation.text)
      json.field("start", offsets(quotation.range.start))
      json.field("end", offsets(quotation.range.end))
      json.field("paragraph", quotation.paragraph)
      json.field("kind", quotation.kind.rawValue)
      json.field("speaker", quotation.speaker.map { speakers[$0].name })
      if let mention = quotation.mention {
        json.beginObject("mention")
        json.field("text", mention.text)
        json.field("start", offsets(mention.range.start))
        json.field("end", offsets(mention.range.end))
        json.endObject()
      } else {
        json.null("mention")
      }
      json.field("post", quotation.post)
      json.field("attribution", quotation.attribution.rawValue)
      json.endObject()
    }
    json.endArray()
    json.beginArray("posts")
    for post in posts {
      json.beginObject()
      json.field("index", post.index)
      json.field("platform", post.platform.rawValue)
      json.field("author", post.author)
      json.field("handle", post.handle)
      json.field("date", post.date)
      json.field("text", post.text)
      json.field("links", post.links)
      json.field("hashtags", post.hashtags)
      json.field("mentions", post.mentions)
      json.field("paragraph", post.paragraph)
      json.field("start", offsets(post.range.start))
      json.field("end", offsets(post.range.end))
      json.endObject()
    }
    json.endArray()
    json.beginArray("speakers")
    for speaker in speakers {
      json.beginObject()
      json.field("name", speaker.name)
      json.field("aliases", speaker.aliases)
      json.field("quotations", speaker.quotations)
      json.field("posts", speaker.posts)
      json.endObject()
    }
    json.endArray()
    json.endObject()
  }

  private func writeRecord(_ record: ArticleMetadata, into json: inout JSONWriter) {
    json.beginObject("record")
    json.field("id", record.id)
    json.field("title", record.title)
    json.field("source", record.source)
    json.field("date", record.date)
    json.field("author", record.author)
    json.field("url", record.url)
    json.endObject()
  }
}
