import Foundation
@testable import JournalKit

/// Drives a `LanguageServer` by calling it, as the transport would, and keeps what it sends.
struct ServerHarness {
    var server: LanguageServer
    var sent: [JSONValue] = []
    var now = 100.0

    init(root: String, today: String = "2026-11-20", offered: [String]? = nil) {
        server = LanguageServer(settings: ServerSettings(root: root, today: CalendarDay(iso: today)!, debounce: 0.05, docsURL: "https://docs.example/"))
        let encodings = offered.map { ",\"general\":{\"positionEncodings\":[" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]}" } ?? ""
        _ = request("initialize", "{\"capabilities\":{\"textDocument\":{}\(encodings)}}")
    }

    mutating func request(_ method: String, _ params: String) -> JSONValue {
        var out = RPCOutbox(now: now)
        let result = (try? server.request(method, params: json(params), out: &out)) ?? .string("error")
        sent += out.messages
        return result
    }

    mutating func notify(_ method: String, _ params: String) {
        var out = RPCOutbox(now: now)
        server.notification(method, params: json(params), out: &out)
        sent += out.messages
    }

    /// Lets `seconds` pass and runs what fell due.
    mutating func wait(_ seconds: Double) {
        now += seconds
        if let deadline = server.deadline, deadline <= now {
            var out = RPCOutbox(now: now)
            server.due(now: now, out: &out)
            sent += out.messages
        }
    }

    /// The `publishDiagnostics` sent so far, taken.
    mutating func takePublished() -> [JSONValue] {
        defer { sent.removeAll { $0["method"]?.stringValue == "textDocument/publishDiagnostics" } }
        return sent.filter { $0["method"]?.stringValue == "textDocument/publishDiagnostics" }.compactMap { $0["params"] }
    }

    mutating func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\(quoted(uri)),\"languageId\":\"markdown\",\"version\":\(version),\"text\":\(quoted(text))}}")
    }
}

func json(_ text: String) -> JSONValue { try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

func quoted(_ text: String) -> String { String(decoding: try! JSONEncoder().encode(text), as: UTF8.self) }

/// Compact JSON text with sorted keys, for whole comparisons.
func text(_ value: JSONValue?) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! encoder.encode(value ?? .null), as: UTF8.self)
}
