import Foundation
import Testing
@testable import JournalKit

/// A handler that echoes `echo` requests and knows nothing else: the transport alone.
struct EchoHandler: RPCHandler {
    var notifications: [String] = []
    mutating func request(_ method: String, params: JSONValue?, out: inout RPCOutbox) throws(RPCError) -> JSONValue {
        switch method {
        case "initialize": return .object(["capabilities": .object([:])])
        case "shutdown": return .null
        case "echo": return params ?? .null
        default: throw RPCError.methodNotFound(method)
        }
    }
    mutating func notification(_ method: String, params: JSONValue?, out: inout RPCOutbox) { notifications.append(method) }
    var deadline: Double? { nil }
    mutating func due(now: Double, out: inout RPCOutbox) {}
}

/// Framed bytes of a JSON text.
func framed(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

/// The message bodies of framed output, as text.
func bodies(_ output: [UInt8]) -> [String] {
    var framer = MessageFramer()
    framer.append(output)
    var texts: [String] = []
    while case .body(let body)? = framer.next() { texts.append(String(decoding: body, as: UTF8.self)) }
    return texts
}

@Suite struct RPCSessionTests {
    static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#
    static let initialized = #"{"id":1,"jsonrpc":"2.0","result":{"capabilities":{}}}"#

    func started() -> RPCSession<EchoHandler> {
        var session = RPCSession(handler: EchoHandler())
        #expect(bodies(session.receive(framed(Self.initialize), now: 0)) == [Self.initialized])
        return session
    }

    @Test func aMessageSplitIntoPiecesIsAnsweredOnceWhole() {
        var session = started()
        let bytes = framed(#"{"jsonrpc":"2.0","id":2,"method":"echo","params":{"text":"héllo 你好 😀"}}"#)
        var output: [UInt8] = []
        // One byte at a time, through the header, the blank line and the UTF-8 sequences.
        for byte in bytes { output += session.receive([byte], now: 0) }
        #expect(bodies(output) == [#"{"id":2,"jsonrpc":"2.0","result":{"text":"héllo 你好 😀"}}"#])
    }

    @Test func concatenatedMessagesAreAnsweredInOrder() {
        var session = started()
        let bytes = framed(#"{"jsonrpc":"2.0","id":"a","method":"echo","params":1}"#)
            + framed(#"{"jsonrpc":"2.0","method":"note","params":{}}"#)
            + framed(#"{"jsonrpc":"2.0","id":3,"method":"echo","params":[true]}"#)
        #expect(bodies(session.receive(bytes, now: 0)) == [#"{"id":"a","jsonrpc":"2.0","result":1}"#, #"{"id":3,"jsonrpc":"2.0","result":[true]}"#])
        #expect(session.handler.notifications == ["note"])
    }

    @Test func aContentLengthTooShortIsAParseErrorAndTheNextMessageStillWorks() {
        var session = started()
        let body = #"{"jsonrpc":"2.0","id":2,"method":"echo","params":1}"#
        let wrong = Array("Content-Length: 10\r\n\r\n\(body)".utf8)
        let output = session.receive(wrong + framed(#"{"jsonrpc":"2.0","id":4,"method":"echo","params":4}"#), now: 0)
        #expect(bodies(output) == [
            #"{"error":{"code":-32700,"message":"the message is not valid JSON"},"id":null,"jsonrpc":"2.0"}"#,
            #"{"id":4,"jsonrpc":"2.0","result":4}"#,
        ])
    }

    @Test func aContentLengthThatIsNoNumberIsSkipped() {
        var session = started()
        let output = session.receive(Array("Content-Length: ten\r\n\r\n{}".utf8) + framed(#"{"jsonrpc":"2.0","id":5,"method":"echo","params":5}"#), now: 0)
        #expect(bodies(output) == [#"{"id":5,"jsonrpc":"2.0","result":5}"#])
        #expect(session.takeProblems() == ["journal lsp: skipped a message with a bad header: Content-Length is not a number of bytes: 'ten'"])
    }

    @Test func aContentLengthTooLongWaitsThenTheEndOfInputSaysSo() {
        var session = started()
        #expect(session.receive(Array("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\"}".utf8), now: 0).isEmpty)
        session.endOfInput()
        #expect(session.state == .exited(status: 1))
        #expect(session.takeProblems() == ["journal lsp: the input ended inside a message (40 bytes unread; is a Content-Length too large?)"])
    }

    @Test func invalidJSONIsAParseError() {
        var session = started()
        #expect(bodies(session.receive(framed(#"{"jsonrpc":"2.0","id":2,"method":"#), now: 0))
                == [#"{"error":{"code":-32700,"message":"the message is not valid JSON"},"id":null,"jsonrpc":"2.0"}"#])
        #expect(bodies(session.receive(framed(#"[1,2]"#), now: 0))
                == [#"{"error":{"code":-32600,"message":"a message must be a JSON object"},"id":null,"jsonrpc":"2.0"}"#])
    }

    @Test func anUnknownMethodIsMethodNotFound() {
        var session = started()
        #expect(bodies(session.receive(framed(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/bogus"}"#), now: 0))
                == [#"{"error":{"code":-32601,"message":"no method 'textDocument/bogus' in journal's language server"},"id":7,"jsonrpc":"2.0"}"#])
        // An unknown notification is ignored: no answer.
        #expect(session.receive(framed(#"{"jsonrpc":"2.0","method":"$/bogus"}"#), now: 0).isEmpty)
    }

    @Test func aRequestBeforeInitializeIsServerNotInitialized() {
        var session = RPCSession(handler: EchoHandler())
        #expect(bodies(session.receive(framed(#"{"jsonrpc":"2.0","id":1,"method":"echo"}"#), now: 0))
                == [#"{"error":{"code":-32002,"message":"the server is not initialized; send `initialize` first"},"id":1,"jsonrpc":"2.0"}"#])
    }

    @Test func aRequestAfterShutdownIsInvalidRequestAndExitIsZero() {
        var session = started()
        #expect(bodies(session.receive(framed(#"{"jsonrpc":"2.0","id":8,"method":"shutdown"}"#), now: 0)) == [#"{"id":8,"jsonrpc":"2.0","result":null}"#])
        #expect(bodies(session.receive(framed(#"{"jsonrpc":"2.0","id":9,"method":"echo","params":1}"#), now: 0))
                == [#"{"error":{"code":-32600,"message":"the server is shut down; only `exit` is accepted now"},"id":9,"jsonrpc":"2.0"}"#])
        #expect(session.receive(framed(#"{"jsonrpc":"2.0","method":"exit"}"#), now: 0).isEmpty)
        #expect(session.state == .exited(status: 0))
    }

    @Test func exitWithoutShutdownIsStatusOne() {
        var session = started()
        _ = session.receive(framed(#"{"jsonrpc":"2.0","method":"exit"}"#), now: 0)
        #expect(session.state == .exited(status: 1))
        // Nothing after `exit` is read.
        #expect(session.receive(framed(#"{"jsonrpc":"2.0","id":2,"method":"echo"}"#), now: 0).isEmpty)
    }

    @Test func headersInAnyCaseWithAContentTypeAndBareNewlines() {
        var session = started()
        let body = #"{"jsonrpc":"2.0","id":2,"method":"echo","params":2}"#
        let bytes = Array("content-length: \(body.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(body)".utf8)
            + Array("Content-Length: \(body.utf8.count)\n\n\(body)".utf8)
        #expect(bodies(session.receive(bytes, now: 0)) == [#"{"id":2,"jsonrpc":"2.0","result":2}"#, #"{"id":2,"jsonrpc":"2.0","result":2}"#])
    }
}
