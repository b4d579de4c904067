/// A JSON-RPC error: a code of the specification and a message.
package struct RPCError: Error, Sendable, Equatable {
    package var code: Int
    package var message: String

    package init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    package static let parseErrorCode = -32700
    package static let invalidRequestCode = -32600
    package static let methodNotFoundCode = -32601
    package static let invalidParamsCode = -32602
    package static let internalErrorCode = -32603
    /// LSP: a request before `initialize`.
    package static let serverNotInitializedCode = -32002
    /// LSP: a request the server gave up on.
    package static let requestFailedCode = -32803

    package static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: methodNotFoundCode, message: "no method '\(method)' in journal's language server")
    }

    package static func invalidParams(_ message: String) -> RPCError {
        RPCError(code: invalidParamsCode, message: message)
    }
}
