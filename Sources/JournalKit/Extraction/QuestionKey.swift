/// The normalized form of a question used to match it across entries and sections:
/// case, punctuation, whitespace and tags removed.
public enum QuestionKey {
    /// Lowercase words of `text` (tags already removed by the caller or here).
    public static func normalize(_ text: String) -> String {
        TextKey.normalize(TagScanner.scan(text).stripped)
    }

    /// A looser key for near-identical wordings: also drops articles and filler words.
    public static func loose(_ text: String) -> String {
        let fillers: Set<Substring> = ["a", "an", "the", "your", "you", "please", "can", "could", "would", "me", "us"]
        return normalize(text).split(separator: " ").filter { !fillers.contains($0) }.joined(separator: " ")
    }
}
