extension Golden {
    /// `stem.md`, `stem.json`, `stem.html`, `stem.txt`, `stem-anki.tsv`, `stem.csv`: a name whose
    /// extension lets an editor or GitHub show the golden file as what it is.
    package static func name(_ stem: String, _ format: String) -> String {
        switch format {
        case "markdown": return stem + ".md"
        case "json": return stem + ".json"
        case "html": return stem + ".html"
        case "csv": return stem + ".csv"
        case "anki": return stem + "-anki.tsv"
        default: return stem + "-\(format).txt"
        }
    }
}
