import Testing
import XLSX

@Suite struct CellReferenceTests {
    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")])
    func columnNames(column: Int, name: String) {
        #expect(XLSXCellRef.columnName(column) == name)
    }

    @Test func a1RoundTrip() {
        #expect(XLSXCellRef(row: 4, column: 7).a1 == "H5")
        #expect(XLSXCellRef(row: 4, column: 7).absoluteA1 == "$H$5")
        #expect(XLSXCellRef("H5") == XLSXCellRef(row: 4, column: 7))
        #expect(XLSXCellRef("$AB$12") == XLSXCellRef(row: 11, column: 27))
        #expect(XLSXCellRef("5H") == nil)
        #expect(XLSXCellRef("H0") == nil)
        #expect(XLSXCellRef("h5") == nil)
        #expect(XLSXRange(XLSXCellRef(row: 9, column: 3), XLSXCellRef(row: 2, column: 1)).a1 == "B3:D10")
    }
}

@Suite struct ModelTests {
    @Test func namedStylesResolveToSmallHandles() {
        var styles = XLSXStyles()
        let a = styles.define("angka", XLSXStyle(numberFormat: "#,##0.00"))
        let b = styles.define("judul", XLSXStyle(bold: true))
        #expect(a != b)
        #expect(styles.name(of: b) == "judul")
        #expect(styles[a].numberFormat == "#,##0.00")
        #expect(styles.id(named: "judul") == b)
        // Redefining keeps the handle.
        #expect(styles.define("judul", XLSXStyle(bold: true, italic: true)) == b)
        #expect(styles["judul"]?.italic == true)
        #expect(styles.count == 2)
    }

    @Test func rowFormulaPutsTheRowNumberWhereverTheTemplateAsks() {
        let f = XLSXRowFormula { r in "IF(K\(r)=0,0,L\(r)/H\(r)*100)" }
        #expect(f.text(row: 0) == "IF(K1=0,0,L1/H1*100)")
        #expect(f.text(row: 1_048_575) == "IF(K1048576=0,0,L1048576/H1048576*100)")
        #expect(XLSXRowFormula { _ in "TODAY()" }.text(row: 7) == "TODAY()")
        #expect(XLSXRowFormula { r in "A\(r)" }.text(row: 9) == "A10")
        #expect(XLSXRowFormula { r in r }.text(row: 41) == "42")
        #expect(XLSXRowFormula { _ in "" }.text(row: 41) == "")

        var styles = XLSXStyles()
        let s = styles.define("angka", XLSXStyle(numberFormat: "0.00"))
        var sheet = XLSXSheet(name: "S")
        sheet.set(4, 2, .text("before"))
        sheet.set(4, 3, f, cached: 76.5, style: s)
        sheet.set(5, 3, f, cached: nil, style: s)
        #expect(sheet.cell(4, 3) == XLSXCell(row: 4, column: 3, value: .formula("IF(K5=0,0,L5/H5*100)", cached: 76.5), style: s))
        #expect(sheet.cell(5, 3)?.value == .formulaText("IF(K6=0,0,L6/H6*100)", cached: ""))
        #expect(sheet.cell(4, 2)?.value == .text("before"))
    }

    @Test func mergeFillsTheBlockWithStyledBlanks() {
        var styles = XLSXStyles()
        let s = styles.define("kop", XLSXStyle(bold: true))
        var sheet = XLSXSheet(name: "S")
        sheet.merge(XLSXRange(rows: 0...1, columns: 0...2), .text("KOP"), style: s)
        #expect(sheet.merges == [XLSXRange(rows: 0...1, columns: 0...2)])
        #expect(sheet.cells.count == 6)
        #expect(sheet.cell("A1")?.value == .text("KOP"))
        #expect(sheet.cell("C2")?.value == .blank)
        #expect(sheet.cell("C2")?.style == s)
        #expect(sheet.lastRow == 1)
    }

    @Test func valueAccessors() {
        #expect(XLSXValue.formula("=A1*2", cached: 4).formula == "A1*2")
        #expect(XLSXValue.formula("A1*2", cached: 4).numberValue == 4)
        #expect(XLSXValue.formulaText("IFERROR(1/0,\"\")", cached: "").textValue == "")
        #expect(XLSXValue.text("=1+1").formula == nil)
    }

    @Test(arguments: [
        (XLSXDate(year: 1970, month: 1, day: 1), 0),
        (XLSXDate(year: 2026, month: 9, day: 30), 1_790_726_400),
        (XLSXDate(year: 2000, month: 2, day: 29, hour: 12), 951_825_600),
        (XLSXDate(year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59), 1_798_761_599),
    ])
    func unixTime(date: XLSXDate, expected: Int) {
        #expect(date.unixTime == expected)
    }
}
