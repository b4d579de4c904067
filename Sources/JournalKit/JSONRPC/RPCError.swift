/// A JSON-RPC error: a code of the specification and a message.
public struct RPCError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    /// LSP: a request before `initialize`.
    public static let serverNotInitializedCode = -32002
    /// LSP: a request the server gave up on.
    public static let requestFailedCode = -32803

    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: methodNotFoundCode, message: "no method '\(method)' in journal's language server")
    }

    public static func invalidParams(_ message: String) -> RPCError {
        RPCError(code: invalidParamsCode, message: message)
    }
}
