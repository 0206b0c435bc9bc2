import Testing
@testable import MonevCore

/// Reads `bytes` as a unit_kerja.csv and returns what each row holds, with its line.
private func readUnits(_ bytes: [UInt8]) -> (rows: [UnitRow], rowCount: Int, opened: Bool, diagnostics: Diagnostics) {
    var diagnostics = Diagnostics()
    guard let table = CSVTable.open(file: "2026-Q1/unit_kerja.csv", bytes: bytes, schema: .unitKerja, diagnostics: &diagnostics) else {
        return ([], 0, false, diagnostics)
    }
    let kode = table.column("kode_unit"), nama = table.column("nama_unit"), kepala = table.column("nama_kepala")
    var rows: [UnitRow] = []
    let count = table.forEachRow(latestYear: 2026, diagnostics: &diagnostics) { row in
        rows.append(UnitRow(line: row.line, kode: row.text(kode), nama: row.text(nama), kepala: row.text(kepala)))
    }
    return (rows, count, true, diagnostics)
}

private func readUnits(_ text: String) -> (rows: [UnitRow], rowCount: Int, opened: Bool, diagnostics: Diagnostics) {
    readUnits(Array(text.utf8))
}

private struct UnitRow: Equatable {
    var line: Int
    var kode: String
    var nama: String
    var kepala: String = ""
}

@Suite("CSV reading")
struct CSVTableTests {
    @Test("LF and CRLF line endings read the same records on the same lines")
    func lineEndings() {
        let lf = readUnits("kode_unit,nama_unit\nA,Bagian Hukum\nB,Bagian Umum\n")
        let crlf = readUnits("kode_unit,nama_unit\r\nA,Bagian Hukum\r\nB,Bagian Umum\r\n")
        let expected = [UnitRow(line: 2, kode: "A", nama: "Bagian Hukum"), UnitRow(line: 3, kode: "B", nama: "Bagian Umum")]
        #expect(lf.rows == expected)
        #expect(crlf.rows == expected)
        #expect(lf.diagnostics.items.isEmpty && crlf.diagnostics.items.isEmpty)
    }

    @Test("a file without a final line break still yields its last row")
    func noFinalLineBreak() {
        #expect(readUnits("kode_unit,nama_unit\nA,Bagian Hukum").rows == [UnitRow(line: 2, kode: "A", nama: "Bagian Hukum")])
    }

