/// How the bytes of an article file were turned into text.
public enum SourceEncoding: String, Sendable {
  /// Well-formed UTF-8.
  case utf8
  /// UTF-8 with some damaged bytes, each shown as U+FFFD.
  case repairedUTF8
  /// Not UTF-8: read as Windows-1252 (old dumps that were never converted).
  case windows1252
}

extension Article {
  /// Decodes the bytes of an article file as `init(parsing:)` does for bytes.
  ///
  /// Callers that want to tell the user how a file was read (a warning for
  /// repaired or Windows-1252 text) decode first, then parse the text.
  public static func decodeSource(_ bytes: some Collection<UInt8>) -> (text: String, encoding: SourceEncoding)
  {
    SourceDecoding.decode(bytes)
  }

  /// Whether `bytes` is well-formed UTF-8 throughout, as `decodeSource` judges it.
  public static func isWellFormedUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer(SourceDecoding.isWellFormed)
  }
}
