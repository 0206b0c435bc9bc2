import Foundation
import MonevCore
import Testing
@testable import monev

@Suite struct PeriodLockTests {
    let period = Period("2026-Q3")!

    @Test func aHeldLockRefusesASecondHolderNamingTheFirst() throws {
        let out = try TemporaryFolder()
        let first = try PeriodLock.acquire(outRoot: out.path, period: period)
        let holder = try out.read(".2026-Q3.lock")
        #expect(holder.hasPrefix("pid \(getpid()) on "))

        // flock belongs to the open file, so a second open in the same process conflicts too.
        let refusal = #expect(throws: RunFailure.self) { try PeriodLock.acquire(outRoot: out.path, period: period) }
        #expect(refusal?.status == .tempFail)
        #expect(refusal?.message.contains("pid \(getpid()) on ") == true)
        #expect(refusal?.message.contains(".2026-Q3.lock") == true)
        withExtendedLifetime(first) {}
    }

    @Test func releasingTheLockLetsTheNextRunIn() throws {
        let out = try TemporaryFolder()
        do { _ = try PeriodLock.acquire(outRoot: out.path, period: period) }
        let again = try PeriodLock.acquire(outRoot: out.path, period: period)
        #expect(again.path == out.sub(".2026-Q3.lock"))
    }

    @Test func eachPeriodHasItsOwnLock() throws {
        let out = try TemporaryFolder()
        let q3 = try PeriodLock.acquire(outRoot: out.path, period: period)
        let q2 = try PeriodLock.acquire(outRoot: out.path, period: Period("2026-Q2")!)
        #expect(q3.path != q2.path)
    }

    @Test func anUnwritableOutputRootIsExit73() throws {
        let out = try TemporaryFolder()
        try out.write("not a folder", to: "reports")
        let failure = #expect(throws: RunFailure.self) { try PeriodLock.acquire(outRoot: out.sub("reports"), period: period) }
        #expect(failure?.status == .cannotCreate)
    }
}
