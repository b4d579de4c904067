import JournalKit

/// First-time costs paid on the idle core while the arguments are parsed.
///
/// The first entry a process reads costs several times what the next ones cost: the
/// runtime instantiates the metadata of every generic type on first use (each time
/// scanning its table of 6,000 protocol conformances), and the code of cmark and of the
/// extraction is paged in. `start()` reads a small built-in entry (`WarmUpSample`) and
/// builds a report from it on another thread while the main thread parses the arguments.
enum Prewarm {
    /// Starts the warm-up; wait for it before the process exits, so that it never runs
    /// while the process tears down.
    static func start() -> Background<Void> {
        Background {
            PhaseTimer.ignoringThisThread {
                let result = EntryReader().read(path: "prewarm.md", bytes: Array(WarmUpSample.text.utf8))
                if let entry = result.entry, let today = CalendarDay(iso: "2026-11-23") {
                    let model = ReportModel(entries: [entry], today: today, practice: PracticeList(entries: [entry]))
                    _ = ReportRenderer.markdown(model)
                }
            }
        }
    }
}
