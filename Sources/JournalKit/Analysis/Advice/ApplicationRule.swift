/// One rule of DESIGN 8 that reads one application at a time.
protocol ApplicationRule {
    /// The actions of this rule for the application of `facts`.
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action]
}

extension AdviceEngine {
    /// The per-application rules, in the order of DESIGN 8 (the order of the output is
    /// `Action.urgency`, not this one).
    static var applicationRules: [any ApplicationRule.Type] { [
        ThankYouRule.self, DecisionDateRule.self, FollowUpRule.self, RefereesRule.self,
        ConnectRule.self, FeedbackRule.self, OfferRule.self, NextStepRule.self,
    ] }
}
