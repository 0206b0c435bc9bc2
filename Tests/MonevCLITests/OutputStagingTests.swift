import Foundation
import MonevCore
import Testing
@testable import monev

@Suite struct OutputStagingTests {
    let period = Period("2026-Q3")!

    private func stage(_ out: TemporaryFolder, _ files: [String: String]) throws -> OutputStaging {
        let staging = try OutputStaging.create(outRoot: out.path, period: period)
        for (relative, text) in files { try staging.write(Array(text.utf8), to: relative) }
        return staging
    }

    @Test func aFirstRunMovesTheStagingFolderIntoPlace() throws {
        let out = try TemporaryFolder()
        let staging = try stage(out, ["a.csv": "1\n", "units/X/x.md": "# X\n"])
        #expect(out.entries() == [".2026-Q3.staging-\(getpid())"])
        #expect(staging.files() == ["a.csv", "units/X/x.md"])
        #expect(try staging.publish() == nil)
        #expect(out.entries() == ["2026-Q3"])
        #expect(try out.read("2026-Q3/units/X/x.md") == "# X\n")
    }

    @Test func aRerunReplacesThePreviousFolderWhole() throws {
        let out = try TemporaryFolder()
        try stage(out, ["a.csv": "old\n", "stale.csv": "old\n", "units/OLD/o.md": "old\n"]).publish()
        try stage(out, ["a.csv": "new\n", "units/X/x.md": "new\n"]).publish()
        #expect(out.entries() == ["2026-Q3"])
        #expect(out.entries("2026-Q3") == ["a.csv", "units"])
        #expect(out.entries("2026-Q3/units") == ["X"])
        #expect(try out.read("2026-Q3/a.csv") == "new\n")
    }

    @Test func discardingLeavesThePublishedFolderUntouched() throws {
        let out = try TemporaryFolder()
        try stage(out, ["a.csv": "old\n"]).publish()
        try stage(out, ["a.csv": "half"]).discard()
        #expect(out.entries() == ["2026-Q3"])
        #expect(try out.read("2026-Q3/a.csv") == "old\n")
    }

    @Test func leftoversOfDeadRunsAreRemovedForThisPeriodOnly() throws {
        let out = try TemporaryFolder()
        try out.write("x", to: ".2026-Q3.staging-999999/a.csv")
        try out.write("x", to: ".2026-Q3.staging-12/units/X/x.md")
        try out.write("x", to: ".2026-Q3.previous-13/a.csv")
        try out.write("x", to: ".2026-Q2.staging-7/a.csv")
        try out.write("x", to: "2026-Q3/a.csv")
        let done = OutputStaging.recoverAndClean(outRoot: out.path, period: period)
        #expect(done == [".2026-Q3.previous-13", ".2026-Q3.staging-12", ".2026-Q3.staging-999999"].map {
            "removed \(out.sub($0)), left by an interrupted run"
        })
        #expect(out.entries() == [".2026-Q2.staging-7", "2026-Q3"])
    }

    /// Shares without RENAME_EXCHANGE get a rename aside and a rename into place; a run killed
    /// between the two leaves the previous folder aside, and the next run puts it back.
    @Test func theTwoStepReplacementIsRecoverableAtEveryStep() throws {
        let out = try TemporaryFolder()
        try stage(out, ["a.csv": "old\n"]).publish()
        try stage(out, ["a.csv": "new\n"]).replaceInTwoSteps()
        #expect(try out.read("2026-Q3/a.csv") == "new\n")
        #expect(try out.read(".2026-Q3.previous-\(getpid())/a.csv") == "old\n")

        // Killed after the first rename: the folder is missing and the old one is aside.
        try FileManager.default.removeItem(atPath: out.sub("2026-Q3"))
        try out.write("half", to: ".2026-Q3.staging-77/a.csv")
        let done = OutputStaging.recoverAndClean(outRoot: out.path, period: period)
        #expect(done == ["restored \(out.sub("2026-Q3")) from \(out.sub(".2026-Q3.previous-\(getpid())")), set aside by an interrupted run",
                         "removed \(out.sub(".2026-Q3.staging-77")), left by an interrupted run"])
        #expect(out.entries() == ["2026-Q3"])
        #expect(try out.read("2026-Q3/a.csv") == "old\n")
    }

    @Test func carryingOverSharesThePublishedBytes() throws {
        let out = try TemporaryFolder()
        try stage(out, ["units/A/a.md": "A\n", "units/B/b.md": "B\n"]).publish()
        let staging = try OutputStaging.create(outRoot: out.path, period: period)
        try staging.carryOver("units/A/a.md")
        let published = try FileManager.default.attributesOfItem(atPath: out.sub("2026-Q3/units/A/a.md"))
        let carried = try FileManager.default.attributesOfItem(atPath: out.sub(".2026-Q3.staging-\(getpid())/units/A/a.md"))
        #expect(published[.systemFileNumber] as? Int == carried[.systemFileNumber] as? Int)
        #expect(staging.files() == ["units/A/a.md"])
        staging.discard()
    }

    @Test func anOutputRootThatIsAFileIsExit73() throws {
        let out = try TemporaryFolder()
        try out.write("x", to: "reports")
        let failure = #expect(throws: RunFailure.self) { try OutputStaging.prepareRoot(out.sub("reports")) }
        #expect(failure?.status == .cannotCreate)
        #expect(failure?.message.contains("not a folder") == true)
        try OutputStaging.prepareRoot(out.sub("new/nested/reports"))
        #expect(out.entries("new/nested") == ["reports"])
    }
}
