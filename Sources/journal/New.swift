import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start the note of an interview, front-matter filled in.",
            discussion: """
            Writes YYYY-MM-DD-company[-stage].md in the journal folder and prints its
            path. When COMPANY matches a company of the journal as `journal prep` does
            ("northwind" finds "Northwind Payments"), the note continues its application:
            the company spelled as before, the role and interviewers of the latest note,
            the next round, in the folder of the latest note (--new-company starts
            another application instead, at the top of the journal). The
            text comes from .journal/template.md (placeholders {{company}}, {{role}},
            {{date}}, {{stage}}, {{title}}), else from the built-in template:
            every section, with a hint in each. An existing file is never touched: the
            next free name (-2, -3...) is used. --edit opens $VISUAL or $EDITOR at the
            first empty section.

            Examples:
              journal new "Acme Corp" --role "Backend Engineer" --stage onsite --edit
              journal new Globex --stage phone-screen --date 2026-11-20
              code "$(journal new Initech)"
            """
        )

        @Argument(help: "The company you interviewed with.") var company: String
        @Option(help: "The job you interviewed for.") var role: String?
        @Option(help: ArgumentHelp("The kind of round: \(Stage.known.joined(separator: ", ")), or your own word.", valueName: "STAGE"))
        var stage: String?
        @Option(help: ArgumentHelp("The day of the interview (default: --today, else today).", valueName: "YYYY-MM-DD"))
        var date: CalendarDay?
        @Option(help: ArgumentHelp("With several applications at the company (`application:` keys), the one to continue; or the name of a new one.", valueName: "NAME"))
        var application: String?
        @Flag(help: "Do not continue an existing application, even when COMPANY matches one.") var newCompany = false
        @OptionGroup var todayOption: TodayOption
        @OptionGroup var journalOptions: JournalOptions
        @Flag(help: "Open the new file in $VISUAL or $EDITOR, at the first empty section.") var edit = false

        func validate() throws {
            if EntryTemplate.clean(company).isEmpty {
                throw ValidationError("The company name is empty; give it as the first argument, e.g. journal new \"Acme Corp\".")
            }
        }

        func run() throws {
            let root = journalOptions.root
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("The journal folder '\(root)' does not exist; create it with `journal init`.")
            }
            var stageName = stage.map(EntryTemplate.clean) ?? ""
            if !stageName.isEmpty {
                let known = Stage(stageName)
                if known.isKnown { stageName = known.name }
                else { printError("journal: warning: '\(stageName)' is not a stage journal knows; it is kept as written. Known stages: \(Stage.known.joined(separator: ", ")).") }
            }
            let continuation = try newCompany ? nil : continuing(root: root)
            let values = EntryTemplate.Values(company: continuation?.company ?? company, role: role ?? continuation?.role ?? "",
                                              date: date ?? todayOption.day, stage: stageName)

            let templatePath = (root as NSString).appendingPathComponent(EntryTemplate.relativePath)
            let template: EntryTemplate
            if let data = readWholeFile(templatePath) {
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw ValidationError("\(EntryTemplate.relativePath) is not UTF-8 text; save it as UTF-8 or delete it to use the built-in template.")
                }
                template = EntryTemplate(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
            } else {
                template = .builtIn
            }
            var text = template.render(values)
            if var continuation {
                if let application { continuation.applicationName = application }
                if let carried = continuation.apply(to: text) {
                    text = carried
                    let people = continuation.interviewers.isEmpty ? "" : ", interviewers"
                    printError("journal: continuing \(continuation.company) (\(continuation.notes) note\(continuation.notes == 1 ? "" : "s")): round \(continuation.round), role\(people) carried over; --new-company starts another application.")
                } else {
                    printError("journal: warning: the template's front-matter cannot take the round and interviewers of \(continuation.company); fill them in by hand.")
                }
            } else if let application {
                let change = FrontMatterChange(key: ApplicationKey.frontMatterKey, operation: .set(.text(application), .replace))
                if case .edited(let edit)? = try? FrontMatterEditor.apply([change], to: Array(text.utf8)) { text = String(decoding: edit.edited, as: UTF8.self) }
            }
            let stem = NewEntry.fileStem(company: values.company, stage: values.stage, date: values.date)
            let name: String
            // A continued application's note goes beside its latest note (`acme/`), as the user files them.
            let folder = continuation.map { (root as NSString).appendingPathComponent($0.folder) } ?? root
            do { name = try NewEntry.create(text, in: folder, stem: stem) } catch {
                printError("journal: \(error)")
                throw ExitCode.failure
            }
            let full = (folder as NSString).appendingPathComponent(name)
            print(displayPath(full))

            // A template (or a value) that makes a broken note is said at once, not at the next check.
            let config = ConfigLoader.load(root: root).0
            let problems = EntryReader(config: config).read(path: displayPath(full), bytes: Array(text.utf8)).diagnostics
                .filter { $0.severity == .error }
            for problem in problems { printError(DiagnosticRenderer.text(problem, color: false)) }

            if edit {
                try openEditor(full, line: EntryTemplate.firstEmptySectionLine(in: text))
            }
        }

        /// The application COMPANY continues, if any; a name that matches several companies,
        /// or a company with several applications and no --application, is a usage error.
        private func continuing(root: String) throws -> NoteContinuation? {
            let entries = Journal.load(root: root, options: LoadOptions(useCache: !journalOptions.noCache)).entries
            let lookup = CompanyLookup.resolve(company, in: entries)
            switch lookup {
            case .unknown: return nil
            case .ambiguous:
                printError("Error: " + (lookup.problem(for: company) ?? "") + " Or start a new company with --new-company.")
                throw ExitCode(2)
            case .found(let name):
                switch ApplicationLookup.resolve(name, in: entries) {
                case .found(let found): return NoteContinuation(found)
                case .notFound: return nil
                case .several(let all):
                    let wanted = application.map(ApplicationKey.name)
                    if let match = all.first(where: { app in app.entries.contains { ApplicationKey.applicationName(in: $0.extra).map(ApplicationKey.name) == wanted } }) {
                        return NoteContinuation(match)
                    }
                    // A name none of them has starts another application at the company.
                    if application != nil { return nil }
                    let names = all.compactMap { $0.entries.lazy.compactMap { ApplicationKey.applicationName(in: $0.extra) }.last }
                    printError("Error: \(name) has several applications (\(names.joined(separator: ", "))); say which with --application NAME.")
                    throw ExitCode(2)
                }
            }
        }

        /// Opens `$VISUAL`, else `$EDITOR`, else `vi` when a terminal is attached, and waits for it.
        private func openEditor(_ path: String, line: Int?) throws {
            let environment = ProcessInfo.processInfo.environment
            let configured = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
            guard let editor = configured ?? (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 ? "vi" : nil) else {
                printError("journal: no editor to open it with: set VISUAL or EDITOR (e.g. export EDITOR=vim), or open the file yourself.")
                throw ExitCode.failure
            }
            let arguments = EditorCommand.arguments(editor: editor, file: path, line: line)
            let status = spawnAndWait(arguments)
            if status != 0 {
                printError(status < 0 ? "journal: cannot start the editor '\(editor)': \(String(cString: strerror(-status)))"
                                      : "journal: the editor '\(editor)' exited with status \(status); the file is kept.")
                throw ExitCode.failure
            }
        }
    }
}

/// A path as the user should see it: relative to the current folder when inside it.
func displayPath(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    guard cwd != "/" else { return path }
    let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
}

/// Runs a program found on PATH with this terminal, ignoring Ctrl-C while it runs (as git
/// does for editors). Returns its exit status, or minus errno when it cannot be started.
func spawnAndWait(_ arguments: [String]) -> Int32 {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    let oldInterrupt = signal(SIGINT, SIG_IGN)
    let oldQuit = signal(SIGQUIT, SIG_IGN)
    defer {
        signal(SIGINT, oldInterrupt)
        signal(SIGQUIT, oldQuit)
    }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, argv[0]!, nil, &attributes, &argv, environ)
    guard spawned == 0 else { return -spawned }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        if errno != EINTR { return -errno }
    }
    // WIFEXITED / WEXITSTATUS, spelt out (the C macros are not imported).
    if status & 0x7F == 0 { return (status >> 8) & 0xFF }
    return 128 + (status & 0x7F)
}
