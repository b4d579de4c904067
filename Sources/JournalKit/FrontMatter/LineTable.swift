/// Converts (line, column in Unicode scalars) positions to UTF-8 byte columns.
///
/// Built in one pass over the bytes; a lookup costs O(1) on an ASCII line and at most
/// `stride` steps on other lines, so that positions of the many nodes of one long line
/// (`tags: [a, b, ...]`) stay linear in total.
struct LineTable {
    private struct Line {
        var start: Int
        var end: Int
        /// Byte offsets (from `start`) of scalars 0, stride, 2 × stride, ...; empty for an ASCII line.
        var checkpoints: [Int]
    }

    private static let stride = 64
    private let bytes: [UInt8]
    private var lines: [Line] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var start = 0
        var ascii = true
        for index in 0...bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                lines.append(Line(start: start, end: index, checkpoints: ascii ? [] : LineTable.checkpoints(bytes[start..<index])))
                start = index + 1
                ascii = true
            } else if bytes[index] >= 0x80 {
                ascii = false
            }
        }
    }

    private static func checkpoints(_ line: ArraySlice<UInt8>) -> [Int] {
        var result: [Int] = []
        var scalar = 0
        for index in line.indices where line[index] & 0xC0 != 0x80 {
            if scalar % stride == 0 { result.append(index - line.startIndex) }
            scalar += 1
        }
        return result
    }

    /// The 1-based byte column of the 1-based scalar column on the 1-based line.
    func byteColumn(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, scalarColumn >= 1 else { return max(scalarColumn, 1) }
        let entry = lines[line - 1]
        let wanted = scalarColumn - 1
        if entry.checkpoints.isEmpty { return scalarColumn }
        let checkpoint = min(wanted / LineTable.stride, entry.checkpoints.count - 1)
        var offset = entry.start + entry.checkpoints[checkpoint]
        var scalar = checkpoint * LineTable.stride
        while scalar < wanted, offset < entry.end {
            offset += 1
            while offset < entry.end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalar += 1
        }
        // Past the end of the line (a mark after its last character): count on in bytes.
        return offset - entry.start + 1 + (wanted - scalar)
    }
}
