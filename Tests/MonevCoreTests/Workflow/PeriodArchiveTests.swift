import Testing
import MonevCore

@Suite struct PeriodArchiveTests {
    static let q3 = Period(year: 2026, quarter: 3)!

    static func manifest(final: Bool, period: Period = q3, outputs: [String] = ["monev-2026-Q3.xlsx", "units/U01/monev-U01-2026-Q3.md"]) -> RunManifest {
        RunManifest(toolVersion: "0.1.0", period: period, configDigest: "abc", isFinal: final, inputs: [],
                    outputs: outputs.map { RunManifest.Output(path: $0, sha256: String(repeating: "0", count: 64), bytes: 1) },
                    counts: RunManifest.Counts(units: 1, indicators: 0, employees: 0, scoredEmployees: 0, activities: 0, errors: 0, warnings: 0))
    }

    @Test func checksumsAreSha256sumLines() {
        let a = String(repeating: "a", count: 64), b = String(repeating: "b", count: 64)
        #expect(PeriodArchive.checksums([("units/U01/x.md", b), ("run.json", a)]) == "\(a)  run.json\n\(b)  units/U01/x.md\n")
        // A backslash or line break in a name is escaped, and the line starts with `\`, as sha256sum writes it.
        #expect(PeriodArchive.checksums([("a\\b\nc", a)]) == "\\\(a)  a\\\\b\\nc\n")
    }

    @Test func onlyAFinalRunOfThePeriodIsArchived() {
        #expect(PeriodArchive.refusal(Self.manifest(final: true), period: Self.q3) == nil)
        #expect(PeriodArchive.refusal(Self.manifest(final: false), period: Self.q3)?.contains("draft") == true)
        #expect(PeriodArchive.refusal(Self.manifest(final: true, period: Period(year: 2026, quarter: 2)!), period: Self.q3)
            == "run.json is for period 2026-Q2, not 2026-Q3")
        #expect(PeriodArchive.refusal(Self.manifest(final: true, outputs: ["../../etc/passwd"]), period: Self.q3)?.contains("not a path inside") == true)
    }

    @Test(arguments: [("units/U01/a.xlsx", true), ("run.json", true), ("../a", false), ("/etc/passwd", false), ("units//a", false),
                      ("units/./a", false), ("", false), ("a/..", false)])
    func containedPaths(path: String, contained: Bool) {
        #expect(PeriodArchive.isContained(path) == contained)
    }

    @Test func supersededArchivesAreNumbered() {
        #expect(PeriodArchive.supersededFolder(Self.q3) { _ in false } == "arsip/2026-Q3.superseded-1")
        let taken: Set = ["arsip/2026-Q3.superseded-1", "arsip/2026-Q3.superseded-2"]
        #expect(PeriodArchive.supersededFolder(Self.q3) { taken.contains($0) } == "arsip/2026-Q3.superseded-3")
        let note = PeriodArchive.supersedesNote(period: Self.q3, superseded: "../2026-Q3.superseded-1", reason: "koreksi IK.02")
        #expect(note.contains("../2026-Q3.superseded-1/"))
        #expect(note.contains("koreksi IK.02"))
    }
}
