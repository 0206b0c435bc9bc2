import Foundation
import Testing
import XLSX
import XLSXTestSupport

/// A form sheet: a locked definition column, unlocked input columns with rules, a protected sheet.
private func formWorkbook() -> XLSXWorkbook {
    var styles = XLSXStyles()
    let locked = styles.define("definisi", XLSXStyle(border: .thin))
    let input = styles.define("isian", XLSXStyle(fill: XLSXColor(0xFFF2CC), border: .thin).with { $0.locked = false })
    var sheet = XLSXSheet(name: "Perilaku")
    sheet.set(0, 0, .text("nip"), style: locked)
    sheet.set(0, 1, .text("integritas"), style: locked)
    sheet.set(0, 2, .text("jenis"), style: locked)
    sheet.set(0, 3, .text("nip_pegawai"), style: locked)
    for r in 1...3 {
        sheet.set(r, 0, .text("19790422200511151\(r)"), style: locked)
        sheet.set(r, 1, .blank, style: input)
        sheet.set(r, 2, .blank, style: input)
        sheet.set(r, 3, .blank, style: input)
    }
    sheet.dataValidations = [
        XLSXDataValidation(range: XLSXRange(rows: 1...3, columns: 1...1), rule: .decimal(.between(0, 100)),
                           promptTitle: "Nilai 0–100", prompt: "Angka 0 sampai 100, boleh desimal.",
                           errorTitle: "Nilai tidak sah", errorMessage: "Isi angka 0 sampai 100."),
        XLSXDataValidation(range: XLSXRange(rows: 1...3, columns: 2...2), rule: .list(["tugas_tambahan", "kreativitas"])),
        XLSXDataValidation(range: XLSXRange(rows: 1...3, columns: 3...3),
                           rule: .listFromCells(sheet: "Pegawai's", range: XLSXRange(rows: 1...3, columns: 0...0))),
        XLSXDataValidation(range: XLSXRange(rows: 4...4, columns: 1...1), rule: .wholeNumber(.greaterThanOrEqual(1))),
    ]
    sheet.protection = XLSXSheetProtection()
    var second = XLSXSheet(name: "Pegawai's")
    second.set(0, 0, .text("nip"))
    return XLSXWorkbook(styles: styles, sheets: [sheet, second], properties: .init(created: XLSXDate(year: 2026, month: 12, day: 31)))
}

@Suite struct DataEntryTests {
    @Test func validationsReadBack() throws {
        let scratch = try Scratch()
        let path = scratch.path("form.xlsx")
        try XLSXWriter.write(formWorkbook(), to: path)
        let sheet = try XLSXFile(path: path).sheet("Perilaku")
        let rules = sheet.elements("dataValidation")
        #expect(rules.count == 4)
        let decimal = try #require(rules.first { $0.attributes["sqref"] == "B2:B4" })
        #expect(decimal.attributes["type"] == "decimal")
        #expect(decimal.attributes["operator"] == nil)  // between is Excel's default operator
        #expect(decimal.attributes["promptTitle"] == "Nilai 0–100")
        #expect(decimal.attributes["prompt"] == "Angka 0 sampai 100, boleh desimal.")
        #expect(decimal.attributes["error"] == "Isi angka 0 sampai 100.")
        #expect(sheet.xml.contains("<formula1>0</formula1><formula2>100</formula2>"))
        let list = try #require(rules.first { $0.attributes["sqref"] == "C2:C4" })
        #expect(list.attributes["type"] == "list")
        #expect(sheet.xml.contains("<formula1>\"tugas_tambahan,kreativitas\"</formula1>"))
        // A list from cells of another sheet, the sheet name quoted with its apostrophe doubled.
        #expect(sheet.xml.contains("<formula1>'Pegawai''s'!$A$2:$A$4</formula1>"))
        let whole = try #require(rules.first { $0.attributes["sqref"] == "B5" })
        #expect(whole.attributes["type"] == "whole")
        #expect(whole.attributes["operator"] == "greaterThanOrEqual")
    }

    @Test func protectionLeavesUnlockedCellsEditable() throws {
        let scratch = try Scratch()
        let path = scratch.path("form.xlsx")
        try XLSXWriter.write(formWorkbook(), to: path)
        let file = try XLSXFile(path: path)
        let sheet = try file.sheet("Perilaku")
        let protection = try #require(sheet.attributes(of: "sheetProtection"))
        #expect(protection["sheet"] == "1")
        #expect(protection["formatColumns"] == "0")
        #expect(protection["formatRows"] == "0")
        #expect(protection["password"] == nil)
        #expect(try file.sheet("Pegawai's").attributes(of: "sheetProtection") == nil)
        // The input cell's format carries locked="0"; the definition cell's does not.
        let styles = XMLElements.parse(try file.entry("xl/styles.xml"))
        let xfs = Array(styles.drop { $0.name != "cellXfs" }.filter { $0.name == "xf" || $0.name == "protection" })
        func isUnlocked(_ styleIndex: Int) -> Bool {
            // A cellXfs `xf` is followed by its `protection` child when it has one.
            var seen = -1
            for (i, e) in xfs.enumerated() where e.name == "xf" {
                seen += 1
                if seen == styleIndex {
                    return i + 1 < xfs.count && xfs[i + 1].name == "protection" && xfs[i + 1].attributes["locked"] == "0"
                }
            }
            return false
        }
        #expect(isUnlocked(try #require(sheet["B2"]?.styleIndex)))
        #expect(!isUnlocked(try #require(sheet["A2"]?.styleIndex)))
    }

    @Test func overlongPromptTitleIsAModelError() throws {
        var wb = formWorkbook()
        wb.sheets[0].dataValidations[0].promptTitle = String(repeating: "x", count: 33)
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("long.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
        #expect(err?.context == "sheet 'Perilaku' data validation B2:B4")
    }

    @Test func emptyDropdownIsAModelError() throws {
        var wb = formWorkbook()
        wb.sheets[0].dataValidations[1].rule = .list([])
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("empty.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
    }
}

extension DataEntryTests {
    @Test func overlongDropdownIsAModelError() throws {
        var wb = formWorkbook()
        wb.sheets[0].dataValidations[1].rule = .list((1...30).map { "pilihan_\($0)" })
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("list.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
        #expect(err?.context == "sheet 'Perilaku' data validation C2:C4")
    }
}
