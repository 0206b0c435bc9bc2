import Foundation

/// "render: 12/60 units" on a terminal while a long stage runs; nothing at all elsewhere.
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
        self.output?.showProgress("\(label): 0/\(total)")
    }

    func advance() {
        guard let output else { return }
        let line = lock.withLock {
            done += 1
            return "\(label): \(done)/\(total)"
        }
        output.showProgress(line)
    }

    func finish() {
        output?.showProgress(nil)
    }
}
