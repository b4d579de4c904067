import Foundation
import Testing
@testable import JournalKit

/// The scheduler against golden vectors of the reference implementation (py-fsrs 6.3.2,
/// `Fixtures/fsrs/make_vectors.py`): stability and difficulty to 1e-9, due days exactly.
@Suite struct FSRSTests {
    struct Step { var day: CalendarDay; var rating: FSRS.Rating; var stability, difficulty: Double; var due: CalendarDay; var before: Double }
    struct Sequence { var name: String; var retention: Double; var maximum: Int; var steps: [Step] = [] }

    static func vectors() throws -> [Sequence] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fsrs/vectors.txt")
        var sequences: [Sequence] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: " ").map(String.init)
            if f[0] == "seq" {
                sequences.append(Sequence(name: f[1], retention: try #require(Double(f[3])), maximum: try #require(Int(f[5]))))
            } else {
                let step = Step(day: try #require(CalendarDay(iso: f[0])), rating: try #require(FSRS.Rating(rawValue: Int(f[1]) ?? 0)),
                                stability: try #require(Double(f[2])), difficulty: try #require(Double(f[3])),
                                due: try #require(CalendarDay(iso: f[4])), before: try #require(Double(f[5])))
                sequences[sequences.count - 1].steps.append(step)
            }
        }
        return sequences
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test func replaysEveryGoldenSequence() throws {
        let sequences = try FSRSTests.vectors()
        #expect(sequences.count == 400)
        #expect(sequences.map(\.steps.count).reduce(0, +) > 3000)
        var mismatches: [String] = []
        for sequence in sequences {
            let fsrs = FSRS(desiredRetention: sequence.retention, maximumInterval: sequence.maximum)
            var memory: FSRS.Memory?
            for (i, step) in sequence.steps.enumerated() {
                let before = memory.map { fsrs.retrievability($0, on: step.day) } ?? 0
                let after = fsrs.review(memory, step.rating, on: step.day)
                if !FSRSTests.close(after.stability, step.stability) || !FSRSTests.close(after.difficulty, step.difficulty)
                    || after.due != step.due || !FSRSTests.close(before, step.before) {
                    mismatches.append("seq \(sequence.name) step \(i): got S=\(after.stability) D=\(after.difficulty) due \(after.due) R=\(before), "
                                      + "want S=\(step.stability) D=\(step.difficulty) due \(step.due) R=\(step.before)")
                }
                memory = after
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5).joined(separator: "\n"))")
    }

    @Test func replayEqualsStepByStepReviews() throws {
        let sequence = try #require(FSRSTests.vectors().first)
        let fsrs = FSRS(desiredRetention: sequence.retention, maximumInterval: sequence.maximum)
        let memory = try #require(fsrs.replay(sequence.steps.map { (day: $0.day, rating: $0.rating) }))
        let last = try #require(sequence.steps.last)
        #expect(memory.due == last.due)
        #expect(FSRSTests.close(memory.stability, last.stability))
    }

    @Test func intervalsRoundHalfToEvenAndStayInBounds() {
        let fsrs = FSRS(maximumInterval: 100)
        // At retention 0.9 the interval equals the stability.
        #expect(fsrs.interval(2.5) == 2)
        #expect(fsrs.interval(3.5) == 4)
        #expect(fsrs.interval(0.01) == 1)
        #expect(fsrs.interval(1e300) == 100)
    }
}
