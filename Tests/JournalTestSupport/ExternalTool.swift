import Foundation

/// Programs other than `journal` that some tests use: Python (to parse HTML and decode
/// PNG files with its standard library) and Chromium (to render the HTML report).
package enum ExternalTool {
    package typealias Output = JournalRunner.Output

    /// The test scripts in `Tests/JournalCLITests/Scripts/`.
    package static let scripts = JournalRunner.packageRoot.appendingPathComponent("Tests/JournalCLITests/Scripts")

    /// The first of `names` found as an executable on `PATH`.
    package static func find(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where !folder.isEmpty {
                let candidate = (String(folder) as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Whether this is a CI run (`CI=true`, as `.ci/run` is started): there a test whose
    /// tool is missing fails instead of being skipped, since `.ci/run` installs every tool.
    package static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// `python3`, when there is one.
    package static let python: String? = find(["python3"])

    /// Chromium (or Chrome): `$CHROMIUM` when set, else the usual names on `PATH`.
    package static let chromium: String? = {
        if let explicit = ProcessInfo.processInfo.environment["CHROMIUM"], !explicit.isEmpty { return explicit }
        return find(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"])
    }()

    /// Runs `executable` with `arguments`, killing it after `timeout` seconds.
    package static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> Output {
        try JournalRunner.runProcess(executable, arguments, timeout: timeout)
    }

    /// What `Scripts/html_audit.py` finds in an HTML file.
    package struct HTMLAudit: Decodable {
        package struct URLAttribute: Decodable { package var element: String; package var attribute: String; package var value: String }
        /// Element name → how many.
        package var elements: [String: Int]
        /// `element.attribute` for each attribute whose name starts with `on`.
        package var eventAttributes: [String]
        package var urls: [URLAttribute]
        package var meta: [[String: String]]
        /// CSS constructs that load something (`url(`, `@import`...).
        package var cssLoads: [String]
        /// All text outside `<style>`, character references decoded.
        package var text: String

        package enum CodingKeys: String, CodingKey {
            case elements, urls, meta, text
            case eventAttributes = "event_attributes"
            case cssLoads = "css_loads"
        }
    }

    /// Parses `file` with Python's `html.parser` (through `Scripts/html_audit.py`).
    package static func auditHTML(_ file: String) throws -> HTMLAudit {
        guard let python else { throw Missing(message: "python3 is needed to parse the HTML report; install it (apt-get install python3).") }
        let result = try run(python, [scripts.appendingPathComponent("html_audit.py").path, file])
        guard result.status == 0 else { throw Missing(message: "html_audit.py failed: \(result.stderr)") }
        return try JSONDecoder().decode(HTMLAudit.self, from: Data(result.stdout.utf8))
    }

    /// What `Scripts/png_stats.py` finds in a PNG file.
    package struct PNGStats: Decodable {
        package var width: Int
        package var height: Int
        package var colours: Int
        /// The three most common colours (`#rrggbb`) and their share of the pixels, most common first.
        package var top: [Share]

        package struct Share: Decodable {
            package var colour: String
            package var share: Double
        }
    }

    /// Decodes `file` with Python's `zlib` (through `Scripts/png_stats.py`).
    package static func pngStats(_ file: String) throws -> PNGStats {
        guard let python else { throw Missing(message: "python3 is needed to decode the screenshot; install it (apt-get install python3).") }
        let result = try run(python, [scripts.appendingPathComponent("png_stats.py").path, file])
        guard result.status == 0 else { throw Missing(message: "png_stats.py failed: \(result.stderr)") }
        return try JSONDecoder().decode(PNGStats.self, from: Data(result.stdout.utf8))
    }

    package struct Missing: Error, CustomStringConvertible {
        package var message: String
        package var description: String { message }
    }
}
