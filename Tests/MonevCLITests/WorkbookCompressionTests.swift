import Testing
import XLSXTestSupport

/// monev's workbooks are deflated at level 1 (XLSX's `CXLSXDeflate`), which works only if the
/// `monev` executable itself exports the interposed minizip function: checked on the built binary.
@Suite struct WorkbookCompressionTests {
    @Test func everyWorkbookPartIsDeflatedAtLevel1() throws {
        let w = try GeneratedInput().workspace()
        let run = try MonevBinary.run(["run", "--period", "2026-Q3"], in: w.path)
        #expect(run.status == 0, "\(run.stderr)")
        for workbook in ["monev-2026-Q3.xlsx", "units/U1/monev-U1-2026-Q3.xlsx"] {
            let entries = try ZipDirectory(path: w.sub("reports/2026-Q3/" + workbook)).entries
            #expect(entries.contains { $0.name == "xl/worksheets/sheet1.xml" && $0.uncompressedSize > 1_000 }, "\(workbook)")
            for entry in entries {
                #expect(entry.method == 8 && entry.deflateOption == 0b11, "\(workbook) \(entry.name) flags \(entry.flags)")
            }
        }
    }
}
