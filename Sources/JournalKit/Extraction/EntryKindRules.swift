/// Settles the kind of an entry and what it means for what was extracted: a template has no
/// questions (its prompts are not questions) and `check` says once that it is read as one;
/// an interview note that yields no question gets a warning naming the headings that were
/// not recognised and how to state them.
enum EntryKindRules {
    static func apply(to entry: inout Entry, frontMatter fm: FrontMatter, survey: NoteSurvey, blocks: [MarkdownBlock],
                      classifier: SectionClassifier, diagnostics: inout [Diagnostic]) {
        let start = SourceLocation(path: entry.path, line: 1, column: 1)
        if let stated = fm.kind {
            entry.kind = stated
        } else {
            let found = KindInference.infer(path: entry.path, title: entry.title.value, survey: survey, questions: entry.questions,
                                            askedThem: entry.askedThem.count, datedByName: entry.date?.source == .fileName,
                                            frontMatter: fm) { NoteSurvey.hasInterviewMarker(blocks, classifier: classifier) }
            entry.kind = found.kind
            entry.inferred["kind"] = found.source
            switch found.kind {
            case .template:
                diagnostics.append(Diagnostic(.warning, start, "this file is read as a template, not an interview, because \(found.why): it is left out of the pipeline, `due`, `list` (see `list --all`) and practice. Write `kind: template` in the front-matter to say so, or `kind: interview` if it records a real interview", help: FormatDoc.kind))
            case .questionBank:
                diagnostics.append(Diagnostic(.note, start, "this file is read as a question bank, not an interview, because \(found.why): its questions are practice questions \"to prepare\". Write `kind: question-bank` in the front-matter to say so, or `kind: interview` if it records a real interview", help: FormatDoc.kind))
            case .interview:
                break
            }
        }
        if entry.kind == .template { entry.questions = [] }
        // A form or a bank names a company only by its front-matter or its folder ("Companies/Amazon/"):
        // its title says what it is ("Interview Feedback & Learnings"), not where.
        if entry.kind != .interview, let source = entry.company?.source, source != .frontMatter, source != .folderName {
            entry.company = nil
            // Inference said where the company came from; there is none now.
            diagnostics.removeAll { $0.severity == .note && $0.location.path == entry.path && $0.message.hasPrefix("the company '") }
        }
        // A form or a bank has no outcome of its own: what reads as one there is a prompt or advice.
        if entry.kind == .interview, fm.outcome == nil { inferOutcome(&entry, blocks: blocks, diagnostics: &diagnostics) }
        // A recruiter call or an offer conversation asks no question worth practising.
        let quietStages: Set<String> = ["recruiter", "offer", "reference-check"]
        if entry.kind == .interview, entry.questions.isEmpty, !quietStages.contains(entry.stage?.name ?? ""),
           let warning = noQuestionWarning(entry, blocks: blocks, classifier: classifier, at: start) {
            diagnostics.append(warning)
        }
    }

    /// Outcome: a verdict heading or field, a verdict in brackets in the title, the folder or file name, the closing lines.
    static func inferOutcome(_ entry: inout Entry, blocks: [MarkdownBlock], diagnostics: inout [Diagnostic]) {
        let body = OutcomeInference.fromBody(blocks)
        let title = blocks.first { if case .heading(1) = $0.kind { return true } else { return false } }
        guard let found = body.verdict ?? OutcomeInference.fromTitle(title) ?? OutcomeInference.fromPath(entry.path) ?? body.closing else { return }
        entry.outcome = found.outcome
        entry.inferred["outcome"] = found.source
        if found.line > 1 { entry.fieldLines["outcome"] = found.line }
        diagnostics.append(Diagnostic(.note, SourceLocation(path: entry.path, line: found.line, column: 1),
                                      "the outcome '\(found.outcome)' comes from \(found.whence); state it with `outcome: \(found.outcome)` in the front-matter",
                                      help: FormatDoc.inference))
    }

    /// How many unrecognised headings the warning names.
    static let namedHeadings = 5

    /// The warning for an interview note that yields no question although it has something to
    /// read: a heading that names no known section, or a list outside any section. A note
    /// with a questions or round section (say, a fresh `journal new` note) is only unfilled.
    static func noQuestionWarning(_ entry: Entry, blocks: [MarkdownBlock], classifier: SectionClassifier, at start: SourceLocation) -> Diagnostic? {
        var unknown: [String] = []
        var firstLine: Int?
        var bareList = false
        var seenHeading = false
        for block in blocks {
            if case .list = block.kind, !seenHeading, block.children.count >= 2 { bareList = true }
            guard case .heading(let level) = block.kind else { continue }
            let text = Inference.headingText(block)
            let kind = classifier.classify(text)
            if kind == .questions || kind == .round { return nil }
            // The title names the note, not a section.
            if level == 1, entry.title.source == .heading, text == entry.title.value { continue }
            seenHeading = true
            guard !text.isEmpty, kind == nil else { continue }
            if firstLine == nil { firstLine = block.line }
            if !unknown.contains(text) { unknown.append(text) }
        }
        guard !unknown.isEmpty || bareList else { return nil }
        var message = "no question found in this interview note"
        if unknown.isEmpty {
            message += "; put the questions under a heading such as `## Questions` or `## Round 1`"
        } else {
            let shown = unknown.prefix(namedHeadings).map { "'\($0)'" }.joined(separator: ", ")
            let more = unknown.count > namedHeadings ? " and \(unknown.count - namedHeadings) more" : ""
            message += "; journal did not recognise the heading\(unknown.count == 1 ? "" : "s") \(shown)\(more) as a section of questions"
            message += ". Use a heading word such as `Questions` or `Round 1`, add the heading to `sections: questions:` in .journal/config.yml"
        }
        message += ", or start each question with `Q:`"
        let location = SourceLocation(path: start.path, line: firstLine ?? 1, column: 1)
        return Diagnostic(.warning, location, message + " (or write `kind: question-bank` or `kind: template` if it is no interview)", help: FormatDoc.questions)
    }
}
