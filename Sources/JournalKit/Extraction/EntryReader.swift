#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-file pipeline: bytes → encoding checks → front-matter split and decode →
/// cmark parse → extraction → inference. Pure: no file system, no printing.
package struct EntryReader: Sendable {
    package let classifier: SectionClassifier

    /// Whether each result keeps the candidates the question classifier judged (`check --explain`).
    package var explain = false

    /// A reader with the default heading vocabulary; `init(config:)` (Config/) reads the
    /// journal's own.
    package init(classifier: SectionClassifier = SectionClassifier()) {
        self.classifier = classifier
    }

    /// The result of reading one file.
    package struct Result: Sendable, Hashable {
        /// Nil when the file could not be read as an entry at all (binary, not UTF-8 text).
        package var entry: Entry?
        package var diagnostics: [Diagnostic]
        /// With `explain`: every block the question classifier judged, in document order.
        package var candidates: [QuestionCandidate] = []
    }

    /// Reads one entry from its bytes.
    /// - Parameter path: the path relative to the journal root, used in locations.
    package func read(path: String, bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { read(path: path, buffer: $0) }
    }

    package func read(path: String, buffer whole: UnsafeBufferPointer<UInt8>) -> Result {
        var diagnostics: [Diagnostic] = []
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }

        // Encoding.
        var buffer = whole
        if buffer.count >= 2, (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) {
            diagnostics.append(Diagnostic(.error, at(1, 1), "this file is UTF-16 text, not UTF-8; save it as UTF-8 (most editors offer \"UTF-8\" in Save As) so journal can read it", help: FormatDoc.encoding))
            return Result(entry: nil, diagnostics: diagnostics)
        }
        // Byte offsets in messages count from the start of the file, byte-order mark included.
        var bomLength = 0
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            buffer = UnsafeBufferPointer(rebasing: buffer[3...])
            bomLength = 3
        }
        // A practice list or report that journal wrote here with -o is not an interview.
        if bomLength == 0, JournalOutput.isJournalOutput(buffer.prefix(64)) {
            return Result(entry: nil, diagnostics: [Diagnostic(.note, at(1, 1), JournalOutput.note)])
        }
        let problem = EncodingCheck.firstProblem(buffer)
        if let problem {
            switch problem {
            case .binary:
                diagnostics.append(Diagnostic(.error, at(1, 1), "this file looks binary (it contains NUL bytes), not Markdown text; move it out of the journal or add it to .journalignore", help: FormatDoc.encoding))
                return Result(entry: nil, diagnostics: diagnostics)
            case .utf16:
                diagnostics.append(Diagnostic(.error, at(1, 1), "this file looks like UTF-16 text without a byte-order mark, not UTF-8; save it as UTF-8 so journal can read it", help: FormatDoc.encoding))
                return Result(entry: nil, diagnostics: diagnostics)
            case .invalidUTF8(let offset, let line, let column):
                diagnostics.append(Diagnostic(.error, at(line, column), "invalid UTF-8 at byte offset \(offset + bomLength); the bad bytes are read as \u{FFFD}. Re-save the file as UTF-8", help: FormatDoc.encoding))
            }
        }

        if let nul = EncodingCheck.nulBytes(buffer) {
            let offset = nul.offset + bomLength
            let what = nul.count == 1 ? "a NUL byte (at byte offset \(offset)), which is read as \u{FFFD}; remove it"
                                      : "\(nul.count) NUL bytes (the first at byte offset \(offset)), which are read as \u{FFFD}; remove them"
            diagnostics.append(Diagnostic(.warning, at(nul.line, nul.column), "this file contains \(what), or re-save the file as UTF-8 text", help: FormatDoc.encoding))
        }

        diagnostics += ControlCharacterCheck.diagnostics(path: path, bytes: buffer)

        var started = PhaseTimer.start()
        // Front-matter.
        let split = FrontMatterSplitter.split(buffer, copyingText: false)
        var fm = FrontMatter()
        if split.unclosed {
            diagnostics.append(Diagnostic(.error, at(1, 1), "the front-matter opened on line 1 is never closed; add a line with only `\(split.syntax == .toml ? "+++" : "---")` after the last key (the whole file is read as Markdown meanwhile)", help: FormatDoc.frontMatter))
        } else if let syntax = split.syntax {
            let text = UnsafeBufferPointer(rebasing: buffer[split.textRange])
            let parsed = syntax == .yaml ? YAMLFrontMatter.parse(text, validUTF8: problem == nil, firstLine: split.firstLine)
                                         : TOMLFrontMatter.parse(String(decoding: text, as: UTF8.self), firstLine: split.firstLine)
            switch parsed {
            case .success(let root?):
                var decoder = FrontMatterDecoder(path: path)
                fm = decoder.decode(root)
                diagnostics += decoder.diagnostics
            case .success(nil):
                break
            case .failure(let failure):
                diagnostics.append(Diagnostic(.error, at(failure.line, failure.column), failure.message + "; the front-matter is ignored until this is fixed", help: FormatDoc.frontMatter))
            }
        }

        PhaseTimer.add(.frontMatter, since: started)
        // Body.
        let body = UnsafeBufferPointer(rebasing: buffer[split.bodyStart...])
        let document = MarkdownParser.parse(body, lineOffset: split.bodyLineOffset, knownValid: problem == nil)
        started = PhaseTimer.start()
        let extraction = EntryExtractor.extract(document, path: path, classifier: classifier, explain: explain)
        diagnostics += extraction.diagnostics
        PhaseTimer.add(.extraction, since: started)
        started = PhaseTimer.start()
        defer { PhaseTimer.add(.inference, since: started) }

        var entry = Inference.entry(path: path, frontMatter: fm, firstHeading: extraction.firstHeading, blocks: document.blocks,
                                    diagnostics: &diagnostics)
        extraction.apply(to: &entry, frontMatterTags: fm.tags)
        let survey = NoteSurvey(document.blocks, countPrompts: fm.kind == nil && (fm.company == nil || fm.date == nil))
        entry.nextSteps = TaskItems.merge(entry.nextSteps, tasks: survey.tasks, path: path, diagnostics: &diagnostics)
        EntryKindRules.apply(to: &entry, frontMatter: fm, survey: survey, blocks: document.blocks, classifier: classifier,
                             diagnostics: &diagnostics)

        if whole.isEmpty {
            diagnostics.append(Diagnostic(.warning, at(1, 1), "this file is empty; write down the interview while it is fresh, or delete the file", help: FormatDoc.inference))
        }
        return Result(entry: entry, diagnostics: diagnostics.sorted(), candidates: extraction.candidates)
    }
}
