@testable import JournalKit
import Testing

@Suite struct BackgroundTests {
    @Test func valueIsTheWorksResultAndWaitingTwiceDoesNotBlock() {
        let handle = Background { (1...100).reduce(0, +) }
        handle.wait()
        handle.wait()
        #expect(handle.value == 5050)
        #expect(handle.value == 5050)
    }
}
