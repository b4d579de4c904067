/// Small inline SVG charts for the HTML report, each in a `<figure>` with a text
/// equivalent: the SVG is `role="img"` named by its `<title>` and described by its
/// `<desc>`, and a `<details>` table below it holds the same numbers.
///
/// Horizontal positions are percentages of the chart's width and vertical ones are
/// pixels, so a chart fills any width without scaling its text: it stays readable on a
/// phone. Colours come from CSS classes (`bar`, `tone-good`...), so the page's light and
/// dark schemes apply. All numbers are written without a locale.
package enum SVGChart {
    /// The colour of a bar, as a CSS class `tone-<name>`.
    package enum Tone: String, Sendable, Hashable {
        case accent, good, bad, warn, muted
    }

    /// One row of a horizontal bar chart.
    package struct Bar: Sendable, Hashable {
        package var label: String
        package var value: Int
        /// What is written at the right end of the row ("5 · 83%").
        package var valueText: String
        package var tone: Tone

        package init(label: String, value: Int, valueText: String? = nil, tone: Tone = .accent) {
            self.label = label
            self.value = value
            self.valueText = valueText ?? String(value)
            self.tone = tone
        }
    }

    /// One column of a column chart.
    package struct Column: Sendable, Hashable {
        /// The short label under the axis ("Nov 2"); shown for some columns only.
        package var label: String
        /// The full name, for the tooltip ("Week of 2026-11-02").
        package var name: String
        package var value: Int

        package init(label: String, name: String, value: Int) {
            self.label = label
            self.name = name
            self.value = value
        }
    }

    /// The data table that goes with a chart.
    package struct Table: Sendable, Hashable {
        package var headers: [String]
        package var rows: [[String]]

        package init(headers: [String], rows: [[String]]) {
            self.headers = headers
            self.rows = rows
        }
    }

    /// Labels longer than this many characters are shortened in the SVG (the table has them whole).
    package static let labelLimit = 48
    /// Height of one row of a horizontal bar chart, in pixels.
    static let rowHeight = 36
    /// Plot geometry of a column chart, in pixels.
    static let columnTop = 20, columnBaseline = 142, columnHeight = 164
    /// Above this many columns, only the highest columns get a number over them.
    static let columnValueLimit = 26
    /// Above this many columns, bars get an outline (see `columns`).
    static let denseColumns = 60
    /// At most this many labels under the axis of a column chart: room for five short
    /// labels ("Nov 16", "Jul 2015") on a phone.
    package static let columnLabelLimit = 5

    /// Horizontal bars, one row per bar: the label above the bar on the left, `valueText`
    /// on the right. A bar as long as the chart stands for `scale`.
    package static func horizontalBars(id: String, title: String, description: String, bars: [Bar], scale: Int, table: Table) -> String {
        let e = HTMLEscape.escape
        let height = bars.count * rowHeight
        var svg = "<svg class=\"chart-bars\" role=\"img\" width=\"100%\" height=\"\(height)\" aria-labelledby=\"\(e(id))-title\" aria-describedby=\"\(e(id))-desc\">\n"
        svg += "<title id=\"\(e(id))-title\">\(e(title))</title>\n<desc id=\"\(e(id))-desc\">\(e(description))</desc>\n"
        for (index, bar) in bars.enumerated() {
            let top = index * rowHeight
            svg += "<g class=\"tone-\(bar.tone.rawValue)\">"
            svg += "<text class=\"label\" x=\"0\" y=\"\(top + 14)\">\(e(shortened(bar.label)))</text>"
            svg += "<text class=\"value\" x=\"100%\" y=\"\(top + 14)\" text-anchor=\"end\">\(e(bar.valueText))</text>"
            svg += "<rect class=\"track\" x=\"0\" y=\"\(top + 20)\" width=\"100%\" height=\"10\" rx=\"3\"/>"
            if bar.value > 0 {
                svg += "<rect class=\"bar\" x=\"0\" y=\"\(top + 20)\" width=\"\(percent(bar.value, of: scale))\" height=\"10\" rx=\"3\">"
                svg += "<title>\(e(bar.label)): \(e(bar.valueText))</title></rect>"
            }
            svg += "</g>\n"
        }
        svg += "</svg>\n"
        return figure(id: id, title: title, note: nil, svg: svg, table: table)
    }

    /// Vertical columns from a common baseline, scaled to the highest; a few labels under
    /// the axis (the first, the last and some between). Up to `columnValueLimit` columns
    /// each get their number above; more than that, only the highest do (when there are
    /// at most three of them), else a line marks the highest value. Beyond `denseColumns`
    /// the bars get an outline so that none is thinner than a pixel.
    package static func columns(id: String, title: String, note: String? = nil, description: String, columns: [Column], table: Table) -> String {
        let e = HTMLEscape.escape
        let highest = max(1, columns.map(\.value).max() ?? 0)
        let count = max(1, columns.count)
        let slot = 100.0 / Double(count)
        let plot = Double(columnBaseline - columnTop)
        let numberEach = columns.count <= columnValueLimit
        let numberHighest = !numberEach && columns.filter { $0.value == highest }.count <= 3
        let barClass = columns.count > denseColumns ? "bar thin" : "bar"
        var svg = "<svg class=\"chart-columns\" role=\"img\" width=\"100%\" height=\"\(columnHeight)\" aria-labelledby=\"\(e(id))-title\" aria-describedby=\"\(e(id))-desc\">\n"
        svg += "<title id=\"\(e(id))-title\">\(e(title))</title>\n<desc id=\"\(e(id))-desc\">\(e(description))</desc>\n"
        svg += "<line class=\"axis\" x1=\"0\" x2=\"100%\" y1=\"\(columnBaseline)\" y2=\"\(columnBaseline)\"/>\n"
        if !numberEach && !numberHighest {
            svg += "<line class=\"grid\" x1=\"0\" x2=\"100%\" y1=\"\(columnTop)\" y2=\"\(columnTop)\"/>"
            svg += "<text class=\"tick\" x=\"100%\" y=\"\(columnTop - 5)\" text-anchor=\"end\">\(highest)</text>\n"
        }
        let labelled = Set(labelIndices(columns.count, limit: columnLabelLimit))
        for (index, column) in columns.enumerated() {
            let left = Double(index) * slot
            let center = left + slot / 2
            svg += "<g class=\"tone-accent\">"
            if column.value > 0 {
                let height = max(2.0, plot * Double(column.value) / Double(highest))
                let top = Double(columnBaseline) - height
                svg += "<rect class=\"\(barClass)\" x=\"\(number(left + slot * 0.15))%\" y=\"\(number(top))\" width=\"\(number(slot * 0.7))%\" height=\"\(number(height))\" rx=\"2\">"
                svg += "<title>\(e(column.name)): \(column.value)</title></rect>"
                if numberEach || (numberHighest && column.value == highest) {
                    svg += "<text class=\"value\" x=\"\(number(center))%\" y=\"\(number(top - 5))\" text-anchor=\"middle\">\(column.value)</text>"
                }
            }
            if labelled.contains(index) {
                // The first label starts at its column and the last ends at its column, so
                // neither runs off the chart.
                let (x, anchor): (Double, String) =
                    columns.count == 1 ? (center, "middle")
                    : index == 0 ? (left, "start")
                    : index == columns.count - 1 ? (left + slot, "end")
                    : (center, "middle")
                svg += "<text class=\"tick\" x=\"\(number(x))%\" y=\"\(columnHeight - 4)\" text-anchor=\"\(anchor)\">\(e(column.label))</text>"
            }
            svg += "</g>\n"
        }
        svg += "</svg>\n"
        return figure(id: id, title: title, note: note, svg: svg, table: table)
    }

    /// The columns that get a label under the axis: the first, the last, and every
    /// `step`-th between, at most `limit` in all, none crowding the last.
    package static func labelIndices(_ count: Int, limit: Int) -> [Int] {
        guard count > 0 else { return [] }
        guard count > limit else { return Array(0..<count) }
        let step = (count - 1 + (limit - 2)) / (limit - 1)
        var indices = Array(stride(from: 0, to: count - 1, by: step))
        if let last = indices.last, indices.count > 1, count - 1 - last < (step * 2 + 2) / 3 { indices.removeLast() }
        return indices + [count - 1]
    }

    /// `value` as a percentage of `total` for an SVG length ("83.33%"); at least 1% when
    /// `value` is above zero, at most 100%.
    package static func percent(_ value: Int, of total: Int) -> String {
        guard total > 0, value > 0 else { return "0%" }
        return number(max(1, min(100, Double(value) * 100 / Double(total)))) + "%"
    }

    /// A number with at most two decimals, no trailing zeros, a dot as separator, whatever
    /// the locale: `83.33`, `50`, `0.5`.
    package static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        var text = sign + String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
            while text.hasSuffix("0") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// `label` cut to `labelLimit` characters with an ellipsis.
    static func shortened(_ label: String) -> String {
        label.count <= labelLimit ? label : String(label.prefix(labelLimit - 1)) + "…"
    }

    static func figure(id: String, title: String, note: String?, svg: String, table: Table) -> String {
        let e = HTMLEscape.escape
        var out = "<figure class=\"chart\" id=\"\(e(id))\">\n<figcaption>\(e(title))"
        if let note { out += " <span class=\"chart-note\">\(e(note))</span>" }
        out += "</figcaption>\n" + svg
        out += "<details class=\"chart-data\"><summary>Show as a table</summary>\n<table>\n<thead><tr>"
        out += table.headers.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { index, cell in
                index == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td>\(e(cell))</td>"
            }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n</details>\n</figure>\n"
        return out
    }
}
