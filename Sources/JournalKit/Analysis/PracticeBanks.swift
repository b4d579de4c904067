/// Question banks and templates in the practice list: an interview's questions are the
/// questions asked; a bank's are "to prepare", apart, and never counted as asked; a
/// template has none (issue 15, "Entry kind").
extension PracticeList {
    /// The list of the interviews of `entries`, with the bank questions that no interview asked as `toPrepare`.
    static func split(_ entries: [Entry]) -> PracticeList {
        let interviews = entries.filter(\.isInterview)
        let banks = entries.filter { $0.kind == .questionBank }
        var list = PracticeList(entries: interviews, order: InterviewOrder.entries(interviews))
        guard !banks.isEmpty else { return list }
        let asked = Set(list.questions.map(\.key))
        let bank = PracticeList(entries: banks, order: InterviewOrder.entries(banks))
        list.toPrepare = bank.questions.filter { !asked.contains($0.key) }.sorted { a, b in
            (a.sources.first?.path ?? "", a.sources.first?.line ?? 0) < (b.sources.first?.path ?? "", b.sources.first?.line ?? 0)
        }
        return list
    }
}
