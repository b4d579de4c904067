import Foundation

/// Runs the built `journal` binary, as a user would.
package enum JournalRunner {
    package struct Output {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        package var timedOut = false

        package init(status: Int32, stdout: String, stderr: String, timedOut: Bool = false) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
            self.timedOut = timedOut
        }
    }

    /// The package root (two folders above this file's folder).
    package static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example journal shipped with the project.
    package static var exampleJournal: String { packageRoot.appendingPathComponent("journal-example").path }

    /// The fixture journal for practice, report and list (`Fixtures/practice-journal`).
    package static var practiceJournal: String { packageRoot.appendingPathComponent("Tests/JournalCLITests/Fixtures/practice-journal").path }

    /// `$JOURNAL_BIN`, else the debug build of this package.
    package static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["JOURNAL_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/journal").path
    }

    @discardableResult
    package static func run(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:], stdin: String? = nil) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["JOURNAL_DIR"] = nil
        for (k, v) in environment { env[k] = v }
        return try runProcess(binary, arguments, cwd: cwd, environment: env, stdin: stdin)
    }

    private static let spawnLock = NSLock()

    /// Runs a program, reading its output and errors at the same time (so that a large
    /// output cannot block it), and kills it after `timeout` seconds.
    package static func runProcess(_ executable: String, _ arguments: [String], cwd: String? = nil, environment: [String: String]? = nil,
                           stdin: String? = nil, timeout: TimeInterval = 300) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        // Foundation's Process.run is not safe to call from several threads at once on Linux
        // (a CI run crashed in its memcpy while tests spawned in parallel): spawn one at a time.
        try spawnLock.withLock { try process.run() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let deadline = DispatchTime.now() + timeout
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watchdog)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        let timedOut = process.terminationReason == .uncaughtSignal && DispatchTime.now() >= deadline
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), timedOut: timedOut)
    }
}
