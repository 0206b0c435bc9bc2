import Testing
@testable import MonevCore

/// A value longer than a spreadsheet cell holds would make every workbook of the run unwritable;
/// it is rejected as a row problem instead, and the rest of the file is read.
@Suite("Cell length")
struct CellLengthTests {
    @Test("a value over 32,767 characters rejects its row; one of exactly 32,767 is kept")
    func overlongValue() {
        var drop = DropFixture()
        let longest = String(repeating: "a", count: 32_767)
        drop.skp += "198507122010011003,2,\(longest),,4,naskah,100,12,-,4,100,12,-\n"              // line 5: kept
        drop.skp += "198507122010011003,3,\(longest)é,,4,naskah,100,12,-,4,100,12,-\n"             // line 6: 32,768
        drop.skp += "199001012015022005,2,Mengarsipkan surat,,100,surat,100,12,,100,80,12,\n"   // line 7: kept
        let loaded = Loaded(drop)
        #expect(loaded.errors.count == 1)
        let error = loaded.only("2026-Q1/skp.csv", line: 6)
        #expect(error?.column == "kegiatan")
        #expect(error?.message == "the value is 32768 characters long, more than the 32767 a spreadsheet cell can hold; the row is rejected")
        #expect(error?.value == String(repeating: "a", count: 60) + "…")
        #expect(loaded.inputSet?.current.activities.map(\.source.line) == [2, 3, 4, 5, 7])
    }
}
