/// The kinds of email `journal draft` writes, each with its built-in template.
///
/// The tone follows the career advice of DESIGN 1: a thank-you within 24 hours, brief and
/// specific (one topic) and restating interest; a follow-up polite and without pressure,
/// after the decision date; a feedback request after a rejection, gracious, with one
/// specific ask; a withdrawal courteous and brief, leaving the door open.
package enum DraftKind: String, Sendable, Hashable, CaseIterable {
    case thankYou = "thank-you"
    case followUp = "follow-up"
    case feedback
    case withdraw

    /// Where a journal keeps its own template for this kind, relative to the root.
    package var relativePath: String { ".journal/drafts/\(rawValue).txt" }

    /// The built-in template: a `Subject:` line, a blank line, the body (`DraftTemplate`).
    package var builtIn: String {
        switch self {
        case .thankYou: """
            Subject: Thank you for {{the_round}}

            Dear {{greeting}},

            Thank you for your time in {{the_round}} for {{the_role}}.

            I especially enjoyed our conversation about {{topic}}.

            I also appreciated your answer to my question, "{{asked}}"

            Our conversation made me even more interested in joining {{company}}. Please let me know if I can send anything else that would help.

            Best regards,

            """
        case .followUp: """
            Subject: Following up on {{the_role}} at {{company}}

            Dear {{greeting}},

            I hope you are well. I am writing to follow up on {{the_round}} on {{date}} for {{the_role}}.

            You mentioned that you hoped to decide by {{decision_date}}, so I wanted to ask whether there is any news on the timeline.

            I remain very interested in joining {{company}}, and I understand these decisions take time. Please let me know if I can provide anything else.

            Best regards,

            """
        case .feedback: """
            Subject: Thank you, and a short request

            Dear {{greeting}},

            Thank you for letting me know, and for the time you spent with me in {{the_round}} for {{the_role}}. I enjoyed learning about {{company}}.

            If you have a moment, I would be grateful for one piece of feedback: what one thing would have made me a stronger candidate?

            I would be glad to stay in touch and to be considered for future roles at {{company}}.

            Best regards,

            """
        case .withdraw: """
            Subject: Withdrawing my application for {{the_role}}

            Dear {{greeting}},

            Thank you for your time and for considering me for {{the_role}} at {{company}}.

            After careful thought, I have decided to withdraw my application. I enjoyed meeting the team, and I hope our paths cross again.

            Best regards,

            """
        }
    }
}
