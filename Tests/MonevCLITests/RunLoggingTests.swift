import Foundation
import Testing

/// What `monev run` says on standard error: one line per stage at the default level, nothing
/// but problems with --quiet, file detail with --verbose, and never terminal control codes
/// when standard error is not a terminal (cron mail, log files).
@Suite struct RunLoggingTests {
    @Test func theDefaultLevelPrintsOneLinePerStage() throws {
        let w = try GeneratedInput().workspace()
        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        try #require(lines.count == 6, "\(run.stderr)")
        #expect(lines.first?.hasPrefix("monev 0.1.0: 2026-Q3 from input into reports/2026-Q3") == true)
        #expect(lines.last?.hasPrefix("done in ") == true)
        #expect(lines[1].hasPrefix("load: 10 files, "))
        #expect(lines[2].hasPrefix("score: 4 units, 12 indicators, 12 employees (12 scored), 24 activities ("))
        #expect(lines[3].hasPrefix("render: 15 files ("))
        #expect(lines[4].hasPrefix("publish: reports/2026-Q3 with 15 files and run.json ("))
        for line in [lines[1], lines[3], lines[4]] { #expect(line.range(of: #"\(\d+\.\d\d s\)$"#, options: .regularExpression) != nil, "\(line)") }
        // A full run scores each unit as it renders it: the score line says so rather than
        // repeating the render stage's time as if it were its own.
        #expect(lines[2].range(of: #"\(while rendering, \d+\.\d\d s\)$"#, options: .regularExpression) != nil, "\(lines[2])")
        #expect(!run.stderr.contains("\r") && !run.stderr.contains("\u{1B}"))
    }

    @Test func quietPrintsNothingWhenAllIsWellAndTheProblemOtherwise() throws {
        let clean = try GeneratedInput().workspace()
        let quiet = try MonevBinary.run(["run", "--quiet"], in: clean.path)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")

        let rejected = try GeneratedInput(rejectedRows: 1).workspace()
        let run = try MonevBinary.run(["run", "-q"], in: rejected.path)
        #expect(run.status == 65)
        #expect(run.stderr == "monev: warning: 1 error in the input of 2026-Q3: the rejected rows are listed in reports/2026-Q3/masalah_data.csv (exit 65)\n")
    }

    @Test func problemsAreNamedWithTheirFileLineAndColumn() throws {
        let w = try GeneratedInput(rejectedRows: 1).workspace()
        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.stderr.split(separator: "\n").contains { $0.hasPrefix("2026-Q3/pegawai.csv:14:nip: error: ") }, "\(run.stderr)")
    }

    @Test func verboseListsEveryFileWithItsHash() throws {
        let w = try GeneratedInput().workspace()
        let run = try MonevBinary.run(["run", "--verbose"], in: w.path)
        #expect(run.status == 0)
        #expect(run.stderr.contains("  units/U1/monev-U1-2026-Q3.md "))
        #expect(run.stderr.split(separator: "\n").filter { $0.contains(" sha256 ") }.count == 15)
    }

    /// `script` gives the run a terminal: there (and only there) a progress line is redrawn in
    /// place, and cleared before the next log line.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalGetsAProgressLine() throws {
        let w = try GeneratedInput().workspace()
        let run = try MonevBinary.runTool("/usr/bin/script", ["-qec", "'\(MonevBinary.path)' run", "/dev/null"], in: w.path)
        #expect(run.status == 0)
        // 5 jobs: the consolidated files (workbook, report, CSVs) in one, then one per unit (4 units).
        #expect(run.stdout.contains("\r\u{1B}[Krendering 0/5\r\u{1B}[Krendering 1/5"), "\(run.stdout.debugDescription)")
        #expect(run.stdout.contains("rendering 5/5\r\u{1B}[Krender: 15 files"), "\(run.stdout.debugDescription)")
        let quiet = try MonevBinary.runTool("/usr/bin/script", ["-qec", "'\(MonevBinary.path)' run --quiet", "/dev/null"], in: w.path)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout.debugDescription)")
    }
}
