/// A JSON-RPC session with the life cycle of the Language Server Protocol, fed bytes and
/// answering bytes, with no file descriptor in sight (`RPCStdio` connects it to stdin and
/// stdout).
///
/// Before `initialize` every other request gets ServerNotInitialized (-32002); after
/// `shutdown` every request gets InvalidRequest (-32600); `exit` ends the session with
/// status 0 after `shutdown`, else 1. An unknown method gets MethodNotFound (-32601),
/// invalid JSON a ParseError (-32700) with a null id.
package struct RPCSession<Handler: RPCHandler> {
    package enum State: Sendable, Equatable {
        case starting, running, shutDown
        case exited(status: Int32)
    }

    package var handler: Handler
    package private(set) var state: State = .starting
    private var framer = MessageFramer()
    /// Problems to show on standard error (never stdout: that is the protocol's).
    package private(set) var problems: [String] = []

    package init(handler: Handler) { self.handler = handler }

    /// Takes the problems noted since the last call.
    package mutating func takeProblems() -> [String] {
        defer { problems = [] }
        return problems
    }

    /// Reads `bytes` from the client and returns the framed bytes to send back.
    package mutating func receive(_ bytes: [UInt8], now: Double) -> [UInt8] {
        framer.append(bytes)
        var output: [UInt8] = []
        while !isExited, let frame = framer.next() {
            switch frame {
            case .badHeader(let problem):
                problems.append("journal lsp: skipped a message with a bad header: \(problem)")
            case .body(let body):
                for message in handle(body, now: now) { output += RPCMessage.encode(message) }
            }
        }
        return output
    }

    /// Runs the handler's work that is due at `now` and returns what it sends.
    package mutating func tick(now: Double) -> [UInt8] {
        guard !isExited, let deadline = handler.deadline, deadline <= now else { return [] }
        var out = RPCOutbox(now: now)
        handler.due(now: now, out: &out)
        return out.take().flatMap(RPCMessage.encode)
    }

    /// The stream ended: without `exit` that is an exit without `shutdown` (status 1),
    /// unless `shutdown` came.
    package mutating func endOfInput() {
        if framer.pending > 0 { problems.append("journal lsp: the input ended inside a message (\(framer.pending) bytes unread; is a Content-Length too large?)") }
        if !isExited { state = .exited(status: state == .shutDown ? 0 : 1) }
    }

    package var isExited: Bool {
        if case .exited = state { return true }
        return false
    }

    private mutating func handle(_ body: [UInt8], now: Double) -> [JSONValue] {
        var out = RPCOutbox(now: now)
        switch RPCMessage.parse(body) {
        case .failure(let failure):
            problems.append("journal lsp: \(failure.error.message)")
            return [RPCMessage.response(id: failure.id, error: failure.error)]
        case .success(.response):
            return []
        case .success(.notification(let method, let params)):
            switch (method, state) {
            case ("exit", _):
                state = .exited(status: state == .shutDown ? 0 : 1)
            case (_, .running):
                handler.notification(method, params: params, out: &out)
            default:
                break  // Before `initialize` and after `shutdown`, notifications are dropped (except exit).
            }
            return out.take()
        case .success(.request(let id, let method, let params)):
            let reply: JSONValue
            switch (method, state) {
            case (_, .shutDown):
                reply = RPCMessage.response(id: id, error: RPCError(code: RPCError.invalidRequestCode, message: "the server is shut down; only `exit` is accepted now"))
            case ("initialize", .running):
                reply = RPCMessage.response(id: id, error: RPCError(code: RPCError.invalidRequestCode, message: "the server is already initialized"))
            case ("initialize", _), (_, .running):
                do {
                    let result = try handler.request(method, params: params, out: &out)
                    if method == "initialize" { state = .running }
                    if method == "shutdown" { state = .shutDown }
                    reply = RPCMessage.response(id: id, result: result)
                } catch {
                    reply = RPCMessage.response(id: id, error: error)
                }
            default:
                reply = RPCMessage.response(id: id, error: RPCError(code: RPCError.serverNotInitializedCode, message: "the server is not initialized; send `initialize` first"))
            }
            return [reply] + out.take()
        }
    }
}
