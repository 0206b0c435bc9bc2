import Foundation
import MonevCore
import Testing

/// `monev run --unit CODE`: regenerates only those units, byte-identical to a full run on the
/// same input, and leaves every other file of the folder as it was.
@Suite struct UnitRerunTests {
    private func publishedWorkspace(_ input: GeneratedInput = GeneratedInput()) throws -> TemporaryFolder {
        let w = try input.workspace()
        let full = try MonevBinary.run(["run"], in: w.path)
        #expect(full.status == 0, "\(full.stderr)")
        return w
    }

    @Test func aRerunOnTheSameInputReproducesTheFullRunAndRewritesNothingElse() throws {
        let w = try publishedWorkspace()
        let folder = w.sub("reports/2026-Q3")
        let before = try #require(OutputFolder.snapshot(folder))
        let inodesBefore = OutputFolder.inodes(folder)
        try FileManager.default.removeItem(atPath: w.sub("reports/2026-Q3/units/U2/monev-U2-2026-Q3.md"))

        let run = try MonevBinary.run(["run", "--unit", "U2"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(OutputFolder.snapshot(folder) == before)
        let inodesAfter = OutputFolder.inodes(folder)
        for (path, inode) in inodesBefore where !path.hasPrefix("units/U2/") && path != "run.json" {
            #expect(inodesAfter[path] == inode, "\(path) was rewritten")
        }
        #expect(inodesAfter["units/U2/monev-U2-2026-Q3.xlsx"] != inodesBefore["units/U2/monev-U2-2026-Q3.xlsx"])
        #expect(!run.stderr.contains("monev: warning"), "\(run.stderr)")
    }

    /// The analyst's case: one unit sends corrected data, its reports are regenerated from it.
    @Test func aRerunAfterACorrectionMatchesAFullRunOnTheCorrectedInput() throws {
        let w = try publishedWorkspace()
        let folder = w.sub("reports/2026-Q3")
        let before = try #require(OutputFolder.snapshot(folder))
        let originalManifest = try? OutputFolder.manifest(folder)
        try GeneratedInput(variant: 1).write(to: w.sub("input"))

        let rerun = try MonevBinary.run(["run", "--unit", "U2", "--unit", "U3"], in: w.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("monev: warning: unit U2, U3 now reflect input or settings newer than the full run"), "\(rerun.stderr)")
        let full = try MonevBinary.run(["run", "--out", "fresh"], in: w.path)
        #expect(full.status == 0)
        let after = try #require(OutputFolder.snapshot(folder))
        let fresh = try #require(OutputFolder.snapshot(w.sub("fresh/2026-Q3")))
        for path in after.keys.sorted() where path != "run.json" {
            let regenerated = path.hasPrefix("units/U2/") || path.hasPrefix("units/U3/")
            #expect(after[path] == (regenerated ? fresh[path] : before[path]), "\(path)")
            if regenerated && path.hasSuffix(".md") { #expect(after[path] != before[path], "\(path) should have changed with the input") }
        }
        #expect(OutputFolder.manifestProblems(folder) == [])

        let manifest = try OutputFolder.manifest(folder)
        let original = try #require(originalManifest)
        #expect(manifest.inputs == original.inputs)
        #expect(manifest.counts == original.counts)
        let rerunRecord = try #require(manifest.unitReruns?.first)
        #expect(manifest.unitReruns?.count == 1)
        #expect(rerunRecord.units == ["U2", "U3"])
        #expect(rerunRecord.inputs == (try OutputFolder.manifest(w.sub("fresh/2026-Q3")).inputs))

        // Back to the full run's input: U2 is in step again and drops out of the record.
        try GeneratedInput().write(to: w.sub("input"))
        #expect(try MonevBinary.run(["run", "--unit", "U2"], in: w.path).status == 0)
        #expect(try OutputFolder.manifest(folder).unitReruns?.map(\.units) == [["U3"]])
        let u2 = try #require(OutputFolder.snapshot(w.sub("reports/2026-Q3/units/U2")))
        #expect(u2["monev-U2-2026-Q3.xlsx"] == before["units/U2/monev-U2-2026-Q3.xlsx"])
        #expect(u2["monev-U2-2026-Q3.md"] == before["units/U2/monev-U2-2026-Q3.md"])

        // A full run brings everything in step and clears the record.
        #expect(try MonevBinary.run(["run"], in: w.path).status == 0)
        #expect(OutputFolder.snapshot(folder) == before)
    }

    @Test func aRunJsonListingAPathOutsideTheFolderIsRefused() throws {
        let w = try publishedWorkspace()
        let path = w.sub("reports/2026-Q3/run.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"path\" : \"capaian_indikator.csv\"", with: "\"path\" : \"../../input/2026-Q3/skp.csv\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let run = try MonevBinary.run(["run", "--unit", "U1"], in: w.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("'../../input/2026-Q3/skp.csv', which is not a path inside the folder"), "\(run.stderr)")
    }

    @Test func aPublishedFolderMissingAFileNeedsAFullRun() throws {
        let w = try publishedWorkspace()
        try FileManager.default.removeItem(atPath: w.sub("reports/2026-Q3/nilai_pegawai.csv"))
        let run = try MonevBinary.run(["run", "--unit", "U1"], in: w.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("lacks nilai_pegawai.csv"), "\(run.stderr)")
    }
}