    @Test("quoted fields hold delimiters, doubled quotes and line breaks; lines stay physical")
    func quoting() {
        let r = readUnits("""
            kode_unit,nama_unit,nama_kepala
            A,"Bagian Hukum, Setda","Drs. H. ""Ujang"" Sulaeman"
            B,"Bagian
            Umum",x
            C,Bagian Organisasi,y

            """)
        #expect(r.rows == [
            UnitRow(line: 2, kode: "A", nama: "Bagian Hukum, Setda", kepala: "Drs. H. \"Ujang\" Sulaeman"),
            UnitRow(line: 3, kode: "B", nama: "Bagian\nUmum", kepala: "x"),
            UnitRow(line: 5, kode: "C", nama: "Bagian Organisasi", kepala: "y"),
        ])
        #expect(r.diagnostics.items.isEmpty)
    }

    @Test("cells are trimmed of spaces and no-break spaces; a space before an opening quote is skipped")
    func trimming() {
        let r = readUnits("kode_unit,nama_unit\n  A , \u{A0}Bagian Hukum\u{A0}\nB, \"Bagian, Umum\" \n")
        #expect(r.rows == [UnitRow(line: 2, kode: "A", nama: "Bagian Hukum"), UnitRow(line: 3, kode: "B", nama: "Bagian, Umum")])
    }

    @Test("the delimiter comes from the header line", arguments: [",", ";", "\t"])
    func delimiter(_ d: String) {
        let r = readUnits("kode_unit\(d)nama_unit\nA\(d)Bagian Hukum, Setda\n")
        // A `,` inside an unquoted value is only data when `,` is not the delimiter.
        if d == "," {
            #expect(r.rows.isEmpty)
            #expect(r.diagnostics.items.first?.column == "3")
        } else {
            #expect(r.rows == [UnitRow(line: 2, kode: "A", nama: "Bagian Hukum, Setda")])
        }
    }

    @Test("a UTF-8 BOM is skipped and the text kept as is")
    func bom() {
        let r = readUnits([0xEF, 0xBB, 0xBF] + Array("kode_unit;nama_unit\r\nA;Bagian Pemberdayaan Perempuan – Anak\r\n".utf8))
        #expect(r.rows == [UnitRow(line: 2, kode: "A", nama: "Bagian Pemberdayaan Perempuan – Anak")])
        #expect(r.diagnostics.items.isEmpty)
    }

    @Test("a file that is not UTF-8 is read as Windows-1252 with a warning naming the file")
    func windows1252() {
        // "Café €" in Windows-1252: é is 0xE9, the euro sign 0x80.
        let bytes = Array("kode_unit,nama_unit\nA,Caf".utf8) + [0xE9, 0x20, 0x80] + Array("\n".utf8)
        let r = readUnits(bytes)
        #expect(r.rows == [UnitRow(line: 2, kode: "A", nama: "Café €")])
        let warning = r.diagnostics.items.first
        #expect(warning?.severity == .warning)
        #expect(warning?.file == "2026-Q1/unit_kerja.csv")
        #expect(warning?.line == 2)
        #expect(warning?.message.contains("Windows-1252") == true)
    }

    @Test("an unterminated quote at the end: error where the quote opened, the rows before are kept")
    func unterminatedQuote() {
        let r = readUnits("kode_unit,nama_unit\nA,Bagian Hukum\nB,\"Bagian Umum\nC,Bagian Organisasi\nD,Bagian X\n")
        #expect(r.rows == [UnitRow(line: 2, kode: "A", nama: "Bagian Hukum")])
        #expect(r.diagnostics.items.count == 1)
        let d = r.diagnostics.items[0]
        #expect(d.severity == .error)
        #expect(d.line == 3)
        #expect(d.column == "nama_unit")
        #expect(d.value == "Bagian Umum")
        #expect(d.message.contains("never closed"))
        #expect(r.rowCount == 2)
    }

    @Test("too many fields: the row is rejected with the first extra field as column, later rows are read")
    func tooManyFields() {
        let r = readUnits("kode_unit,nama_unit\nA,Bagian Hukum\nB,Bagian Umum,Setda\nC,Bagian Organisasi\n")
        #expect(r.rows.map(\.kode) == ["A", "C"])
        #expect(r.diagnostics.items.count == 1)
        let d = r.diagnostics.items[0]
        #expect((d.severity, d.line, d.column, d.value) == (.error, 3, "3", "Setda"))
        #expect(d.message.contains("3 fields but the header has 2"))
        #expect(r.rowCount == 3)
    }

    @Test("extra fields that are all empty (Excel's trailing delimiters) are not an error")
    func emptyExtraFields() {
        let r = readUnits("kode_unit;nama_unit\nA;Bagian Hukum;;\n")
        #expect(r.rows == [UnitRow(line: 2, kode: "A", nama: "Bagian Hukum")])
        #expect(r.diagnostics.items.isEmpty)
    }

    @Test("too few fields: the row is rejected with the first missing field as column, later rows are read")
    func tooFewFields() {
        let r = readUnits("kode_unit,nama_unit,nama_kepala\nA,Bagian Hukum,x\nB,Bagian Umum\nC,Bagian Organisasi,y\n")
        #expect(r.rows.map(\.kode) == ["A", "C"])
        let d = r.diagnostics.items[0]
        #expect((d.severity, d.line, d.column) == (.error, 3, "3"))
        #expect(d.message.contains("2 fields but the header has 3"))
    }

    @Test("blank lines and rows of empty cells are skipped, not counted")
    func blankLines() {
        let r = readUnits("\n\nkode_unit;nama_unit\n\nA;Bagian Hukum\n;\n  \nB;Bagian Umum\n")
        #expect(r.rows == [UnitRow(line: 5, kode: "A", nama: "Bagian Hukum"), UnitRow(line: 8, kode: "B", nama: "Bagian Umum")])
        #expect(r.rowCount == 2)
    }

    @Test("an empty file is an error that names the expected columns", arguments: ["", "\n\n", "\u{FEFF}", "  \r\n"])
    func emptyFile(_ text: String) {
        let r = readUnits(text)
        #expect(!r.opened)
        let d = r.diagnostics.items
        #expect(d.count == 1)
        #expect(d.first?.severity == .error)
        #expect(d.first?.line == nil)
        #expect(d.first?.message == "the file is empty; expected a header line naming the columns kode_unit, nama_unit")
    }

    @Test("a header-only file is read with a warning")
    func headerOnly() {
        let r = readUnits("kode_unit,nama_unit\r\n")
        #expect(r.opened)
        #expect(r.rowCount == 0)
        #expect(r.diagnostics.items.map(\.message) == ["the file has a header but no data rows"])
        #expect(r.diagnostics.items.first?.severity == .warning)
    }

    @Test("a binary file (NUL bytes) is not read, and the error says where")
    func binary() {
        let r = readUnits(Array("kode_unit,nama_unit\nA,B\n".utf8) + [0x00, 0x01, 0x02])
        #expect(!r.opened)
        let d = r.diagnostics.items
        #expect(d.count == 1)
        #expect((d[0].severity, d[0].line) == (.error, 3))
        #expect(d[0].message.contains("binary"))
    }

    @Test("an .xlsx saved under a .csv name is recognised")
    func workbook() {
        let r = readUnits([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
        #expect(!r.opened)
        #expect(r.diagnostics.items.first?.message.contains("Excel workbook") == true)
    }

    @Test("a UTF-16 file (Excel 'Unicode Text') is refused with advice")
    func utf16() {
        let r = readUnits([0xFF, 0xFE, 0x6B, 0x00])
        #expect(!r.opened)
        #expect(r.diagnostics.items.first?.message.contains("UTF-16") == true)
    }
}
