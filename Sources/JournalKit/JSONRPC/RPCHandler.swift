/// What answers the requests and notifications of a JSON-RPC session: the server logic,
/// apart from the framing and the life cycle (`RPCSession`).
package protocol RPCHandler {
    /// The result of request `method`; throws `RPCError.methodNotFound` for a method it has not.
    /// `initialize` and `shutdown` come here too, after the session has checked their order.
    mutating func request(_ method: String, params: JSONValue?, out: inout RPCOutbox) throws(RPCError) -> JSONValue
    /// Acts on notification `method` (an unknown one is ignored).
    mutating func notification(_ method: String, params: JSONValue?, out: inout RPCOutbox)
    /// Seconds (on the session's clock) when `due` should run next, nil for never: how a
    /// handler debounces work.
    var deadline: Double? { get }
    /// Runs the work that has fallen due at `now`.
    mutating func due(now: Double, out: inout RPCOutbox)
}

/// Messages the server sends of its own accord (notifications, requests to the client).
package struct RPCOutbox: Sendable {
    package private(set) var messages: [JSONValue] = []
    /// The session's clock when the message being handled arrived.
    package var now: Double

    package init(now: Double) { self.now = now }

    package mutating func notify(_ method: String, _ params: JSONValue) {
        messages.append(RPCMessage.notification(method, params))
    }

    /// A request to the client (its answer is not waited for); ids are "journal-1", "journal-2"...
    package mutating func request(_ method: String, _ params: JSONValue) {
        requests += 1
        messages.append(RPCMessage.request(id: .string("journal-\(requests)"), method: method, params: params))
    }

    /// How many requests this outbox has sent (for their ids).
    package var requests = 0

    /// A `window/logMessage` (type 1 error ... 4 log).
    package mutating func log(_ message: String, type: Int = 4) {
        notify("window/logMessage", .object(["type": .number(Double(type)), "message": .string(message)]))
    }

    mutating func take() -> [JSONValue] {
        defer { messages = [] }
        return messages
    }
}
