import Foundation

/// Runs the built `journal` binary, as a user would.
enum JournalRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut = false
    }

    /// The package root (two folders above this file's folder).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example journal shipped with the project.
    static var exampleJournal: String { packageRoot.appendingPathComponent("journal-example").path }

    /// The fixture journal for practice, report and list (`Fixtures/practice-journal`).
    static var practiceJournal: String { packageRoot.appendingPathComponent("Tests/JournalCLITests/Fixtures/practice-journal").path }

    /// `$JOURNAL_BIN`, else the debug build of this package.
    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["JOURNAL_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/journal").path
    }

    @discardableResult
    static func run(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:], stdin: String? = nil) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["JOURNAL_DIR"] = nil
        for (k, v) in environment { env[k] = v }
        return try runProcess(binary, arguments, cwd: cwd, environment: env, stdin: stdin)
    }

    /// Runs a program, reading its output and errors at the same time (so that a large
    /// output cannot block it), and kills it after `timeout` seconds.
    static func runProcess(_ executable: String, _ arguments: [String], cwd: String? = nil, environment: [String: String]? = nil,
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
        try process.run()
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

/// A temporary folder removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("journal-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ contents: String) throws {
        let full = (path as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try contents.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: (path as NSString).appendingPathComponent(relative), encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
