import Foundation

/// First-time costs paid on the idle core while the arguments are parsed.
///
/// The first entry a process reads costs several times what the next ones cost: the
/// runtime instantiates the metadata of every generic type on first use (each time
/// scanning its table of 6,000 protocol conformances), and the code of cmark and of the
/// extraction is paged in. `start()` reads a small built-in entry and builds a report from
/// it on another thread while the main thread parses the arguments.
public enum Prewarm {
    /// Starts the warm-up; wait for it before the process exits, so that it never runs
    /// while the process tears down.
    public static func start() -> Background<Void> {
        Background {
            PhaseTimer.ignoringThisThread {
                let result = EntryReader().read(path: "prewarm.md", bytes: Array(sample.utf8))
                if let entry = result.entry, let today = CalendarDay(iso: "2026-11-23") {
                    let model = ReportModel(entries: [entry], today: today, practice: PracticeList(entries: [entry]))
                    _ = ReportRenderer.markdown(model)
                }
            }
        }
    }

    /// An entry with what most notes have: front-matter, sections, questions with tags
    /// and notes, difficult answers, next steps, reflection and feedback.
    static let sample = """
        ---
        company: Globex
        role: Platform Engineer
        date: 2026-11-02
        stage: technical
        interviewers: Hank Scorpio (VP Engineering), Lena Ortiz
        decision_by: 2026-11-09
        thank_you: 2026-11-03
        outcome: rejected
        tags: [platform, kubernetes]
        ---

        # Globex — technical interview

        ## Questions
        - Design a rate limiter for a public API. #system-design
          - Token bucket per API key; they asked about clock skew.
        - Explain how a Kubernetes rolling update works. #kubernetes #hard
        - Tell me about a time you disagreed with your manager? #behavioral

        ## Difficult answers
        - **Explain how a Kubernetes rolling update works** — I mixed up the settings.

        ## Next steps
        - [x] Thank-you note to Hank and Lena 📅 2026-11-03
        - [ ] Follow up [due:: 2026-11-10]

        ## Reflection
        ### Went well
        - The rate limiter design landed well.
        ### To improve
        - I rushed the introduction; slow down.

        ## Feedback
        - Strong system design, but they want more `kubectl` experience.
        """
}
