import Foundation

/// Records how long each phase of a run took when `$JOURNAL_TIMINGS` is set (for
/// profiling: `JOURNAL_TIMINGS=1 journal report --no-cache`); the executable prints the
/// lines (`takeLines()`) on standard error. Nearly free when off.
package enum PhaseTimer {
    private static let enabled = environmentValue("JOURNAL_TIMINGS").map { !$0.isEmpty } ?? false
    private nonisolated(unsafe) static var last = DispatchTime.now().uptimeNanoseconds
    // nonisolated(unsafe): marks are made on the main thread only; `lines` is guarded by `stageLock`.
    private nonisolated(unsafe) static var lines: [String] = []

    /// Whether timings are being recorded.
    package static var isEnabled: Bool { enabled }

    /// Records the time since the previous mark (the first mark starts the clock) as `phase`.
    package static func mark(_ phase: @autoclosure () -> String) {
        guard enabled else { return }
        let previous = last
        let now = DispatchTime.now().uptimeNanoseconds
        let ms = Double(now &- previous) / 1_000_000
        append("journal: timing: \(phase()) \(String(format: "%.1f", ms)) ms\(memory())")
        last = now
    }

    /// ", 52 MB resident, 60 MB peak" from /proc/self/status (Linux), else "".
    private static func memory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        func kilobytes(_ key: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return nil }
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        guard let rss = kilobytes("VmRSS:"), let peak = kilobytes("VmHWM:") else { return "" }
        return ", \(rss / 1024) MB resident, \(peak / 1024) MB peak"
    }

    /// Stages of reading one file, summed over all files and threads.
    package enum Stage: Int, CaseIterable, Sendable {
        case frontMatter, markdownParse, markdownWalk, extraction, inference, interning

        var name: String {
            switch self {
            case .frontMatter: "front-matter"
            case .markdownParse: "cmark parse"
            case .markdownWalk: "walk of the cmark tree"
            case .extraction: "extraction"
            case .inference: "inference"
            case .interning: "string sharing"
            }
        }
    }

    private nonisolated(unsafe) static var stageNanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
    private static let stageLock = NSLock()

    /// A start time for `add`, or 0 when timings are off.
    @inline(__always) package static func start() -> UInt64 {
        enabled ? DispatchTime.now().uptimeNanoseconds : 0
    }

    /// The thread whose stage times are not counted (`ignoringThisThread`).
    private nonisolated(unsafe) static var ignoredThread: pthread_t?

    /// Runs `body` without counting its stage times (the executable's warm-up).
    package static func ignoringThisThread(_ body: () -> Void) {
        if enabled { stageLock.lock(); ignoredThread = pthread_self(); stageLock.unlock() }
        body()
        if enabled { stageLock.lock(); ignoredThread = nil; stageLock.unlock() }
    }

    /// Adds the time since `start` to `stage`.
    @inline(__always) package static func add(_ stage: Stage, since start: UInt64) {
        guard enabled else { return }
        let elapsed = DispatchTime.now().uptimeNanoseconds &- start
        stageLock.lock()
        if let ignored = ignoredThread, pthread_equal(ignored, pthread_self()) != 0 { stageLock.unlock(); return }
        stageNanoseconds[stage.rawValue] &+= elapsed
        stageLock.unlock()
    }

    /// Records the stage totals (CPU time summed over threads) as lines.
    package static func markStages() {
        guard enabled else { return }
        stageLock.lock()
        let totals = stageNanoseconds
        stageLock.unlock()
        for stage in Stage.allCases {
            append("journal: timing:   \(stage.name) \(String(format: "%.1f", Double(totals[stage.rawValue]) / 1_000_000)) ms (all threads)")
        }
    }

    private static func append(_ line: String) {
        stageLock.lock()
        lines.append(line)
        stageLock.unlock()
    }

    /// The lines recorded so far, oldest first, and forgets them.
    package static func takeLines() -> [String] {
        stageLock.lock()
        defer { lines = []; stageLock.unlock() }
        return lines
    }
}
