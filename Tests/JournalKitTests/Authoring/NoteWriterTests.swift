import Foundation
import Testing
@testable import JournalKit

/// The write of an edited note: refused when the note changed after it was read, the
/// permissions kept, a symbolic link kept, nothing left behind.
@Suite struct NoteWriterTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-notewriter-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func edit(_ original: [UInt8]) throws -> [UInt8] {
        let change = LogEvent.thankYou.changes(value: nil, on: CalendarDay(iso: "2026-11-19")!)
        guard case .edited(let edit) = try FrontMatterEditor.apply(change, to: original) else { throw CancellationError() }
        return edit.edited
    }

    @Test func aConcurrentEditIsRefusedAndKept() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try write("note.md", "---\ncompany: Acme\n---\nMy notes\n")
        let original = readWholeFile(path)!
        let edited = try edit(original)
        // The user saves the note in an editor between journal's read and its write.
        let theirs = "---\ncompany: Acme\n---\nMy notes, and what I added meanwhile\n"
        _ = try write("note.md", theirs)
        #expect(throws: NoteWriter.Failure.changedSinceRead(path)) {
            try NoteWriter.replace(path, original: original, with: edited)
        }
        #expect(String(decoding: readWholeFile(path)!, as: UTF8.self) == theirs)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["note.md"])
        #expect(NoteWriter.Failure.changedSinceRead("note.md").description
                == "note.md changed after journal read it (is it open in an editor?); nothing was written. Save it there and run the command again.")
    }

    @Test func aDeletedNoteIsNotRecreated() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try write("note.md", "x\n")
        let original = readWholeFile(path)!
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: NoteWriter.Failure.changedSinceRead(path)) { try NoteWriter.replace(path, original: original, with: Array("y\n".utf8)) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func keepsPermissionsAndLinks() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try write("note.md", "---\ncompany: Acme\n---\n")
        chmod(path, 0o600)
        let link = folder + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "note.md")
        let original = readWholeFile(link)!
        let edited = try edit(original)
        try NoteWriter.replace(link, original: original, with: edited)
        #expect(readWholeFile(path) == edited)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "note.md")
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.md", "note.md"])
    }
}
