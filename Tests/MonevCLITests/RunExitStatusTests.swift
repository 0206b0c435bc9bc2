import Foundation
import MonevCore
import Testing

/// Every exit status of `monev run`, from the built binary (contract README, "Command line").
@Suite struct RunExitStatusTests {
    @Test func cleanInputIs0AndPublishesEveryContractFile() throws {
        let w = try GeneratedInput().workspace()
        let run = try MonevBinary.run(["run", "--period", "2026-Q3"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try #require(OutputFolder.snapshot(w.sub("reports/2026-Q3"))).keys.sorted()
        let units = (1...4).flatMap { ["units/U\($0)/monev-U\($0)-2026-Q3.md", "units/U\($0)/monev-U\($0)-2026-Q3.xlsx"] }
        #expect(files == (["capaian_indikator.csv", "masalah_data.csv", "monev-2026-Q3.md", "monev-2026-Q3.xlsx",
                           "nilai_kegiatan.csv", "nilai_pegawai.csv", "ringkasan_unit.csv", "run.json"] + units).sorted())
        #expect(OutputFolder.manifestProblems(w.sub("reports/2026-Q3")) == [])
        #expect(w.entries("reports") == [".2026-Q3.lock", "2026-Q3"])
    }

    @Test func noArgumentsProcessesTheNewestPeriodIntoReports() throws {
        let w = try GeneratedInput(year: 2025, lastQuarter: 4).workspace()
        try GeneratedInput(year: 2026, lastQuarter: 2).write(to: w.sub("input"))
        try FileManager.default.createDirectory(atPath: w.sub("input/notes"), withIntermediateDirectories: true)
        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(w.entries("reports").filter { !$0.hasPrefix(".") } == ["2026-Q2"])
        #expect(try OutputFolder.manifest(w.sub("reports/2026-Q2")).period == "2026-Q2")
    }

    @Test(arguments: [
        (["--period", "2026-Q5"], "2026-Q5"),
        (["--period", "Q3-2026"], "Q3-2026"),
        (["--bogus"], "--bogus"),
        (["--quiet", "--verbose"], "--quiet and --verbose"),
        (["--unit", "U1"], "without --unit first"),
    ])
    func usageErrorsAre64(_ arguments: [String], _ named: String) throws {
        let w = try GeneratedInput().workspace()
        let run = try MonevBinary.run(["run"] + arguments, in: w.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains(named), "\(run.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/2026-Q3")) == nil)
    }

    @Test func anUnknownUnitOfAPublishedRunIs64AndChangesNothing() throws {
        let w = try GeneratedInput().workspace()
        #expect(try MonevBinary.run(["run"], in: w.path).status == 0)
        let before = OutputFolder.snapshot(w.sub("reports/2026-Q3"))
        let run = try MonevBinary.run(["run", "--unit", "U2", "--unit", "ZZ"], in: w.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown unit code 'ZZ' in 2026-Q3 (its units: U1, U2, U3, U4)"), "\(run.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/2026-Q3")) == before)
    }

    @Test func rejectedRowsAre65AndTheReportsListThem() throws {
        let w = try GeneratedInput(rejectedRows: 2).workspace()
        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains("monev: warning: 2 errors in the input of 2026-Q3"), "\(run.stderr)")
        let masalah = try w.read("reports/2026-Q3/masalah_data.csv")
        #expect(masalah.split(separator: "\n").filter { $0.contains("2026-Q3/pegawai.csv") && $0.contains(",error,") }.count == 2)
        #expect(OutputFolder.manifestProblems(w.sub("reports/2026-Q3")) == [])
        #expect(try OutputFolder.manifest(w.sub("reports/2026-Q3")).counts.errors == 2)
    }

    @Test func strictWithRejectedRowsIs65AndPublishesNothing() throws {
        let w = try GeneratedInput().workspace()
        #expect(try MonevBinary.run(["run"], in: w.path).status == 0)
        let before = OutputFolder.snapshot(w.sub("reports/2026-Q3"))
        try GeneratedInput(variant: 1, rejectedRows: 1).write(to: w.sub("input"))
        let run = try MonevBinary.run(["run", "--strict"], in: w.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains("--strict: 1 error in the input, nothing published"), "\(run.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/2026-Q3")) == before)
        #expect(w.entries("reports") == [".2026-Q3.lock", "2026-Q3"])
    }

    @Test func strictWithCleanInputIs0() throws {
        let w = try GeneratedInput().workspace()
        #expect(try MonevBinary.run(["run", "--strict"], in: w.path).status == 0)
    }

    @Test func missingInputIs66() throws {
        let w = try GeneratedInput().workspace()
        let cases: [([String], String)] = [
            (["--input", "nowhere"], "the input folder nowhere does not exist"),
            (["--period", "2026-Q4"], "input/2026-Q4 does not exist"),
            (["--config", "monev.yaml"], "the config file monev.yaml does not exist"),
        ]
        for (arguments, message) in cases {
            let run = try MonevBinary.run(["run"] + arguments, in: w.path)
            #expect(run.status == 66, "\(arguments)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        try FileManager.default.removeItem(atPath: w.sub("input/2026-Q3/unit_kerja.csv"))
        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.status == 66)
        #expect(run.stderr.contains("input/2026-Q3/unit_kerja.csv"), "\(run.stderr)")
        let empty = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: empty.sub("input"), withIntermediateDirectories: true)
        let none = try MonevBinary.run(["run"], in: empty.path)
        #expect(none.status == 66)
        #expect(none.stderr.contains("no period folder (YYYY-QN) under input"), "\(none.stderr)")
    }

    @Test func anOutputThatCannotBeWrittenIs73() throws {
        let w = try GeneratedInput().workspace()
        try w.write("a file, not a folder", to: "taken")
        for out in ["taken", "taken/reports"] {
            let run = try MonevBinary.run(["run", "--out", out], in: w.path)
            #expect(run.status == 73, "\(out)")
            #expect(run.stderr.contains("monev: error: cannot"), "\(run.stderr)")
        }
        #expect(try w.read("taken") == "a file, not a folder")
    }

    /// A full disk, simulated with a file-size limit (the kernel then fails writes with EFBIG
    /// when SIGXFSZ is ignored): exit 73, the previous outputs untouched, no staging left.
    @Test func aWriteFailingMidRunIs73AndKeepsThePreviousOutputs() throws {
        let w = try GeneratedInput().workspace()
        #expect(try MonevBinary.run(["run"], in: w.path).status == 0)
        let before = try #require(OutputFolder.snapshot(w.sub("reports/2026-Q3")))
        let largest = try #require(OutputFolder.files(w.sub("reports/2026-Q3"))).values.map(\.count).max()!
        try GeneratedInput(variant: 1).write(to: w.sub("input"))
        let limitBlocks = max(1, largest / 2 / 1024)
        let run = try MonevBinary.runTool("/bin/bash", ["-c", "ulimit -f \(limitBlocks); trap '' XFSZ; exec \"$0\" run", MonevBinary.path], in: w.path)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("File too large"), "\(run.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/2026-Q3")) == before)
        #expect(w.entries("reports") == [".2026-Q3.lock", "2026-Q3"])
    }

    @Test func aBadConfigIs64() throws {
        let w = try GeneratedInput().workspace()
        try w.write("penilaian:\n  pembacaan_bats: lower_bound\n", to: "monev.yaml")
        let run = try MonevBinary.run(["run", "--config", "monev.yaml"], in: w.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("monev.yaml"), "\(run.stderr)")
    }
}
