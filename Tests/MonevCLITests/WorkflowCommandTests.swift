import Foundation
import MonevCore
import Testing

/// The SOP commands from the built binary: template, status, draft and final runs, the Perka BKN
/// forms, archive. Most start from a copy of the committed sample input (input/2026-Q1…Q3).
@Suite struct WorkflowCommandTests {
    /// A temporary folder with the sample input copied to `input/`.
    private func sample() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: MonevBinary.repositoryRoot + "/input", toPath: folder.sub("input"))
        return folder
    }

    /// The data rows of a CSV file, split on commas outside quotes.
    private func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map { line in
            var fields: [String] = [], field = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { fields.append(field); field = "" } else { field.append(ch) }
            }
            fields.append(field)
            return fields
        }
    }

    /// A zip entry's text (sheet XML of a workbook).
    private func unzip(_ file: String, _ entry: String) throws -> String {
        try MonevBinary.runTool("/usr/bin/unzip", ["-p", file, entry], in: "/").stdout
    }

    /// The numbers of a sheet's `<v>` elements (cell values and cached formula results).
    private func numbers(_ xml: String) -> [Double] {
        xml.components(separatedBy: "<v>").dropFirst().compactMap { Double($0.prefix { $0 != "<" }) }
    }

    // MARK: template

    @Test func aTemplateFromTheSamplesLastDropHasEveryIndicatorAndEmployeeAndNoRealisations() throws {
        let w = try sample()
        let run = try MonevBinary.run(["template", "--input", "input", "--period", "2026-Q4"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2026-Q4: made from 2026-Q3: 6 units, 27 indicators, 54 employees, 303 SKP activities; 12 files created, 0 kept"))

        let q3Indicators = rows(try w.read("input/2026-Q3/indikator.csv")), q4Indicators = rows(try w.read("input/2026-Q4/indikator.csv"))
        #expect(q4Indicators.map { $0[0] + " " + $0[1] } == q3Indicators.map { $0[0] + " " + $0[1] })
        #expect(q4Indicators.map { $0[6] } == q3Indicators.map { $0[6] })  // annual targets
        #expect(q4Indicators.allSatisfy { $0[8].isEmpty })
        #expect(try w.read("input/2026-Q4/pegawai.csv") == (try w.read("input/2026-Q3/pegawai.csv")))
        let skp = rows(try w.read("input/2026-Q4/skp.csv"))
        #expect(skp.count == 303)
        #expect(skp.allSatisfy { $0[9].isEmpty && $0[10].isEmpty && $0[11].isEmpty && ($0[12].isEmpty || $0[12] == "-") })
        let perilaku = rows(try w.read("input/2026-Q4/perilaku.csv"))
        #expect(Set(perilaku.map { $0[0] }) == Set(rows(try w.read("input/2026-Q3/pegawai.csv")).map { $0[0] }))
        #expect(perilaku.allSatisfy { $0[1...5].allSatisfy(\.isEmpty) })
        #expect(try w.read("input/2026-Q4/tambahan.csv") == "nip,jenis,uraian,tingkat\n")
        #expect(w.entries("input/2026-Q4/format-isian") == ["4.01.01", "4.01.02", "4.01.03", "4.01.04", "4.01.05", "4.01.06"]
            .map { "format-isian-\($0)-2026-Q4.xlsx" })
    }

    @Test func aTemplateNeverOverwritesAFile() throws {
        let w = try sample()
        try FileManager.default.createDirectory(atPath: w.sub("input/2026-Q4"), withIntermediateDirectories: true)
        try w.write("already filled in by hand\n", to: "input/2026-Q4/indikator.csv")
        let run = try MonevBinary.run(["template", "--input", "input", "--period", "2026-Q4"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("kept input/2026-Q4/indikator.csv (it exists; not overwritten)"))
        #expect(try w.read("input/2026-Q4/indikator.csv") == "already filled in by hand\n")
        let before = OutputFolder.snapshot(w.sub("input/2026-Q4"))
        let again = try MonevBinary.run(["template", "--input", "input", "--period", "2026-Q4"], in: w.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 files created, 12 kept"))
        #expect(OutputFolder.snapshot(w.sub("input/2026-Q4")) == before)
    }

    @Test func aTemplateNeedsAnEarlierDrop() throws {
        let w = try sample()
        let none = try MonevBinary.run(["template", "--input", "input", "--period", "2026-Q1"], in: w.path)
        #expect(none.status == 66)
        #expect(none.stderr.contains("no drop before 2026-Q1"))
        #expect(try MonevBinary.run(["template", "--input", "input", "--period", "2026-Q7"], in: w.path).status == 64)
    }

    // MARK: status

    @Test func statusNamesTheUnitAndTheMissingNIPs() throws {
        let w = try sample()
        try FileManager.default.copyItem(atPath: w.sub("input/2026-Q3"), toPath: w.sub("input/2026-Q4"))
        // 4.01.01 has not sent IK.01's realisation nor one employee's behaviour scores.
        let indikator = try w.read("input/2026-Q4/indikator.csv")
            .replacingOccurrences(of: "tepat waktu,persen,positif,terakhir,100,75,78.84", with: "tepat waktu,persen,positif,terakhir,100,75,")
        try w.write(indikator, to: "input/2026-Q4/indikator.csv")
        let perilaku = try w.read("input/2026-Q4/perilaku.csv")
            .replacingOccurrences(of: "197308281996032629,86,81,91,81,95,73", with: "197308281996032629,,,,,,")
        try w.write(perilaku, to: "input/2026-Q4/perilaku.csv")
        let before = OutputFolder.snapshot(w.path)

        let run = try MonevBinary.run(["status", "--input", "input", "--period", "2026-Q4"], in: w.path)
        #expect(run.status == 65)
        #expect(run.stdout.hasPrefix("2026-Q4: 5 of 6 units have everything in\n"), "\(run.stdout)")
        #expect(run.stdout.contains("4.01.01 Bagian Tata Pemerintahan: missing (4 indicators, 9 employees)\n"
            + "  indicator realisations (1 of 4): IK.01\n"
            + "  behaviour scores (1 of 9 employees): 197308281996032629\n"))
        #expect(run.stdout.contains("4.01.02 Bagian Hukum: complete"))
        // Nothing written without --out.
        #expect(OutputFolder.snapshot(w.path) == before)

        let out = try MonevBinary.run(["status", "--input", "input", "--period", "2026-Q4", "--out", "status.csv"], in: w.path)
        #expect(out.status == 65)
        #expect(try w.read("status.csv").contains("4.01.01,Bagian Tata Pemerintahan,perilaku,9,1,197308281996032629\n"))
    }

    @Test func statusOfACompleteDropIs0AndOfAFreshTemplateListsEveryone() throws {
        let w = try sample()
        let complete = try MonevBinary.run(["status", "--input", "input", "--period", "2026-Q3"], in: w.path)
        #expect(complete.status == 0, "\(complete.stdout)")
        #expect(complete.stdout.hasPrefix("2026-Q3: 6 of 6 units have everything in\n"))
        #expect(try MonevBinary.run(["template", "--input", "input", "--period", "2026-Q4"], in: w.path).status == 0)
        let blank = try MonevBinary.run(["status", "--input", "input", "--period", "2026-Q4"], in: w.path)
        #expect(blank.status == 65)
        #expect(blank.stdout.contains("  SKP realisations (9 of 9 employees): 197201241997092994 (all 8 activities); "))
        #expect(!blank.stdout.contains("other error"))
        #expect(try MonevBinary.run(["status", "--input", "input", "--period", "2027-Q1"], in: w.path).status == 66)
    }

    // MARK: draft and final

    @Test func aDraftSaysDraftAndAFinalDoesNot() throws {
        let w = try sample()
        let draft = try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports"], in: w.path)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(try w.read("reports/2026-Q3/monev-2026-Q3.md").contains("**DRAFT**"))
        #expect(try w.read("reports/2026-Q3/units/4.01.02/monev-4.01.02-2026-Q3.md").contains("**DRAFT**"))
        #expect(try unzip(w.sub("reports/2026-Q3/monev-2026-Q3.xlsx"), "xl/worksheets/sheet1.xml").contains("DRAFT"))
        #expect(try OutputFolder.manifest(w.sub("reports/2026-Q3")).isFinal == false)

        let final = try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports", "--final"], in: w.path)
        #expect(final.status == 0, "\(final.stderr)")
        for file in ["monev-2026-Q3.md", "units/4.01.02/monev-4.01.02-2026-Q3.md"] {
            #expect(try !w.read("reports/2026-Q3/\(file)").contains("DRAFT"), "\(file)")
        }
        #expect(try !unzip(w.sub("reports/2026-Q3/monev-2026-Q3.xlsx"), "xl/worksheets/sheet1.xml").contains("DRAFT"))
        #expect(try w.read("reports/2026-Q3/run.json").contains("\"final\" : true"))
        // A draft rerun of one unit makes the period a draft again.
        #expect(try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports", "--unit", "4.01.02"], in: w.path).status == 0)
        #expect(try OutputFolder.manifest(w.sub("reports/2026-Q3")).isFinal == false)
    }

    @Test func finalRefusesRejectedRowsAndPublishesNothing() throws {
        let w = try TemporaryFolder()
        try GeneratedInput(rejectedRows: 1).write(to: w.sub("input"))
        let run = try MonevBinary.run(["run", "--period", "2026-Q3", "--final"], in: w.path)
        #expect(run.status == 65)
        #expect(run.stderr.contains("--final: 1 error in the input, nothing published"), "\(run.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/2026-Q3")) == nil)
    }

    // MARK: forms

    @Test func formsCarryTheRightValuesAndSignatureBlocks() throws {
        let w = try sample()
        let run = try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports", "--final", "--forms"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = w.sub("reports/2026-Q3")
        #expect(OutputFolder.manifestProblems(folder) == [])
        let forms = try #require(OutputFolder.snapshot(folder)).keys.filter { $0.contains("/pegawai/") }
        #expect(forms.count == 54)

        // Hj. Ani Pratama (4.01.01), appraised by the head of her unit.
        let nip = "197308281996032629"
        let nilai = try #require(rows(try w.read("reports/2026-Q3/nilai_pegawai.csv")).first { $0[0] == nip })
        let file = w.sub("reports/2026-Q3/units/4.01.01/pegawai/\(nip).xlsx")
        let prestasi = try unzip(file, "xl/worksheets/sheet3.xml")
        #expect(prestasi.contains("<t>Hj. Ani Pratama, S.T.</t>"))
        #expect(prestasi.contains("<t>19730828 199603 2 629</t>"))
        #expect(prestasi.contains("<t>Ujang Sulaeman, S.Kom., M.Ak.</t>"))  // pejabat penilai from nip_penilai
        #expect(numbers(prestasi).contains(try #require(Double(nilai[7]))))  // nilai_prestasi as nilai_pegawai.csv prints it
        #expect(prestasi.contains("<t>(\(nilai[8]))</t>"))                   // its sebutan
        #expect(prestasi.contains("<t>9. DIBUAT TANGGAL, 30 September 2026</t>"))
        #expect(prestasi.contains("<t>10. DITERIMA TANGGAL, ....................................</t>"))
        #expect(prestasi.contains("<t>ATASAN PEJABAT PENILAI,</t>"))
        let capaian = try unzip(file, "xl/worksheets/sheet2.xml")
        #expect(numbers(capaian).contains(try #require(Double(nilai[5]))))  // nilai_skp
        #expect(!prestasi.contains("DRAFT"))

        // Without --forms there are none.
        #expect(try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "plain"], in: w.path).status == 0)
        #expect(try #require(OutputFolder.snapshot(w.sub("plain/2026-Q3"))).keys.allSatisfy { !$0.contains("/pegawai/") })
    }

    // MARK: archive

    /// Makes an archive writable again so the temporary folder can be removed by any user.
    private func release(_ folder: String) {
        let walker = FileManager.default.enumerator(atPath: folder)
        chmod(folder, 0o755)
        while let path = walker?.nextObject() as? String { chmod(folder + "/" + path, 0o755) }
    }

    @Test func archiveIsReadOnlyVerifiableAndRefusesASecondWrite() throws {
        let w = try sample()
        defer { release(w.sub("reports/arsip")) }
        #expect(try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports", "--final"], in: w.path).status == 0)
        let run = try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q3"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        let archive = w.sub("reports/arsip/2026-Q3")
        let published = try #require(OutputFolder.snapshot(w.sub("reports/2026-Q3")))
        let archived = try #require(OutputFolder.snapshot(archive))
        #expect(archived.filter { $0.key != "SHA256SUMS" } == published)

        func mode(_ path: String) throws -> Int { try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) }
        #expect(try mode(archive) == 0o555)
        #expect(try mode(archive + "/units/4.01.01") == 0o555)
        #expect(try mode(archive + "/run.json") == 0o444)
        #expect(try mode(archive + "/units/4.01.01/monev-4.01.01-2026-Q3.xlsx") == 0o444)
        let check = try MonevBinary.runTool("/usr/bin/sha256sum", ["-c", "SHA256SUMS"], in: archive)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.split(separator: "\n").count == published.count)

        let second = try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q3"], in: w.path)
        #expect(second.status == 73)
        #expect(second.stderr.contains("exists: an archive is never overwritten"))
        #expect(OutputFolder.snapshot(archive) == archived)

        let replaced = try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q3", "--supersede", "koreksi realisasi IK.02"],
                                           in: w.path)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(OutputFolder.snapshot(w.sub("reports/arsip/2026-Q3.superseded-1")) == archived)
        #expect(try w.read("reports/arsip/2026-Q3/SUPERSEDES.txt").contains("koreksi realisasi IK.02"))
        #expect(try MonevBinary.runTool("/usr/bin/sha256sum", ["-c", "SHA256SUMS"], in: archive).status == 0)
    }

    @Test func archiveRefusesADraftAChangedFileAndAMissingPeriod() throws {
        let w = try sample()
        defer { release(w.sub("reports/arsip")) }
        #expect(try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports"], in: w.path).status == 0)
        let draft = try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q3"], in: w.path)
        #expect(draft.status == 65)
        #expect(draft.stderr.contains("is a draft"))
        #expect(!FileManager.default.fileExists(atPath: w.sub("reports/arsip/2026-Q3")))

        #expect(try MonevBinary.run(["run", "--period", "2026-Q3", "--out", "reports", "--final"], in: w.path).status == 0)
        try w.write("edited after the run\n", to: "reports/2026-Q3/masalah_data.csv")
        let changed = try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q3"], in: w.path)
        #expect(changed.status == 65)
        #expect(changed.stderr.contains("masalah_data.csv has changed since the run"))

        #expect(try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q2"], in: w.path).status == 66)
        #expect(try MonevBinary.run(["archive", "--out", "reports", "--period", "2026-Q3", "--supersede", " "], in: w.path).status == 64)
    }
}
