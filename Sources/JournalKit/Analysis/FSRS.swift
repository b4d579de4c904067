import Foundation

/// The FSRS-6 spaced-repetition scheduler at day granularity, without learning steps and
/// without fuzz, so that a review log always replays to the same schedule.
///
/// A transcription of the reference implementation, open-spaced-repetition/py-fsrs 6.3.2
/// (`fsrs/scheduler.py`: `Scheduler` with `learning_steps=()`, `relearning_steps=()`,
/// `enable_fuzzing=False`), with its default parameters. Every formula keeps the
/// reference's operation order and uses `pow(M_E, x)` where it writes `math.e ** x`, so
/// that results agree with it to the last bit or nearly; intervals round half to even,
/// like Python's `round`. `Tests/JournalKitTests/Analysis/FSRSTests.swift` replays golden
/// vectors made by the reference (`Tests/JournalKitTests/Fixtures/fsrs/make_vectors.py`).
package struct FSRS: Sendable, Hashable {
    /// The 21 default weights of FSRS-6 (py-fsrs `DEFAULT_PARAMETERS`).
    package static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    package static let minimumStability = 0.001
    package static let minimumDifficulty = 1.0
    package static let maximumDifficulty = 10.0

    /// Again, Hard, Good, Easy.
    package enum Rating: Int, Sendable, Hashable, CaseIterable, Codable {
        case again = 1, hard, good, easy

        /// "again", "hard", "good", "easy".
        package var name: String { ["again", "hard", "good", "easy"][rawValue - 1] }
    }

    /// What the scheduler knows of a card after its reviews.
    package struct Memory: Sendable, Hashable {
        /// Days after which recall probability falls to 90%.
        package var stability: Double
        /// 1 (easy) to 10 (hard).
        package var difficulty: Double
        package var lastReview: CalendarDay
        package var due: CalendarDay

        package init(stability: Double, difficulty: Double, lastReview: CalendarDay, due: CalendarDay) {
            self.stability = stability
            self.difficulty = difficulty
            self.lastReview = lastReview
            self.due = due
        }
    }

    package var weights: [Double]
    /// The recall probability intervals aim at (0.9 by default).
    package var desiredRetention: Double
    /// The longest interval in days (36,500 by default).
    package var maximumInterval: Int

    private let decay: Double
    private let factor: Double

    package init(weights: [Double] = FSRS.defaultWeights, desiredRetention: Double = 0.9, maximumInterval: Int = 36500) {
        precondition(weights.count == 21, "FSRS-6 has 21 weights")
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
        decay = -weights[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    /// The memory after a review on `day` rated `rating`, from the memory before (nil for a new card).
    package func review(_ memory: Memory?, _ rating: Rating, on day: CalendarDay) -> Memory {
        let stability: Double, difficulty: Double
        if let memory {
            let elapsed = day.days(since: memory.lastReview)
            if elapsed < 1 {
                stability = shortTermStability(memory.stability, rating)
            } else {
                stability = nextStability(difficulty: memory.difficulty, stability: memory.stability,
                                          retrievability: retrievability(memory, on: day), rating: rating)
            }
            difficulty = nextDifficulty(memory.difficulty, rating)
        } else {
            stability = max(weights[rating.rawValue - 1], FSRS.minimumStability)
            difficulty = clampDifficulty(initialDifficulty(rating))
        }
        return Memory(stability: stability, difficulty: difficulty, lastReview: day, due: day.adding(days: interval(stability)))
    }

    /// The memory after `reviews` in order (nil when there are none).
    package func replay(_ reviews: some Sequence<(day: CalendarDay, rating: Rating)>) -> Memory? {
        var memory: Memory?
        for review in reviews { memory = self.review(memory, review.rating, on: review.day) }
        return memory
    }

    /// The probability of recalling the card on `day`.
    package func retrievability(_ memory: Memory, on day: CalendarDay) -> Double {
        let elapsed = Double(max(0, day.days(since: memory.lastReview)))
        return pow(1 + factor * elapsed / memory.stability, decay)
    }

    /// Days until the next review for a stability: at least 1, at most `maximumInterval`.
    package func interval(_ stability: Double) -> Int {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        let rounded = days.rounded(.toNearestOrEven)
        guard rounded.isFinite else { return maximumInterval }
        return min(max(Int(min(rounded, Double(Int32.max))), 1), maximumInterval)
    }

    // MARK: - Formulas (py-fsrs `Scheduler._…`)

    private func clampDifficulty(_ d: Double) -> Double { min(max(d, FSRS.minimumDifficulty), FSRS.maximumDifficulty) }

    private func initialDifficulty(_ rating: Rating) -> Double {
        weights[4] - pow(M_E, weights[5] * Double(rating.rawValue - 1)) + 1
    }

    private func shortTermStability(_ s: Double, _ rating: Rating) -> Double {
        var increase = pow(M_E, weights[17] * (Double(rating.rawValue - 3) + weights[18])) * pow(s, -weights[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(s * increase, FSRS.minimumStability)
    }

    /// Linear damping towards 10, then mean reversion towards the initial difficulty of Easy.
    private func nextDifficulty(_ d: Double, _ rating: Rating) -> Double {
        let easy = initialDifficulty(.easy)
        let delta = -(weights[6] * Double(rating.rawValue - 3))
        let damped = d + (10.0 - d) * delta / 9.0
        return clampDifficulty(weights[7] * easy + (1 - weights[7]) * damped)
    }

    private func nextStability(difficulty d: Double, stability s: Double, retrievability r: Double, rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm = weights[11] * pow(d, -weights[12]) * (pow(s + 1, weights[13]) - 1) * pow(M_E, (1 - r) * weights[14])
            let shortTerm = s / pow(M_E, weights[17] * weights[18])
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? weights[15] : 1
            let easyBonus = rating == .easy ? weights[16] : 1
            next = s * (1 + pow(M_E, weights[8]) * (11 - d) * pow(s, -weights[9]) * (pow(M_E, (1 - r) * weights[10]) - 1)
                * hardPenalty * easyBonus)
        }
        return max(next, FSRS.minimumStability)
    }
}
