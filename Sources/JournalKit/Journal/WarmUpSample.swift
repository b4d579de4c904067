/// The small built-in entry that the executable reads on the idle core while it parses
/// its arguments, to pay first-use costs off the critical path.
package enum WarmUpSample {
    /// An entry with what most notes have: front-matter, sections, questions with tags
    /// and notes, difficult answers, next steps, reflection and feedback.
    package static let text = """
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
        - Design a rate limiter for a package API. #system-design
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
