import Foundation
import Testing

/// scripts/monev-quarter-end, as cron runs it: period from the date, everything into the log,
/// silence when the run is clean, monev's exit status.
@Suite struct QuarterEndScriptTests {
    let script = MonevBinary.repositoryRoot + "/scripts/monev-quarter-end"

    @Test(arguments: [("2026-10-05", "2026-Q3"), ("2026-01-10", "2025-Q4"), ("2026-04-01", "2026-Q1"), ("2026-12-31", "2026-Q3")])
    func thePeriodIsTheQuarterJustEnded(_ day: String, _ period: String) throws {
        let w = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: w.sub("input"), withIntermediateDirectories: true)
        let run = try MonevBinary.runTool(script, ["--date", day, "--input", "input", "--out", "reports"], in: w.path,
                                          environment: ["MONEV_BIN": MonevBinary.path])
        #expect(run.status == 66)
        #expect(run.stderr == "monev-quarter-end: monev run for \(period) exited 66; see \(w.sub("reports/logs/monev-\(period).log"))\n")
        let log = try w.read("reports/logs/monev-\(period).log")
        #expect(log.contains("--period \(period)"))
        #expect(log.contains("monev: error: the period folder \(w.sub("input"))/\(period) does not exist"), "\(log)")
        #expect(log.hasSuffix("=== exit 66 after 0 s\n") || log.contains("=== exit 66 after "))
    }

    @Test func aCleanRunIsSilentAndLogged() throws {
        let w = try TemporaryFolder()
        try GeneratedInput().write(to: w.sub("data"))
        let run = try MonevBinary.runTool(script, ["--date", "2026-10-05", "--input", "data", "--out", "out", "--log-dir", "logs"],
                                          in: w.path, environment: ["MONEV_BIN": MonevBinary.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty && run.stderr.isEmpty)
        #expect(OutputFolder.manifestProblems(w.sub("out/2026-Q3")) == [])
        let log = try w.read("logs/monev-2026-Q3.log")
        #expect(log.contains("\nload: 10 files"))
        #expect(log.contains("\n=== exit 0 after "))
        // A second run appends to the same log.
        #expect(try MonevBinary.runTool(script, ["--period", "2026-Q3", "--input", "data", "--out", "out", "--log-dir", "logs", "--", "--quiet"],
                                        in: w.path, environment: ["MONEV_BIN": MonevBinary.path]).status == 0)
        #expect(try w.read("logs/monev-2026-Q3.log").components(separatedBy: "=== exit 0").count == 3)
    }
}
