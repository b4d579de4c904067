import ArgumentParser
import Foundation
import JournalKit

/// `--journal DIR`, shared by every command.
struct JournalOptions: ParsableArguments {
    @Option(name: [.customLong("journal"), .customShort("C")],
            help: ArgumentHelp("The journal folder (default: $JOURNAL_DIR, else the nearest folder with .journal/, else the current folder).", valueName: "DIR"))
    var journal: String?

    @Flag(name: .customLong("no-cache"), help: "Read every entry afresh instead of using .journal/cache/.")
    var noCache = false

    /// The journal root as an absolute path.
    var root: String {
        JournalRoot.find(explicit: journal, journalDir: environmentValue("JOURNAL_DIR"),
                         cwd: FileManager.default.currentDirectoryPath)
    }

    /// `-C DIR` and `$JOURNAL_DIR` follow one rule (`JournalRoot.problem`): the folder must
    /// exist (exit 2 when it does not, or is a file).
    func validate() throws {
        if let problem = JournalRoot.problem(explicit: journal, journalDir: environmentValue("JOURNAL_DIR")) { throw usageError(problem) }
    }
}

/// Says a usage error on standard error, without the usage text (the command line was
/// understood; a value in it is wrong), and returns the exit status 2 to throw.
func usageError(_ message: String) -> ExitCode {
    printError("Error: " + message)
    return ExitCode(2)
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--color auto|always|never`.
struct ColorOptions: ParsableArguments {
    @Option(help: "Colour the output: auto (only on a terminal, never with NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    /// Whether to colour what goes to the given file descriptor.
    func enabled(for fd: Int32 = STDOUT_FILENO) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environmentValue("NO_COLOR"), !noColor.isEmpty { return false }
            if environmentValue("TERM") == "dumb" { return false }
            return isatty(fd) == 1
        }
    }
}

/// `--today YYYY-MM-DD`.
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("The day to compute due dates against (default: the local date).", valueName: "YYYY-MM-DD"))
    var today: CalendarDay?

    var day: CalendarDay { today ?? CalendarDay.localToday() }
}

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

/// Writes a line to standard error; text quoted from notes or the command line is made
/// safe to show (`TerminalSafe`), as on standard output.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalSafe.text(text) + "\n").utf8))
}

extension JournalOptions {
    /// Loads the journal for a reporting command: FILES must exist, and a one-line
    /// hint goes to standard error when some entries have errors.
    func load(files: [String] = [], gitHistoryFor today: CalendarDay? = nil) throws -> Journal {
        let root = self.root
        for file in files {
            let cwdPath = file.hasPrefix("/") ? file : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(file)
            if !FileManager.default.fileExists(atPath: cwdPath), !FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(file)) {
                throw usageError("No such file: \(TerminalSafe.path(file))")
            }
        }
        var options = LoadOptions(files: files.isEmpty ? nil : files, gitHistoryDays: today.map(AdviceEngine.gitHistoryDays), useCache: !noCache)
        options.progress = ProgressLine.standardError()
        let journal = Journal.load(root: root, options: options)
        ProcessLifetime.keep(journal)
        // Problems with the configuration apply to every command: say them in full.
        let configProblems = journal.diagnostics.filter { $0.location.path == ConfigLoader.relativePath }
        for diagnostic in configProblems {
            printError(DiagnosticRenderer.text(diagnostic, color: false))
        }
        let errors = journal.diagnostics.filter { $0.severity == .error && $0.location.path != ConfigLoader.relativePath }
        if !errors.isEmpty {
            let files = Set(errors.map(\.location.path)).count
            printError("journal: \(errors.count) error\(errors.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") (those parts are left out); run `journal check` to see them.")
        }
        return journal
    }
}

/// `--company --tag --stage --outcome --since --until`, shared by report, practice, list and due.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("company"), help: ArgumentHelp("Only this company (case-insensitive, a prefix is enough); repeatable.", valueName: "NAME"))
    var companies: [String] = []
    @Option(name: .customLong("tag"), help: ArgumentHelp("Only entries with this tag; repeatable.", valueName: "TAG"))
    var tags: [String] = []
    @Option(name: .customLong("stage"), help: ArgumentHelp("Only this stage (\(Stage.known.joined(separator: ", "))); repeatable.", valueName: "STAGE"))
    var stages: [String] = []
    @Option(name: .customLong("outcome"), help: ArgumentHelp("Only this outcome (\(Outcome.known.joined(separator: ", "))); repeatable.", valueName: "OUTCOME"))
    var outcomes: [String] = []
    @Option(help: ArgumentHelp("Only interviews on or after this day.", valueName: "YYYY-MM-DD"))
    var since: CalendarDay?
    @Option(help: ArgumentHelp("Only interviews on or before this day.", valueName: "YYYY-MM-DD"))
    var until: CalendarDay?

    func validate() throws {
        for s in stages where !Stage(s).isKnown {
            throw ValidationError("Unknown stage '\(s)'. Known stages: \(Stage.known.joined(separator: ", ")).")
        }
        for o in outcomes where !Outcome(o).isKnown {
            throw ValidationError("Unknown outcome '\(o)'. Known outcomes: \(Outcome.known.joined(separator: ", ")).")
        }
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until); nothing could match.")
        }
    }

    var filter: EntryFilter {
        EntryFilter(companies: companies, tags: tags, stages: stages.map(Stage.init), outcomes: outcomes.map(Outcome.init),
                    since: since, until: until)
    }
}

/// "Reading entries… 12,288/100,000" on standard error, only on a terminal and only
/// when a run takes long enough to need it; erased when done.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: all state is guarded by `lock`.
    private let lock = NSLock()
    private let start = Date()
    private var shown = false

    /// A progress callback, or nil when standard error is not a terminal.
    static func standardError() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1, environmentValue("TERM") != "dumb" else { return nil }
        let line = ProgressLine()
        return { done, total in line.update(done, total) }
    }

    private func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        if done >= total {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
            return
        }
        guard Date().timeIntervalSince(start) > 0.4 else { return }
        shown = true
        FileHandle.standardError.write(Data("\rReading entries… \(done.formatted())/\(total.formatted())".utf8))
    }
}
