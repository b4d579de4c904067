import Foundation

/// One JSON-RPC 2.0 message received: a request (with an id), a notification (without) or a
/// response to a request the server sent.
package enum RPCMessage: Sendable, Equatable {
    case request(id: JSONValue, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    case response(id: JSONValue, result: JSONValue?, error: JSONValue?)

    /// Reads a message body, or says why it is none: invalid JSON is a parse error, valid
    /// JSON that is no message an invalid request (with its id when it has one).
    package static func parse(_ body: [UInt8]) -> Result<RPCMessage, Failure> {
        let value: JSONValue
        do { value = try JSONDecoder().decode(JSONValue.self, from: Data(body)) } catch {
            return .failure(Failure(id: .null, error: RPCError(code: RPCError.parseErrorCode, message: "the message is not valid JSON")))
        }
        guard case .object(let object) = value else {
            return .failure(Failure(id: .null, error: RPCError(code: RPCError.invalidRequestCode, message: "a message must be a JSON object")))
        }
        let id = object["id"]
        if let id, !id.isValidID {
            return .failure(Failure(id: .null, error: RPCError(code: RPCError.invalidRequestCode, message: "the id must be a number or a string")))
        }
        guard case .string(let method)? = object["method"] else {
            if let id, object["result"] != nil || object["error"] != nil {
                return .success(.response(id: id, result: object["result"], error: object["error"]))
            }
            return .failure(Failure(id: id ?? .null, error: RPCError(code: RPCError.invalidRequestCode, message: "a request needs a method (a string)")))
        }
        let params = object["params"]
        if let id { return .success(.request(id: id, method: method, params: params)) }
        return .success(.notification(method: method, params: params))
    }

    /// A message that could not be read, and the error response it gets.
    package struct Failure: Error, Sendable, Equatable {
        package var id: JSONValue
        package var error: RPCError
    }

    /// The body of a response to request `id`.
    package static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
    }

    /// The body of an error response to request `id`.
    package static func response(id: JSONValue, error: RPCError) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "error": .object(["code": .number(Double(error.code)), "message": .string(error.message)])])
    }

    /// The body of a notification from the server.
    package static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
    }

    /// The body of a request from the server.
    package static func request(id: JSONValue, method: String, params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "method": .string(method), "params": params])
    }

    /// A message as framed bytes: JSON with sorted keys and unescaped slashes.
    package static func encode(_ value: JSONValue) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)).map { Array($0) } ?? Array("null".utf8)
        return MessageFramer.frame(body)
    }
}

extension JSONValue {
    /// A JSON-RPC id: a number or a string.
    var isValidID: Bool {
        switch self {
        case .number, .string: true
        default: false
        }
    }

    /// The member `key` of an object, nil for anything else.
    package subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    package var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    package var intValue: Int? {
        if case .number(let n) = self, n == n.rounded(), abs(n) < 1e15 { return Int(n) }
        return nil
    }

    package var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}
