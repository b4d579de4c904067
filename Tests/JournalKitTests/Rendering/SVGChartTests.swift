import JournalKit
import Testing

@Suite struct SVGChartTests {
    @Test func numbersHaveNoLocale() {
        #expect(SVGChart.number(83.3333) == "83.33")
        #expect(SVGChart.number(50) == "50")
        #expect(SVGChart.number(0.5) == "0.5")
        #expect(SVGChart.number(12.1) == "12.1")
        #expect(SVGChart.number(0.004) == "0")
        #expect(SVGChart.number(-0.004) == "0")
        #expect(SVGChart.number(-2.25) == "-2.25")
        #expect(SVGChart.number(1234567.891) == "1234567.89")
    }

    @Test func percentagesShowASliverAndNeverOverflow() {
        #expect(SVGChart.percent(5, of: 6) == "83.33%")
        #expect(SVGChart.percent(6, of: 6) == "100%")
        #expect(SVGChart.percent(1, of: 1000) == "1%")
        #expect(SVGChart.percent(7, of: 5) == "100%")
        #expect(SVGChart.percent(0, of: 5) == "0%")
        #expect(SVGChart.percent(3, of: 0) == "0%")
    }

    @Test func axisLabelsKeepTheEndsAndSpreadTheRest() {
        #expect(SVGChart.labelIndices(0, limit: 6) == [])
        #expect(SVGChart.labelIndices(1, limit: 6) == [0])
        #expect(SVGChart.labelIndices(6, limit: 6) == [0, 1, 2, 3, 4, 5])
        #expect(SVGChart.labelIndices(8, limit: 6) == [0, 2, 4, 7])
        #expect(SVGChart.labelIndices(20, limit: 6) == [0, 4, 8, 12, 16, 19])
        #expect(SVGChart.labelIndices(52, limit: 6) == [0, 11, 22, 33, 51])
        for count in 1...120 {
            let indices = SVGChart.labelIndices(count, limit: 6)
            #expect(indices.first == 0 && indices.last == count - 1 && indices.count <= 6, "\(count): \(indices)")
            #expect(indices == indices.sorted() && Set(indices).count == indices.count)
        }
    }

