import Foundation
@testable import JournalKit
import Testing

/// `PrivateFolder`: the folder `report --open` writes to without `-o` (issue 21).
@Suite struct PrivateFolderTests {
    static func mode(_ path: String) -> (uid: uid_t, mode: mode_t, isFolder: Bool)? {
        var st = stat()
        return lstat(path, &st) == 0 ? (st.st_uid, st.st_mode & 0o7777, (st.st_mode & S_IFMT) == S_IFDIR) : nil
    }

    @Test func theRuntimeFolderComesFirstThenTheTemporaryOneBothMode0700() throws {
        let runtime = try TemporaryDirectory(), temporary = try TemporaryDirectory()
        let first = try PrivateFolder.path(runtime: runtime.path, temporary: temporary.path)
        #expect(first == runtime.path + "/journal")
        #expect(Self.mode(first)?.mode == 0o700 && Self.mode(first)?.uid == geteuid())
        let second = try PrivateFolder.path(runtime: nil, temporary: temporary.path)
        #expect(second == temporary.path + "/journal-\(getuid())")
        #expect(Self.mode(second)?.mode == 0o700)
        // A relative $XDG_RUNTIME_DIR is not trusted.
        #expect(try PrivateFolder.path(runtime: "relative", temporary: temporary.path) == second)
    }

    @Test func aFolderOthersCanEnterOrALinkPlantedThereIsNeverUsed() throws {
        let temporary = try TemporaryDirectory(), elsewhere = try TemporaryDirectory()
        let usual = temporary.path + "/journal-\(getuid())"
        // A link to a folder of the right owner and mode: still not used, it may be swapped.
        #expect(chmod(elsewhere.path, 0o700) == 0)
        try FileManager.default.createSymbolicLink(atPath: usual, withDestinationPath: elsewhere.path)
        let avoidingLink = try PrivateFolder.path(runtime: nil, temporary: temporary.path)
        #expect(avoidingLink.hasPrefix(temporary.path + "/journal-report-"))
        #expect(Self.mode(avoidingLink)?.mode == 0o700 && Self.mode(avoidingLink)?.isFolder == true)
        // A real folder open to the group.
        #expect(unlink(usual) == 0 && mkdir(usual, 0o700) == 0 && chmod(usual, 0o750) == 0)
        let avoidingGroup = try PrivateFolder.path(runtime: nil, temporary: temporary.path)
        #expect(avoidingGroup.hasPrefix(temporary.path + "/journal-report-") && avoidingGroup != avoidingLink)
        #expect(Self.mode(usual)?.mode == 0o750, "a folder that is not ours to fix is left as it is")
    }

    @Test func noPlaceForAFolderIsAFailureThatSaysWhere() {
        #expect(throws: PrivateFolder.Failure.self) { try PrivateFolder.path(runtime: nil, temporary: "/nonexistent/tmp") }
        do { _ = try PrivateFolder.path(runtime: nil, temporary: "/nonexistent/tmp"); Issue.record("no failure") } catch {
            #expect("\(error)" == "cannot make a private folder in /nonexistent/tmp: No such file or directory")
        }
    }
}
