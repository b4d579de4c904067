/// An email draft: a subject and a body (lines joined by "\n", no line end at the end).
/// `journal draft` prints it; nothing ever sends it.
package struct Draft: Sendable, Hashable {
    package var subject: String
    package var body: String

    package init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// `Subject: ...`, a blank line and the body, ending with a line end.
    package var text: String { "Subject: \(subject)\n\n\(body)\n" }

    /// The draft as a `mailto:` URL (RFC 6068) to `to` (one address or several separated
    /// by commas; empty leaves the recipient to the mail program).
    package func mailto(to: String) -> String { DraftMailto.url(to: to, subject: subject, body: body) }
}
