/// "1 question", "3 questions": a count and an English noun that takes -s.
func plural(_ n: Int, _ word: String) -> String {
    "\(n) \(word)\(n == 1 ? "" : "s")"
}
