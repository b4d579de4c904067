/// Rule 5: connect with the interviewers who have a LinkedIn address and are not yet
/// connected, over every round of the application; one action for all of them.
enum ConnectRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        guard facts.outcome != "withdrawn", facts.outcome != "ghosted" else { return [] }
        struct Person { var name: String; var entry: Entry }
        var connected: Set<String> = []
        var people: [String: Person] = [:]
        var order: [String] = []
        for entry in facts.application.entries {
            for person in entry.interviewers {
                let key = person.name.lowercased()
                if person.connected { connected.insert(key) }
                guard let day = entry.date?.value, day <= context.today, let link = person.linkedin, !link.isEmpty else { continue }
                if people[key] == nil { order.append(key) }
                people[key] = Person(name: person.name, entry: entry)
            }
        }
        let waiting = order.filter { !connected.contains($0) }.compactMap { people[$0] }
        guard let last = waiting.max(by: { Application.chronological($0.entry, $1.entry) }), let day = last.entry.date?.value else { return [] }
        let names = AdviceEngine.list(waiting.map(\.name))
        let note = waiting.count == 1 ? "with a short note about the \(AdviceEngine.roundName(last.entry))" : "each with a short personal note"
        return [context.action(.connect, facts.application, last.entry, due: context.workday(day.adding(days: context.thankYouDays)), line: last.entry.fieldLines["interviewers"],
                               "Connect with \(names) on LinkedIn, \(note).",
                               record: "connected " + RecordCommand.shellWord(waiting.count == 1 ? last.name : "NAME"))]
    }
}
