/// Whether a note is an interview, a question bank or a template, when `kind:` does not say:
/// placeholders, empty fields and template syntax mark a template; many questions and no
/// sign of an interview mark a bank (issue 15, "Entry kind").
enum KindInference {
    struct Found: Equatable {
        var kind: EntryKind
        var source: Provenance
        var why: String
    }

    /// Words of a path, file name or title that name a form or a checklist.
    static let templateNames: Set<String> = ["template", "templates", "tpl", "checklist", "checklists", "plantilla", "plantillas", "vorlage", "modelo", "模板"]
    /// Words of a path, file name or title that name a list of questions to prepare.
    static let bankNames: Set<String> = ["bank", "question-bank", "questions", "prep", "preparation", "cheatsheet", "cheat-sheet", "practice", "preguntas", "fragen", "perguntas", "题库"]

    /// How many questions with no sign of an interview make a bank.
    static let bankQuestions = 8

    static func infer(path: String, title: String, survey: NoteSurvey, questions: [Question], askedThem: Int,
                      datedByName: Bool, frontMatter fm: FrontMatter, narrative: () -> Bool) -> Found {
        let realQuestions = questions.filter { !survey.placeholderLines.contains($0.location.line) }.count
        let prompts = survey.placeholders + survey.emptyFields
        let score = 2 * survey.templateSyntax + prompts
        if survey.templateSyntax > 0 || (prompts >= 3 && score >= realQuestions) {
            var why: [String] = []
            if survey.templateSyntax > 0 { why.append("template syntax such as {{…}} or <% … %>") }
            if survey.placeholders > 0 { why.append("\(survey.placeholders) line\(survey.placeholders == 1 ? "" : "s") with prompts such as [Company Name]") }
            if survey.emptyFields > 0 { why.append("\(survey.emptyFields) empty field\(survey.emptyFields == 1 ? "" : "s")") }
            return Found(kind: .template, source: .body, why: "it has " + why.joined(separator: ", "))
        }
        // An interview date, stage, panel or outcome in the front-matter says it is an interview.
        let stated = fm.date != nil || fm.stage != nil || !fm.interviewers.isEmpty || fm.outcome != nil
        guard !stated else { return Found(kind: .interview, source: .assumed, why: "") }
        let nameWords = words(path) + words(title)
        let templateName = realQuestions == 0 && nameWords.contains(where: templateNames.contains)
        // The body is read for narrative only when the kind is in doubt.
        guard realQuestions >= 3 || askedThem >= 3 || templateName else { return Found(kind: .interview, source: .assumed, why: "") }
        let interviewed = namesALevel(path) || narrative()
        if !interviewed, realQuestions == 0, let word = nameWords.first(where: { templateNames.contains($0) }) {
            return Found(kind: .template, source: .fileName, why: "its name or title says '\(word)' and it records no interview")
        }
        if !interviewed, !datedByName {
            if realQuestions >= bankQuestions {
                return Found(kind: .questionBank, source: .body, why: "it lists \(realQuestions) questions and nothing says an interview took place")
            }
            if realQuestions >= 3, let word = nameWords.first(where: { bankNames.contains($0) }) {
                return Found(kind: .questionBank, source: .fileName, why: "its name or title says '\(word)' and nothing says an interview took place")
            }
            if realQuestions == 0, askedThem >= 3 {
                return Found(kind: .questionBank, source: .body, why: "it lists \(askedThem) questions to ask an interviewer and records no interview")
            }
        }
        return Found(kind: .interview, source: .assumed, why: "")
    }

    /// Whether the file name names an interview level or round: "IBM_L1_React.md", "acme-round2.md",
    /// "Infogain_L2.md" record the questions of one interview, however long their list.
    static func namesALevel(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        let parts = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return parts.contains { part in
            (part.count == 2 && part.first == "l" && ("1"..."4").contains(part.last!)) || part.hasPrefix("round") && part.dropFirst(5).allSatisfy(\.isNumber)
        }
    }

    /// The lowercase words of a path or title.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}
