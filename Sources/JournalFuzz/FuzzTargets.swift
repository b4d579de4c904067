import Foundation
import JournalKit

// libFuzzer entry points, called from the C `main` of `journal-fuzz` (Sources/FuzzEntry).
// Each returns 0 (keep the input) and must never crash, hang or leak on any bytes.

/// The per-file pipeline: encoding checks, front-matter split and decode (YAML and TOML),
/// cmark parse and walk, extraction and inference.
@_cdecl("journal_fuzz_entry")
public func journalFuzzEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    FuzzInvariants.check(EntryReader().read(path: "fuzz/notes.md", buffer: bytes))
    return 0
}

/// `.journal/config.yml`: parse, then read a small entry with the configured section words.
@_cdecl("journal_fuzz_config")
public func journalFuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    let (config, diagnostics) = ConfigLoader.parse(String(decoding: bytes, as: UTF8.self), path: ".journal/config.yml")
    FuzzInvariants.checkPositions(diagnostics)
    FuzzInvariants.check(EntryReader(config: config).read(path: "sample.md", bytes: FuzzInvariants.sample))
    return 0
}

/// What holds for every input; a violation stops the fuzzer like a crash.
enum FuzzInvariants {
    static let sample = Array("# Acme\n## Questions\n- Why us?\n## Next steps\n- [ ] Write back\n## Struggled\n- Sharding\n".utf8)

    static func checkPositions(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
            fatalError("diagnostic without a valid position: \(diagnostic)")
        }
    }

    /// Positions are 1-based, extracted questions and tags are never empty, the entry encodes as JSON.
    static func check(_ result: EntryReader.Result) {
        checkPositions(result.diagnostics)
        guard let entry = result.entry else { return }
        for question in entry.questions where question.location.line < 1 || question.text.isEmpty {
            fatalError("question without text or position: \(question)")
        }
        for tag in entry.tags where tag.isEmpty {
            fatalError("empty tag in \(entry.tags)")
        }
        // `journal export` must be able to write every entry (JSON has no NaN or infinity).
        do { _ = try JSONEncoder().encode(entry) } catch { fatalError("entry cannot be encoded as JSON: \(error)") }
    }
}
