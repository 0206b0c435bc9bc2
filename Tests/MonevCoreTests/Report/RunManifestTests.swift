import Testing
import MonevCore

@Suite struct RunManifestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ])
    func sha256MatchesSha256sum(_ text: String, _ hex: String) {
        #expect(SHA256Hex.of(Array(text.utf8)) == hex)
    }

    static let manifest = RunManifest(
        toolVersion: "0.1.0", period: Period(year: 2026, quarter: 3)!, configDigest: ConfigLoader.digest(of: MonevConfig()), isFinal: false,
        inputs: [.init(path: "2026-Q3/skp.csv", sha256: SHA256Hex.of([1]), rows: 7),
                 .init(path: "2026-Q1/indikator.csv", sha256: SHA256Hex.of([2]), rows: 6)],
        outputs: [.init(path: "units/U01/monev-U01-2026-Q3.md", sha256: SHA256Hex.of([3]), bytes: 1234),
                  .init(path: "capaian_indikator.csv", sha256: SHA256Hex.of([4]), bytes: 99)],
        counts: .init(units: 3, indicators: 5, employees: 3, scoredEmployees: 2, activities: 6, errors: 0, warnings: 5))

    @Test func jsonIsSortedPrettyAndEndsWithANewline() throws {
        let json = Self.manifest.jsonText()
        #expect(json.hasSuffix("}\n"))
        #expect(!json.contains("\\/"))
        let keys = ["\"config_digest\"", "\"counts\"", "\"final\"", "\"inputs\"", "\"outputs\"", "\"period\"", "\"tool_version\""]
        let positions = try keys.map { k in try #require(json.range(of: k)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(json.contains("\"scored_employees\" : 2"))
        #expect(json.contains("\"period\" : \"2026-Q3\""))
        let paths = Self.manifest.inputs.map(\.path) + Self.manifest.outputs.map(\.path)
        #expect(paths == ["2026-Q1/indikator.csv", "2026-Q3/skp.csv", "capaian_indikator.csv", "units/U01/monev-U01-2026-Q3.md"])
        #expect(json.contains("\"units/U01/monev-U01-2026-Q3.md\""))
        #expect(try RunManifest.decode(json: Array(json.utf8)) == Self.manifest)
        #expect(Self.manifest.jsonText() == json)
    }

    @Test func countsOfAScoredPeriod() {
        var diagnostics = Diagnostics([Diagnostic(file: "2026-Q3/skp.csv", line: 9, severity: .error, message: "bad")])
        let scores = Scoring.score(Scoring.exampleInput, options: ScoringOptions(), diagnostics: &diagnostics)
        let counts = RunManifest.Counts(scores: scores, diagnostics: diagnostics.items)
        #expect(counts == .init(units: 3, indicators: 5, employees: 3, scoredEmployees: 2, activities: 6, errors: 1, warnings: 5))
    }
}
