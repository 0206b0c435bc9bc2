import Foundation
import MonevCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run per output period at a time: an exclusive `flock(2)` on `<out>/.<YYYY-QN>.lock`.
///
/// `flock` rather than a "pid file exists" check because the kernel drops the lock the moment
/// its holder dies, however it dies (SIGKILL, OOM killer, power cut): a stale lock file never
/// blocks the next run, and no pid-liveness guessing (pids are reused) is needed. The file
/// itself stays; its text names the current (or last) holder for the refusal message.
final class PeriodLock {
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    static func lockPath(outRoot: String, period: Period) -> String {
        (outRoot as NSString).appendingPathComponent(".\(period).lock")
    }

    /// Takes the lock without waiting: a second run for the same period refuses at once (exit 75)
    /// and says who holds it, rather than queueing behind a run that may take minutes.
    static func acquire(outRoot: String, period: Period) throws(RunFailure) -> PeriodLock {
        let path = lockPath(outRoot: outRoot, period: period)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw RunFailure(.cannotCreate, "cannot create the lock file \(path): \(Posix.describe(errno))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            let holder = readHolder(fd)
            close(fd)
            guard code == EWOULDBLOCK else {
                throw RunFailure(.cannotCreate, "cannot lock \(path): \(Posix.describe(code))")
            }
            throw RunFailure(.tempFail, "another monev run is writing \(period): \(holder ?? "holder not recorded yet") (lock \(path)); try again when it has finished")
        }
        let holder = "pid \(Posix.processID) on \(Posix.hostName), started \(ISO8601DateFormatter().string(from: Date()))\n"
        let bytes = Array(holder.utf8)
        guard ftruncate(fd, 0) == 0, pwrite(fd, bytes, bytes.count, 0) == bytes.count else {
            let code = errno
            close(fd)
            throw RunFailure(.cannotCreate, "cannot write the lock file \(path): \(Posix.describe(code))")
        }
        return PeriodLock(path: path, descriptor: fd)
    }

    private static func readHolder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
