import Foundation

/// The one writer of standard error, shared by log lines and the progress line so the two never
/// interleave: a log line first clears a progress line that is on screen, then redraws it.
/// Progress is drawn only when standard error is a terminal, so cron mail and log files get
/// whole lines and no carriage-return noise.
final class StandardError: @unchecked Sendable {
    static let shared = StandardError(isTerminal: Posix.standardErrorIsTerminal)

    let isTerminal: Bool
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var progressLine: String?

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    func writeLine(_ line: String) {
        lock.withLock {
            var text = progressLine == nil ? "" : Self.clearLine
            text += line + "\n"
            if let progressLine { text += progressLine }
            emit(text)
        }
    }

    /// Shows `line` in place of the previous progress line; nil clears it.
    func showProgress(_ line: String?) {
        guard isTerminal else { return }
        lock.withLock {
            progressLine = line
            emit(Self.clearLine + (line ?? ""))
        }
    }

    private static let clearLine = "\r\u{1B}[K"

    private func emit(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { Posix.writeAll(STDERR_FILENO, $0) }
    }
}
