import Foundation

/// Completion, hover, outline, navigation and code actions of `LanguageServer`.
extension LanguageServer {
    func completion(_ params: JSONValue?) -> JSONValue {
        guard let (document, offset) = target(params) else { return .array([]) }
        let context = CursorContext(document: document, offset: offset)
        let items = Completion.items(context, document: document, entry: entry(document), entries: entries, today: settings.today)
        return .object(["isIncomplete": .bool(false), "items": .array(items)])
    }

    func hover(_ params: JSONValue?) -> JSONValue {
        guard let (document, offset) = target(params), let entry = entry(document) else { return .null }
        let line = document.position(ofOffset: offset, encoding: .utf8).line
        let all = entries
        let text: String?
        if let question = Hover.question(of: entry, line: line + 1) {
            let practice = PracticeList(entries: all)
            text = Hover.merged(question, in: practice).map { merged in
                let journal = Journal(root: settings.root, config: config, entries: all, diagnostics: [])
                let deck = ReviewLog.exists(root: settings.root) ? DrillDeck(journal: journal, practice: practice, today: settings.today) : nil
                return Hover.question(merged, entries: all, deck: deck, today: settings.today)
            }
        } else if case .value(let key)? = frontMatterKey(document, line: line) {
            switch FrontMatterDecoder.canonicalKey(key) {
            case "company":
                let prep = CompanyPrep.build(company: entry.companyName, entries: all, today: settings.today)
                text = PrepRenderer.markdown(prep, today: settings.today)
            case "date", "decision_by", "thank_you", "follow_ups", "referees_notified", "outcome":
                text = Hover.due(path: document.path, entries: all, config: config, today: settings.today)
            default:
                text = nil
            }
        } else {
            text = nil
        }
        guard let text else { return .null }
        return .object(["contents": LSP.markdown(text)])
    }

    /// The key of front-matter line `line` (0-based), when it is a `key:` line.
    func frontMatterKey(_ document: TextDocument, line: Int) -> CursorContext.Place? {
        let bytes = document.line(line)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let context = CursorContext(document: document, offset: colon + 1)
        if case .value = context.place { return context.place }
        return nil
    }

    func documentSymbols(_ params: JSONValue?) -> JSONValue {
        guard let (document, _) = target(params), let entry = entry(document) else { return .array([]) }
        return .array(DocumentOutline.symbols(entry, in: document, encoding: encoding))
    }

    /// The other interviews where the question under the cursor was asked.
    func definition(_ params: JSONValue?) -> JSONValue {
        .array(questionSources(params, includingThis: false))
    }

    func references(_ params: JSONValue?) -> JSONValue {
        .array(questionSources(params, includingThis: params?["context"]?["includeDeclaration"]?.boolValue ?? true))
    }

    func questionSources(_ params: JSONValue?, includingThis: Bool) -> [JSONValue] {
        guard let (document, offset) = target(params), let entry = entry(document) else { return [] }
        let line = document.position(ofOffset: offset, encoding: .utf8).line
        guard let question = Hover.question(of: entry, line: line + 1),
              let merged = Hover.merged(question, in: PracticeList(entries: entries)) else { return [] }
        return merged.sources.filter { includingThis || $0.path != document.path }.map(location)
    }

    /// An LSP location of a journal location (the open buffer's text, else the file's).
    func location(_ source: SourceLocation) -> JSONValue {
        let open = documents.values.first { $0.path == source.path }
        let full = source.path.hasPrefix("/") ? source.path : (settings.root as NSString).appendingPathComponent(source.path)
        let document = open ?? TextDocument(uri: DocumentURI.uri(path: source.path, root: settings.root), path: source.path, version: 0,
                                            text: readWholeFile(full) ?? [])
        return LSP.location(uri: document.uri, range: DocumentOutline.lineRange(source, in: document, encoding: encoding))
    }

    func codeActions(_ params: JSONValue?) -> JSONValue {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = documents[uri],
              let start = LSP.position(params?["range"]?["start"]), let end = LSP.position(params?["range"]?["end"]) else { return .array([]) }
        let lines = (start.line + 1)...(max(start.line, end.line) + 1)
        let here = (diagnostics[uri] ?? []).filter { lines.contains($0.location.line) }
        var actions = QuickFix.fixes(for: here, in: document)
        if let thank = QuickFix.thankYou(document, entry: entry(document), today: settings.today) { actions.append(thank) }
        let only = params?["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
        return .array(actions.filter { action in only.map { kinds in kinds.contains { action.kind.hasPrefix($0) } } ?? true }.map { action in
            var object: [String: JSONValue] = [
                "title": .string(action.title), "kind": .string(action.kind),
                "edit": .object(["changes": .object([uri: .array([.object([
                    "range": LSP.range(action.range, in: document, encoding: encoding),
                    "newText": .string(String(decoding: action.replacement, as: UTF8.self)),
                ])])])]),
            ]
            if let diagnostic = action.diagnostic {
                object["diagnostics"] = .array([LSPDiagnostic.json(diagnostic, in: document, encoding: encoding, docsURL: settings.docsURL)])
                object["isPreferred"] = .bool(true)
            }
            return .object(object)
        })
    }
}
