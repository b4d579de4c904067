import ArgumentParser
import JournalKit

extension CalendarRenderer.Form: ExpressibleByArgument {}

/// `--ics event|todo` and `--include-done`: how `due` and `report` write `--format ics`.
struct CalendarOptions: ParsableArguments {
    @Option(help: ArgumentHelp("With --format ics: all-day events (event, the default: Google Calendar, Apple Calendar, Fastmail) or tasks (todo: VTODO for task apps). Implies --format ics.", valueName: "event|todo"))
    var ics: CalendarRenderer.Form?

    @Flag(help: "With --format ics: also write what is finished (thank-you notes and follow-ups sent, ticked steps, rounds that took place) as completed, and the open steps of closed applications as cancelled, so that importing again updates what an earlier import added. Implies --format ics.")
    var includeDone = false

    /// True when an option of the calendar was given.
    var requested: Bool { ics != nil || includeDone }

    var form: CalendarRenderer.Form { ics ?? .event }

    /// Refuses the calendar options with another format than ics.
    func check(format: String?) throws {
        guard requested, let format, format != "ics" else { return }
        throw ValidationError("\(ics != nil ? "--ics" : "--include-done") is for the calendar; use it with --format ics (or without --format), not --format \(format).")
    }

    /// The format to write: `explicit`, else ics when a calendar option was given (a usage
    /// error when `-o FILE` names another format), else nil (the usual choice).
    func format<F: CommandFormat>(_ explicit: F?, output: OutputOption) throws -> F? {
        guard explicit == nil, requested else { return explicit }
        if let file = output.file, let name = OutputFormat.formatName(forExtensionOf: file), name != "ics" {
            throw usageError("\(ics != nil ? "--ics" : "--include-done") writes a calendar, but -o \(TerminalSafe.path(file)) names a\(name == "html" ? "n" : "") \(name) file; name it .ics.")
        }
        return F.named("ics")
    }

    /// The calendar of `actions` and `upcoming` rounds, with the finished items of the
    /// entries `filter` keeps when `--include-done` asks for them.
    func render(_ actions: [Action], upcoming: [UpcomingRound], journal: Journal, filter: EntryFilter, today: CalendarDay) -> String {
        let finished = includeDone
            ? FinishedAction.select(FinishedAction.list(journal.entries, today: today, config: journal.config), entries: journal.entries, filter: filter)
            : []
        return CalendarRenderer.ics(actions, upcoming: upcoming, finished: finished, entries: journal.entries,
                                    config: journal.config, form: form, today: today)
    }
}
