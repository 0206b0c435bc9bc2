import Foundation
import MonevCore
import Testing

/// run.json against the files it describes, and the same input giving the same bytes.
@Suite struct RunManifestFileTests {
    @Test func runJsonHashesMatchTheOutputsAndTheInputs() throws {
        let w = try GeneratedInput().workspace()
        #expect(try MonevBinary.run(["run"], in: w.path).status == 0)
        let folder = w.sub("reports/2026-Q3")
        #expect(OutputFolder.manifestProblems(folder) == [])

        let manifest = try OutputFolder.manifest(folder)
        #expect(manifest.period == "2026-Q3")
        #expect(manifest.outputs.map(\.path) == manifest.outputs.map(\.path).sorted())
        #expect(!manifest.outputs.contains { $0.path == "run.json" })
        #expect(manifest.outputs.count == 7 + 2 * 4)
        // Every file ingestion read, with the hash of the bytes on disk and its data rows.
        #expect(manifest.inputs.map(\.path) == [
            "2026-Q1/indikator.csv", "2026-Q1/unit_kerja.csv", "2026-Q2/indikator.csv", "2026-Q2/unit_kerja.csv",
            "2026-Q3/indikator.csv", "2026-Q3/pegawai.csv", "2026-Q3/perilaku.csv", "2026-Q3/skp.csv",
            "2026-Q3/tambahan.csv", "2026-Q3/unit_kerja.csv",
        ])
        for input in manifest.inputs {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: w.sub("input/" + input.path))))
            #expect(SHA256Hex.of(bytes) == input.sha256, "\(input.path)")
        }
        #expect(manifest.inputs.first { $0.path == "2026-Q3/skp.csv" }?.rows == 4 * 3 * 2)
        #expect(manifest.inputs.first { $0.path == "2026-Q3/unit_kerja.csv" }?.rows == 4)
        #expect(manifest.counts.units == 4 && manifest.counts.employees == 12 && manifest.counts.errors == 0)
    }

    @Test func theSameInputGivesTheSameBytesWhereverItIsRun() throws {
        let w = try GeneratedInput().workspace()
        try GeneratedInput().write(to: w.sub("copy/of/input"))
        #expect(try MonevBinary.run(["run", "--out", "a"], in: w.path).status == 0)
        #expect(try MonevBinary.run(["run", "--input", "copy/of/input", "--out", "b", "--period", "2026-Q3"], in: w.path).status == 0)
        let a = try #require(OutputFolder.snapshot(w.sub("a/2026-Q3")))
        #expect(a == OutputFolder.snapshot(w.sub("b/2026-Q3")))
        #expect(a.count == 16)
    }
}
