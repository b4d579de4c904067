/// An email draft: a subject and a body (lines joined by "\n", no line end at the end).
/// `journal draft` prints it; nothing ever sends it.
public struct Draft: Sendable, Hashable {
    public var subject: String
    public var body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// `Subject: ...`, a blank line and the body, ending with a line end.
    public var text: String { "Subject: \(subject)\n\n\(body)\n" }

    /// The draft as a `mailto:` URL (RFC 6068) to `to` (one address or several separated
    /// by commas; empty leaves the recipient to the mail program).
    public func mailto(to: String) -> String { DraftMailto.url(to: to, subject: subject, body: body) }
}
