import Foundation

/// "rendering 12/64" on a terminal while a long stage runs; nothing at all elsewhere.
/// Safe to advance from several threads (unit reports are rendered in parallel).
final class StageProgress: @unchecked Sendable {
    private let label: String
    private let total: Int
    private let output: StandardError?
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var done = 0

    /// `enabled` is false under `--quiet`; the terminal check is `StandardError`'s.
    init(_ label: String, total: Int, enabled: Bool, output: StandardError = .shared) {
        self.label = label
        self.total = total
        self.output = enabled && output.isTerminal ? output : nil
        self.output?.showProgress("\(label) 0/\(total)")
    }

    func advance() {
        guard let output else { return }
        // Drawn under the lock so counts appear in order whichever thread finished.
        lock.withLock {
            done += 1
            output.showProgress("\(label) \(done)/\(total)")
        }
    }

    func finish() {
        output?.showProgress(nil)
    }
}
