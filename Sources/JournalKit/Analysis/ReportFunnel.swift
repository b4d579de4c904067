extension ReportModel {
    /// How many applications reached each stage, and how they ended.
    ///
    /// A classic funnel: an application counts for every known stage up to the furthest
    /// one it reached (an offer outcome counts as reaching `offer`), so the numbers never
    /// grow down the list. Stages that none of the entries was at are left out.
    package struct Funnel: Sendable, Hashable, Encodable {
        package struct StageCount: Sendable, Hashable, Encodable {
            package var stage: String
            package var reached: Int
        }
        package struct OutcomeCount: Sendable, Hashable, Encodable {
            package var outcome: String
            package var count: Int
        }
        package var applications: Int
        package var stages: [StageCount]
        /// Applications by outcome, in the order of `Outcome.known`, others after.
        package var outcomes: [OutcomeCount]
        /// Applications without any known stage (not counted in `stages`).
        package var withoutStage: Int

        enum CodingKeys: String, CodingKey {
            case applications, stages, outcomes
            case withoutStage = "without_stage"
        }
    }

    /// - Parameter today: entries dated after it are rounds still to come, not stages reached.
    static func funnel(_ applications: [[Int]], of entries: [Entry], rows: [PipelineRow], today: CalendarDay) -> Funnel {
        let offerRank = Stage("offer").rank!
        let offerOutcomes: Set<String> = ["offer", "accepted", "declined"]
        var furthest: [Int] = []
        var seenRanks: Set<Int> = []
        var withoutStage = 0
        for members in applications {
            var best: Int?
            for i in members where (entries[i].date?.value).map({ $0 <= today }) ?? true {
                if let rank = entries[i].stage?.rank {
                    seenRanks.insert(rank)
                    best = max(best ?? rank, rank)
                }
                if offerOutcomes.contains(entries[i].outcome?.name ?? "") {
                    seenRanks.insert(offerRank)
                    best = offerRank
                }
            }
            if let best { furthest.append(best) } else { withoutStage += 1 }
        }
        let stages = Stage.known.enumerated().filter { seenRanks.contains($0.offset) }.map { rank, name in
            Funnel.StageCount(stage: name, reached: furthest.filter { $0 >= rank }.count)
        }
        var byOutcome: [String: Int] = [:]
        for row in rows { byOutcome[row.outcome.name, default: 0] += 1 }
        let outcomes = byOutcome.sorted { a, b in
            let ia = Outcome.known.firstIndex(of: a.key) ?? Outcome.known.count
            let ib = Outcome.known.firstIndex(of: b.key) ?? Outcome.known.count
            return (ia, a.key) < (ib, b.key)
        }.map { Funnel.OutcomeCount(outcome: $0.key, count: $0.value) }
        return Funnel(applications: applications.count, stages: stages, outcomes: outcomes, withoutStage: withoutStage)
    }
}
