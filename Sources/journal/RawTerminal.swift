import Dispatch
import Foundation

/// The terminal in raw mode for `journal drill`: keys one at a time, no echo, Ctrl-C as a
/// key (byte 3) rather than a signal, the alternate screen; restored on every way out.
final class RawTerminal {
    private let input: Int32
    private let output: Int32
    private var saved = termios()
    private var signalSources: [any DispatchSourceSignal] = []

    /// Raw mode on `input`, or nil when it is not a terminal.
    init?(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else { return nil }
        write("\u{1B}[?1049h\u{1B}[?25l")
        // A signal from outside (kill, a closed terminal) still leaves the terminal as it was.
        // The handlers run on a dispatch queue, not in signal context; they capture what they
        // restore, so no global state is needed.
        let saved = self.saved
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [input, output] in
                var original = saved
                tcsetattr(input, TCSAFLUSH, &original)
                let reset = Array("\u{1B}[?25h\u{1B}[?1049l".utf8)
                _ = reset.withUnsafeBytes { Foundation.write(output, $0.baseAddress, $0.count) }
                Foundation.exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Leaves raw mode and the alternate screen.
    func restore() {
        write("\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(input, TCSAFLUSH, &saved)
        for source in signalSources { source.cancel() }
        signalSources = []
    }

    /// Columns and rows (80×24 when the terminal does not say).
    var size: (columns: Int, rows: Int) {
        var ws = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return (80, 24) }
        return (Int(ws.ws_col), Int(ws.ws_row))
    }

    /// The next byte typed, or nil when none came within `milliseconds` (or input ended: `ended`).
    func readByte(milliseconds: Int32, ended: inout Bool) -> UInt8? {
        var fds = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ready = poll(&fds, 1, milliseconds)
        guard ready > 0 else { return nil }
        var byte: UInt8 = 0
        let n = Foundation.read(input, &byte, 1)
        if n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN) { ended = true }
        return n == 1 ? byte : nil
    }

    /// Clears the screen and shows `text` (newlines become CR LF in raw output).
    func show(_ text: String) {
        write("\u{1B}[H\u{1B}[2J" + text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Foundation.write(output, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return }
            bytes = bytes.dropFirst(n)
        }
    }
}
