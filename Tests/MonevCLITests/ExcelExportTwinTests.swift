import Foundation
import Testing

/// Issue 3's promise end to end: the same dataset exported by Indonesian Excel (`;`, decimal
/// commas, `Rp 1.500.000`, BOM, CRLF, `Kode Unit` headers) and as plain CSV scores to the same bytes
/// in every output. Both drops come from the project's generator with one seed.
@Suite("Excel export twin")
struct ExcelExportTwinTests {
    @Test("an Indonesian-Excel export and its plain-CSV twin give byte-identical outputs")
    func twinOutputsAreIdentical() throws {
        let w = try TemporaryFolder("monev-twin")
        for style in ["plain", "excel-id"] {
            let made = try MonevBinary.runTool("/usr/bin/env", [
                "python3", MonevBinary.repositoryRoot + "/scripts/gen-sample.py", "--seed", "7", "--units", "3",
                "--employees-per-unit", "4", "--style", style, "--out", w.sub("\(style)/input"),
            ], in: w.path)
            try #require(made.status == 0, "\(made.stderr)")
            let run = try MonevBinary.run(["run", "--input", "input", "--out", "reports", "--quiet"], in: w.sub(style))
            try #require(run.status == 0, "\(run.stderr)")
        }
        // The inputs really differ: the twin is not a copy.
        let plainSKP = try w.read("plain/input/2026-Q3/skp.csv"), excelSKP = try w.read("excel-id/input/2026-Q3/skp.csv")
        #expect(plainSKP != excelSKP && excelSKP.contains(";") && excelSKP.contains("\r\n"))

        let plain = try #require(OutputFolder.files(w.sub("plain/reports/2026-Q3")))
        let excel = try #require(OutputFolder.files(w.sub("excel-id/reports/2026-Q3")))
        // run.json hashes the inputs, which differ by design; every other file must not.
        let outputs = plain.keys.filter { $0 != "run.json" }.sorted()
        #expect(outputs.count == 3 * 2 + 7)
        #expect(excel.keys.sorted() == plain.keys.sorted())
        for path in outputs {
            #expect(excel[path] == plain[path], "\(path) differs between the Excel export and the plain CSV")
        }
    }
}
