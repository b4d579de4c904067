/// Horizontal bars made of block characters, with eighth-of-a-cell precision.
package enum BarChart {
    private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` out of `total`, `width` cells long when `value == total`.
    /// A value above zero always shows at least a sliver.
    package static func bar(_ value: Int, of total: Int, width: Int = 30) -> String {
        guard total > 0, value > 0 else { return "" }
        let eighths = max(1, (min(value, total) * width * 8 + total / 2) / total)
        var out = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { out.append(partials[eighths % 8 - 1]) }
        return out
    }
}
