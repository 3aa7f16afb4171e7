/// Splits source text into a date, paragraphs and embedded posts.
///
/// The stages, each linear in the input:
/// 1. a UTF-8 byte-order mark is skipped and the optional `date YYYY-MM-DD `
///    prefix is read (`DatePrefix`);
/// 2. lines are grouped into paragraphs (`ParagraphSplitter`): blank-line
///    separated blocks, one sentence or paragraph per line, CRLF and lone CR;
/// 3. a group whose bytes hint at nothing to do (`SourceHints`) becomes a
///    paragraph straight from its bytes; any other is decoded into scalars
///    once; leaked embed JavaScript,
///    `<script>`/`<style>` elements and inline ads are cut out
///    (`LeakedScript`);
/// 4. embedded posts are found by their signatures, bare `pic.twitter.com`
///    links and bare embed addresses (`EmbedDetector`, `PostSignature`); the
///    text around them stays running text, and over-long running text is cut
///    at sentence ends (`LongParagraphSplitter`);
/// 5. each paragraph's display text is built (`DisplayText`: entities
///    decoded, tags dropped, white space folded) with its source map, a post
///    signature split from its text is joined to it (`SegmentAssembly`), and
///    posts get their words, links, hashtags and mentions (`PostContent`).
///
/// Offsets are Unicode scalar offsets into `source` as given, end exclusive.
/// Never fails: any text gives a segmentation, possibly empty.
enum Segmenter {
  static func segment(_ source: String) -> Segmentation {
    // The string's own UTF-8 storage, read in place (no copy of the source);
    // plain paragraphs and verbatim posts are slices of `original`, which shares that storage.
    let original = source
    var source = source
    return source.withUTF8 { bytes in
      var start = 0
      var scalar = 0
      if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
        start = 3
        scalar = 1
      }
      var date: String? = nil
      if let prefix = DatePrefix.match(bytes, from: start) {
        date = prefix.date
        start = prefix.end
        scalar += prefix.scalars
      }
      var assembly = SegmentAssembly()
      let splitter = ParagraphSplitter(bytes: bytes)
      let total = splitter.forEachGroup(from: start, scalarStart: scalar) { group in
        if group.hints.isEmpty && group.scalarCount <= LongParagraphSplitter.threshold {
          assembly.addPlain(bytes, group, source: original)
        } else {
          assembly.add(
            UTF8Codec.values(bytes, group.bytes), base: group.scalarStart, hints: group.hints,
            opensBlock: group.opensBlock,
            source: DecodedSource(text: original, utf8Offset: group.bytes.lowerBound))
        }
      }
      return assembly.finish(date: date, scalarCount: total)
    }
  }
}