    @Test func horizontalBarsWholeOutput() {
        let svg = SVGChart.horizontalBars(
            id: "c", title: "Stage <reached>", description: "Of 6: a 5, b 0.",
            bars: [SVGChart.Bar(label: "a & \"b\"", value: 5, valueText: "5 · 83%"), SVGChart.Bar(label: "b", value: 0, tone: .bad)],
            scale: 6, table: SVGChart.Table(headers: ["Stage", "Applications"], rows: [["a & \"b\"", "5"], ["b", "0"]]))
        #expect(svg == """
        <figure class="chart" id="c">
        <figcaption>Stage &lt;reached&gt;</figcaption>
        <svg class="chart-bars" role="img" width="100%" height="72" aria-labelledby="c-title" aria-describedby="c-desc">
        <title id="c-title">Stage &lt;reached&gt;</title>
        <desc id="c-desc">Of 6: a 5, b 0.</desc>
        <g class="tone-accent"><text class="label" x="0" y="14">a &amp; &quot;b&quot;</text><text class="value" x="100%" y="14" text-anchor="end">5 · 83%</text><rect class="track" x="0" y="20" width="100%" height="10" rx="3"/><rect class="bar" x="0" y="20" width="83.33%" height="10" rx="3"><title>a &amp; &quot;b&quot;: 5 · 83%</title></rect></g>
        <g class="tone-bad"><text class="label" x="0" y="50">b</text><text class="value" x="100%" y="50" text-anchor="end">0</text><rect class="track" x="0" y="56" width="100%" height="10" rx="3"/></g>
        </svg>
        <details class="chart-data"><summary>Show as a table</summary>
        <table>
        <thead><tr><th scope="col">Stage</th><th scope="col">Applications</th></tr></thead>
        <tbody>
        <tr><th scope="row">a &amp; &quot;b&quot;</th><td>5</td></tr>
        <tr><th scope="row">b</th><td>0</td></tr>
        </tbody>
        </table>
        </details>
        </figure>

        """)
    }

    @Test func longLabelsAreShortenedInTheChartOnly() {
        let long = String(repeating: "x", count: 60)
        let svg = SVGChart.horizontalBars(id: "c", title: "T", description: "D", bars: [SVGChart.Bar(label: long, value: 1)], scale: 1,
                                          table: SVGChart.Table(headers: ["L"], rows: [[long]]))
        #expect(svg.contains(">" + String(repeating: "x", count: 47) + "…</text>"))
        #expect(svg.contains("<th scope=\"row\">\(long)</th>"))
        #expect(svg.contains("<title>\(long): 1</title>"))
    }

    @Test func columnsWholeOutput() {
        let svg = SVGChart.columns(
            id: "w", title: "Per week", description: "3 in 3 weeks.",
            columns: [SVGChart.Column(label: "Nov 2, 2026", name: "Week of 2026-11-02", value: 2),
                      SVGChart.Column(label: "Nov 9", name: "Week of 2026-11-09", value: 0),
                      SVGChart.Column(label: "Nov 16", name: "Week of 2026-11-16", value: 1)],
            table: SVGChart.Table(headers: ["Week of", "Interviews"], rows: [["2026-11-02", "2"], ["2026-11-09", "0"], ["2026-11-16", "1"]]))
        let lines = svg.split(separator: "\n").map(String.init)
        #expect(Array(lines[2...8]) == [
            "<svg class=\"chart-columns\" role=\"img\" width=\"100%\" height=\"164\" aria-labelledby=\"w-title\" aria-describedby=\"w-desc\">",
            "<title id=\"w-title\">Per week</title>",
            "<desc id=\"w-desc\">3 in 3 weeks.</desc>",
            "<line class=\"axis\" x1=\"0\" x2=\"100%\" y1=\"142\" y2=\"142\"/>",
            "<g class=\"tone-accent\"><rect class=\"bar\" x=\"5%\" y=\"20\" width=\"23.33%\" height=\"122\" rx=\"2\"><title>Week of 2026-11-02: 2</title></rect>"
                + "<text class=\"value\" x=\"16.67%\" y=\"15\" text-anchor=\"middle\">2</text><text class=\"tick\" x=\"0%\" y=\"160\" text-anchor=\"start\">Nov 2, 2026</text></g>",
            "<g class=\"tone-accent\"><text class=\"tick\" x=\"50%\" y=\"160\" text-anchor=\"middle\">Nov 9</text></g>",
            "<g class=\"tone-accent\"><rect class=\"bar\" x=\"71.67%\" y=\"81\" width=\"23.33%\" height=\"61\" rx=\"2\"><title>Week of 2026-11-16: 1</title></rect>"
                + "<text class=\"value\" x=\"83.33%\" y=\"76\" text-anchor=\"middle\">1</text><text class=\"tick\" x=\"100%\" y=\"160\" text-anchor=\"end\">Nov 16</text></g>",
        ])
    }

    @Test func manyColumnsNumberOnlyTheHighest() {
        let columns = (0..<40).map { SVGChart.Column(label: "w\($0)", name: "Week \($0)", value: $0 == 17 ? 5 : 1) }
        let svg = SVGChart.columns(id: "w", title: "T", description: "D", columns: columns, table: SVGChart.Table(headers: [], rows: []))
        #expect(svg.components(separatedBy: "<text class=\"value\"").count - 1 == 1)
        #expect(svg.contains(">5</text>"))
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 40)
        #expect(svg.components(separatedBy: "<text class=\"tick\"").count - 1 == SVGChart.labelIndices(40, limit: SVGChart.columnLabelLimit).count)
        #expect(!svg.contains("class=\"grid\"") && !svg.contains("bar thin"))
    }

    @Test func denseColumnsGetOutlinesAndALineAtTheHighestValue() {
        let columns = (0..<80).map { SVGChart.Column(label: "w\($0)", name: "Week \($0)", value: $0 % 20 == 0 ? 2 : 1) }
        let svg = SVGChart.columns(id: "w", title: "T", note: "Weeks from A to B", description: "D", columns: columns,
                                   table: SVGChart.Table(headers: [], rows: []))
        #expect(svg.contains("<figcaption>T <span class=\"chart-note\">Weeks from A to B</span></figcaption>"))
        #expect(!svg.contains("<text class=\"value\""))
        #expect(svg.contains("<line class=\"grid\" x1=\"0\" x2=\"100%\" y1=\"20\" y2=\"20\"/><text class=\"tick\" x=\"100%\" y=\"15\" text-anchor=\"end\">2</text>"))
        #expect(svg.components(separatedBy: "<rect class=\"bar thin\"").count - 1 == 80)
    }
}
