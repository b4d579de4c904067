import Foundation

/// The logic of `journal lsp`: what to answer each request with, apart from the transport
/// (`RPCSession`), so that it is tested by calling it. Open buffers are read from their
/// text, the rest of the journal from disk and the cache; `workspace/didChangeWatchedFiles`
/// keeps the rest current.
package struct LanguageServer: RPCHandler {
    package var settings: ServerSettings
    package private(set) var encoding: PositionEncoding = .utf16
    package private(set) var documents: [String: TextDocument] = [:]
    /// The journal on disk (entries by path), loaded at `initialize`.
    package private(set) var diskEntries: [String: Entry] = [:]
    /// Entries read from open buffers, by path: they stand in for the disk's.
    package private(set) var bufferEntries: [String: Entry] = [:]
    /// The last diagnostics of each open buffer (journal form), by URI.
    package private(set) var diagnostics: [String: [Diagnostic]] = [:]
    /// URIs to check again, and when (the debounce).
    package private(set) var pending: [String: Double] = [:]
    package private(set) var config = JournalConfig()
    /// Whether the client lets the server ask it to watch files (dynamic registration).
    package private(set) var canWatchFiles = false

    package init(settings: ServerSettings) { self.settings = settings }

    /// Every entry: the open buffers' in place of the disk's, sorted by path.
    package var entries: [Entry] {
        var merged = diskEntries
        for (path, entry) in bufferEntries { merged[path] = entry }
        return merged.keys.sorted().map { merged[$0]! }
    }

    // MARK: RPCHandler

    package var deadline: Double? { pending.values.min() }

    package mutating func due(now: Double, out: inout RPCOutbox) {
        for (uri, when) in pending.sorted(by: { $0.key < $1.key }) where when <= now {
            pending[uri] = nil
            publish(uri, out: &out)
        }
    }

    package mutating func request(_ method: String, params: JSONValue?, out: inout RPCOutbox) throws(RPCError) -> JSONValue {
        switch method {
        case "initialize": return initialize(params, out: &out)
        case "shutdown": return .null
        case "textDocument/completion": return completion(params)
        case "textDocument/hover": return hover(params)
        case "textDocument/documentSymbol": return documentSymbols(params)
        case "textDocument/definition": return definition(params)
        case "textDocument/references": return references(params)
        case "textDocument/codeAction": return codeActions(params)
        default: throw RPCError.methodNotFound(method)
        }
    }

    package mutating func notification(_ method: String, params: JSONValue?, out: inout RPCOutbox) {
        switch method {
        case "initialized": if canWatchFiles { watchFiles(out: &out) }
        case "textDocument/didOpen": didOpen(params, out: &out)
        case "textDocument/didChange": didChange(params, out: &out)
        case "textDocument/didClose": didClose(params, out: &out)
        case "textDocument/didSave": break
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params, out: &out)
        default: break
        }
    }

    // MARK: Life cycle and text sync

    mutating func initialize(_ params: JSONValue?, out: inout RPCOutbox) -> JSONValue {
        let offered = params?["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue)
        encoding = PositionEncoding.negotiate(offered: offered)
        canWatchFiles = params?["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
        if let options = params?["initializationOptions"], let docs = options["docsURL"]?.stringValue { settings.docsURL = docs }
        let journal = Journal.load(root: settings.root, options: LoadOptions(useCache: settings.useCache))
        config = journal.config
        diskEntries = Dictionary(journal.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        out.log("journal lsp: \(journal.entries.count) notes in \(settings.root)")
        return .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": .object(["openClose": .bool(true), "change": .number(2), "save": .bool(false)]),
                "completionProvider": .object(["triggerCharacters": .array([":", "#", " ", "-"].map(JSONValue.string))]),
                "hoverProvider": .bool(true),
                "documentSymbolProvider": .bool(true),
                "definitionProvider": .bool(true),
                "referencesProvider": .bool(true),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix"), .string("refactor.rewrite")])]),
            ]),
            "serverInfo": .object(["name": .string("journal"), "version": .string("0.1.0")]),
        ])
    }

    /// Asks the client to report changes of the notes and of the configuration on disk.
    func watchFiles(out: inout RPCOutbox) {
        let globs = ["**/*.md", "**/*.markdown", "**/.journal/config.yml"]
        out.request("client/registerCapability", .object(["registrations": .array([.object([
            "id": .string("journal-watched-files"), "method": .string("workspace/didChangeWatchedFiles"),
            "registerOptions": .object(["watchers": .array(globs.map { .object(["globPattern": .string($0)]) })]),
        ])])]))
    }

    mutating func didOpen(_ params: JSONValue?, out: inout RPCOutbox) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue,
              let path = DocumentURI.journalPath(uri, root: settings.root) else { return }
        // Only notes are entries (a client may attach the server to other files too).
        let lower = path.lowercased()
        guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { return }
        documents[uri] = TextDocument(uri: uri, path: path, version: item["version"]?.intValue ?? 0, text: Array(text.utf8))
        // Opening shows the diagnostics at once; only typing is debounced.
        publish(uri, out: &out)
    }

    mutating func didChange(_ params: JSONValue?, out: inout RPCOutbox) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, var document = documents[uri] else { return }
        for change in params?["contentChanges"]?.arrayValue ?? [] {
            guard let text = change["text"]?.stringValue else { continue }
            if let range = change["range"], let start = LSP.position(range["start"]), let end = LSP.position(range["end"]) {
                let lower = document.offset(line: start.line, character: start.character, encoding: encoding)
                let upper = document.offset(line: end.line, character: end.character, encoding: encoding)
                document.replace(lower..<max(lower, upper), with: Array(text.utf8))
            } else {
                document.replaceAll(with: Array(text.utf8))
            }
        }
        if let version = params?["textDocument"]?["version"]?.intValue { document.version = version }
        documents[uri] = document
        pending[uri] = out.now + settings.debounce
    }

    mutating func didClose(_ params: JSONValue?, out: inout RPCOutbox) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = documents.removeValue(forKey: uri) else { return }
        pending[uri] = nil
        diagnostics[uri] = nil
        bufferEntries[document.path] = nil
        // The file on disk is what counts again.
        reloadFromDisk([document.path])
        out.notify("textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
    }

    mutating func didChangeWatchedFiles(_ params: JSONValue?, out: inout RPCOutbox) {
        var paths: [String] = []
        var configChanged = false
        for change in params?["changes"]?.arrayValue ?? [] {
            guard let uri = change["uri"]?.stringValue, let path = DocumentURI.journalPath(uri, root: settings.root) else { continue }
            if path == ConfigLoader.relativePath { configChanged = true }
            paths.append(path)
        }
        if configChanged {
            let journal = Journal.load(root: settings.root, options: LoadOptions(useCache: settings.useCache))
            config = journal.config
            diskEntries = Dictionary(journal.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            for uri in documents.keys { pending[uri] = out.now }
        } else {
            reloadFromDisk(paths)
        }
    }

    /// Reads `paths` from disk again: a file that is gone leaves the journal.
    mutating func reloadFromDisk(_ paths: [String]) {
        let notes = paths.filter { $0.lowercased().hasSuffix(".md") || $0.lowercased().hasSuffix(".markdown") }
        guard !notes.isEmpty else { return }
        for path in notes { diskEntries[path] = nil }
        let existing = notes.filter { FileManager.default.fileExists(atPath: $0.hasPrefix("/") ? $0 : settings.root + "/" + $0) }
        guard !existing.isEmpty else { return }
        let journal = Journal.load(root: settings.root, options: LoadOptions(files: existing, useCache: settings.useCache))
        for entry in journal.entries { diskEntries[entry.path] = entry }
    }

    /// Checks buffer `uri` now and sends its diagnostics.
    mutating func publish(_ uri: String, out: inout RPCOutbox) {
        guard let document = documents[uri] else { return }
        let checked = BufferCheck.check(path: document.path, bytes: document.bytes, root: settings.root)
        bufferEntries[document.path] = checked.entry
        diagnostics[uri] = checked.diagnostics
        let items = checked.diagnostics.map { LSPDiagnostic.json($0, in: document, encoding: encoding, docsURL: settings.docsURL) }
        out.notify("textDocument/publishDiagnostics", .object([
            "uri": .string(uri), "version": .number(Double(document.version)), "diagnostics": .array(items),
        ]))
    }

    /// The open document of a request's `textDocument.uri`, and the byte offset of its `position`.
    func target(_ params: JSONValue?) -> (document: TextDocument, offset: Int)? {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = documents[uri] else { return nil }
        let position = LSP.position(params?["position"]) ?? (0, 0)
        return (document, document.offset(line: position.line, character: position.character, encoding: encoding))
    }

    /// The entry of an open document (from its buffer, else from disk).
    func entry(_ document: TextDocument) -> Entry? {
        bufferEntries[document.path] ?? diskEntries[document.path]
    }
}
