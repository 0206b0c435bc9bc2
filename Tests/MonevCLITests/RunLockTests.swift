import Foundation
import MonevCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One run per period at a time: a second run exits 75 at once naming the holder; a killed
/// holder does not block the next run.
@Suite struct RunLockTests {
    @Test func aSecondRunForTheSamePeriodIs75NamingTheHolder() throws {
        let w = try GeneratedInput().workspace()
        try FileManager.default.createDirectory(atPath: w.sub("reports"), withIntermediateDirectories: true)
        // Hold the lock as a run would (flock on the period's lock file, holder text inside).
        let fd = open(w.sub("reports/.2026-Q3.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let holder = Array("pid 4242 on cronhost, started 2026-10-05T02:30:00Z\n".utf8)
        #expect(write(fd, holder, holder.count) == holder.count)
        defer { close(fd) }

        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.status == 75)
        #expect(run.stderr.contains("another monev run is writing 2026-Q3: pid 4242 on cronhost, started 2026-10-05T02:30:00Z"), "\(run.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/2026-Q3")) == nil)
        // Other periods are not held up.
        #expect(try MonevBinary.run(["run", "--period", "2026-Q2"], in: w.path).status == 0)
    }

    /// A real holder: a run blocked reading its input (a FIFO nobody writes to) holds the lock
    /// as long as it lives; once it is killed, the next run goes ahead.
    @Test func theLockOfARunningMonevRefusesOthersAndDiesWithIt() throws {
        let w = try GeneratedInput().workspace()
        let unitFile = w.sub("input/2026-Q3/unit_kerja.csv")
        let unitKerja = try Data(contentsOf: URL(fileURLWithPath: unitFile))
        try FileManager.default.removeItem(atPath: unitFile)
        #expect(mkfifo(unitFile, 0o644) == 0)

        let holder = try MonevBinary.start(["run"], in: w.path)
        let lockFile = w.sub("reports/.2026-Q3.lock")
        let deadline = ContinuousClock.now + .seconds(30)
        while ((try? w.read("reports/.2026-Q3.lock")) ?? "").hasPrefix("pid \(holder.pid) ") == false, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let refused = try MonevBinary.run(["run"], in: w.path)
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("pid \(holder.pid) on "), "\(refused.stderr)")
        #expect(refused.stderr.contains(".2026-Q3.lock"))

        holder.kill(SIGKILL)
        #expect(holder.wait().signalled)
        #expect(FileManager.default.fileExists(atPath: lockFile))
        try FileManager.default.removeItem(atPath: unitFile)
        try unitKerja.write(to: URL(fileURLWithPath: unitFile))
        let next = try MonevBinary.run(["run"], in: w.path)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(OutputFolder.manifestProblems(w.sub("reports/2026-Q3")) == [])
    }
}
