import Foundation
import MonevCore
import MonevRender
import Testing
import XLSX
import XLSXTestSupport

@Suite struct FormatIsianTests {
    static let q4 = Period(year: 2026, quarter: 4)!
    static let template = DropTemplate(period: q4, from: Scoring.exampleInput.current)

    static func workbook(_ kode: String = "U01") throws -> XLSXWorkbook {
        try #require(FormatIsian.workbook(unit: kode, of: template, organisation: ExcelFixture.organisation))
    }

    static func sheet(_ name: String, _ kode: String = "U01") throws -> XLSXSheet { try #require(try workbook(kode).sheet(named: name)) }

    @Test func oneSheetPerFileNamedAfterIt() throws {
        #expect(try Self.workbook().sheets.map(\.name) == ["Petunjuk", "indikator", "skp", "perilaku", "tambahan", "pegawai"])
        #expect(FormatIsian.fileName(unit: "U01", period: Self.q4) == "format-isian-U01-2026-Q4.xlsx")
        #expect(FormatIsian.workbook(unit: "U99", of: Self.template, organisation: ExcelFixture.organisation) == nil)
    }

    @Test(arguments: [("indikator", DropTemplate.Columns.indikator), ("skp", DropTemplate.Columns.skp),
                      ("perilaku", DropTemplate.Columns.perilaku), ("tambahan", DropTemplate.Columns.tambahan),
                      ("pegawai", DropTemplate.Columns.pegawai)])
    func rowOneHoldsTheFilesColumns(name: String, columns: [String]) throws {
        let sheet = try Self.sheet(name)
        #expect(sheet.row(0).sorted { $0.key < $1.key }.map(\.value) == columns.map { XLSXValue.text($0) })
        #expect(sheet.frozen == XLSXFreeze(rows: 1))
        #expect(sheet.protection != nil)
        #expect(sheet.print.repeatRows == 0...0)
    }

    @Test func definitionsLockedInputsOpen() throws {
        let wb = try Self.workbook()
        let indikator = try #require(wb.sheet(named: "indikator"))
        func style(_ sheet: XLSXSheet, _ a1: String) throws -> XLSXStyle { wb.styles[try #require(sheet.cell(a1)?.style)] }
        #expect(indikator.cell("B2")?.value == .text("IK01"))
        #expect(try style(indikator, "B2").locked)
        #expect(try style(indikator, "G2").locked)
        #expect(indikator.cell("H2")?.value == .number(25))
        #expect(try !style(indikator, "H2").locked)
        #expect(indikator.cell("I2")?.value == .blank)
        #expect(try !style(indikator, "I2").locked)

        let skp = try #require(wb.sheet(named: "skp"))
        // The budgeted activity asks for realisasi_biaya; the others show a locked `-`.
        #expect(skp.cell("I2")?.value == .number(24_000_000))
        #expect(try !style(skp, "M2").locked)
        #expect(skp.cell("M3")?.value == .text("-"))
        #expect(try style(skp, "M3").locked)
        #expect(try (0...8).allSatisfy { try style(skp, XLSXCellRef(row: 1, column: $0).a1).locked })
        #expect(try (9...11).allSatisfy { try !style(skp, XLSXCellRef(row: 1, column: $0).a1).locked })

        let perilaku = try #require(wb.sheet(named: "perilaku"))
        // Leadership for the struktural employee only.
        #expect(perilaku.cell("A2")?.value == .text("197501012000031002"))
        #expect(try !style(perilaku, "G2").locked)
        #expect(perilaku.cell("G3")?.value == .text("-"))
        #expect(try style(perilaku, "G3").locked)
        // The NIP column of tambahan is text, so a typed NIP keeps its 18 digits.
        let tambahan = try #require(wb.sheet(named: "tambahan"))
        #expect(try style(tambahan, "A2").numberFormat == "@")
        #expect(tambahan.lastRow == 10)
    }

    @Test func dropdownsAndNumericRules() throws {
        let perilaku = try Self.sheet("perilaku")
        #expect(perilaku.dataValidations.count == 6)
        #expect(perilaku.dataValidations.allSatisfy { $0.rule == .decimal(.between(0, 100)) && $0.range.first.row == 1 && $0.range.last.row == 2 })
        let skp = try Self.sheet("skp")
        #expect(skp.dataValidations.map(\.rule) == [.decimal(.greaterThanOrEqual(0)), .decimal(.between(0, 100)),
                                                    .decimal(.greaterThanOrEqual(0)), .decimal(.greaterThanOrEqual(0))])
        #expect(skp.dataValidations.map(\.range.first.column) == [9, 10, 11, 12])
        let tambahan = try Self.sheet("tambahan")
        #expect(tambahan.dataValidations.map(\.rule) == [
            .listFromCells(sheet: "pegawai", range: XLSXRange(rows: 1...2, columns: 0...0)),
            .list(["tugas_tambahan", "kreativitas"]), .list(["unit_kerja", "organisasi", "nasional"]),
        ])
        let indikator = try Self.sheet("indikator")
        #expect(indikator.dataValidations.map(\.rule).prefix(2) == [.list(["positif", "negatif"]), .list(["kumulatif", "terakhir", "rata_rata"])])
        #expect(try Self.sheet("pegawai").dataValidations.map(\.rule) == [.list(["struktural", "fungsional", "pelaksana"])])
    }

    @Test func theInstructionsSayHowToSaveAsCSV() throws {
        let petunjuk = try Self.sheet("Petunjuk")
        #expect(petunjuk.protection == nil)
        let text = petunjuk.cells.compactMap(\.value.textValue).joined(separator: "\n")
        #expect(text.contains("FORMAT ISIAN DATA MONITORING DAN EVALUASI TRIWULAN IV TAHUN 2026"))
        #expect(text.contains("Unit Kerja: Bagian Perencanaan (U01)"))
        #expect(text.contains("\"CSV UTF-8 (Comma delimited) (*.csv)\", nama indikator.csv"))
        #expect(text.contains("Ulangi untuk lembar skp, perilaku, tambahan (skp.csv, perilaku.csv, tambahan.csv)"))
        #expect(text.contains("2026-Q4/indikator.csv"))
        #expect(text.contains("Isi hanya sel berwarna kuning"))
    }

    @Test func aUnitWithoutEmployeesGetsTheIndicatorSheetOnly() throws {
        var source = Scoring.exampleInput.current
        source.employees.removeAll { $0.kodeUnit == "U01" }
        let template = DropTemplate(period: Self.q4, from: source)
        let wb = try #require(FormatIsian.workbook(unit: "U01", of: template, organisation: ExcelFixture.organisation))
        #expect(wb.sheets.map(\.name) == ["Petunjuk", "indikator"])
        let text = try #require(wb.sheet(named: "Petunjuk")).cells.compactMap(\.value.textValue).joined()
        #expect(!text.contains("skp.csv"))
    }

    @Test func theFileReadsBackWithRulesAndProtection() throws {
        let scratch = try FormsScratch()
        let path = scratch.path("f.xlsx")
        try XLSXWriter.write(try Self.workbook(), to: path)
        let file = try XLSXFile(path: path)
        let indikator = try file.sheet("indikator")
        #expect(indikator["A1"]?.string == "kode_unit")
        #expect(indikator["B2"]?.string == "IK01")
        #expect(indikator.attributes(of: "sheetProtection")?["sheet"] == "1")
        #expect(try file.sheet("perilaku").elements("dataValidation").count == 6)
        #expect(try file.sheet("Petunjuk").attributes(of: "sheetProtection") == nil)
    }

    /// What the instructions tell people to do, done by LibreOffice: every input sheet saved as
    /// CSV reads back as the unit's drop, whose only problems are the blanks to fill.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")))
    func sheetsSavedAsCSVAreFilesOfTheDrop() throws {
        let scratch = try FormsScratch()
        try XLSXWriter.write(try Self.workbook(), to: scratch.path("f.xlsx"))
        let soffice = Process()
        soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        soffice.currentDirectoryURL = URL(fileURLWithPath: scratch.dir)
        soffice.arguments = ["-env:UserInstallation=file://\(scratch.dir)/profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "f.xlsx"]
        soffice.standardOutput = FileHandle.nullDevice
        soffice.standardError = FileHandle.nullDevice
        try soffice.run()
        soffice.waitUntilExit()
        var files: [String: [UInt8]] = [:]
        for name in ["indikator", "skp", "perilaku", "tambahan", "pegawai"] {
            files["2026-Q4/\(name).csv"] = try #require(FileManager.default.contents(atPath: scratch.path("f-\(name).csv")).map { [UInt8]($0) }, "\(name)")
        }
        let part = try #require(Self.template.unit("U01"))
        files["2026-Q4/unit_kerja.csv"] = Array(try #require(part.files.first { $0.name == "unit_kerja.csv" }).text.utf8)
        let status = try DropStatus.read(period: Self.q4, from: InMemoryInput(files: files))
        #expect(status.otherErrors.isEmpty)
        let unit = try #require(status.units.first)
        #expect(unit.indicatorCount == 3)
        #expect(unit.indicatorsPending == ["IK01", "IK02", "IK03"])
        #expect(unit.employeeCount == 2)
        #expect(unit.skpPending.map(\.total) == [3, 1])
    }
}
