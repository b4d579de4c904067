import Foundation

/// Runs `git` and collects what it says.
public enum GitCommand {
    /// What a finished `git` run printed.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String

        /// Standard output as text, without the final newline.
        public var text: String {
            var s = String(decoding: stdout, as: UTF8.self)
            if s.hasSuffix("\n") { s.removeLast() }
            return s
        }

        /// The first line of standard error, for messages.
        public var firstErrorLine: String {
            stderr.split(separator: "\n").first.map { String($0).trimmingSpaces() } ?? "exit status \(status)"
        }
    }

    /// Runs `git arguments` in `directory`, feeding `input` to its standard input.
    /// Returns nil when git cannot be started (not installed).
    public static func run(_ arguments: [String], in directory: String? = nil, input: [UInt8]? = nil) -> Output? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + (directory.map { ["-C", $0] } ?? []) + arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        do { try process.run() } catch { return nil }
        // Standard error and input go on other threads, so that no pipe can fill up and block git.
        // The variables are written by one thread each and read only after `group.wait()`.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errData = err.fileHandleForReading.readDataToEndOfFile()
        }
        if let input {
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async(group: group) {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        // `env` exits with 127 when it cannot find git.
        if process.terminationStatus == 127, errData.isEmpty || String(decoding: errData, as: UTF8.self).contains("No such file") {
            return nil
        }
        return Output(status: process.terminationStatus, stdout: [UInt8](outData), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The top folder of the work tree that holds `directory`, or nil outside a repository.
    public static func topLevel(of directory: String) -> String? {
        guard let output = run(["rev-parse", "--show-toplevel"], in: directory), output.status == 0 else { return nil }
        let top = output.text
        return top.isEmpty ? nil : top
    }
}
