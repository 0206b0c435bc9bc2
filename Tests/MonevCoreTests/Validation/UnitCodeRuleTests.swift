import Testing
@testable import MonevCore

@Suite("Unit codes")
struct UnitCodeRuleTests {
    @Test("codes that are one harmless path component are accepted", arguments: ["4.01.01", "BAG-HUKUM", "Setda_01", "U1"])
    func accepted(_ code: String) {
        #expect(UnitCodeRule.problem(code) == nil)
    }

    @Test("codes that could leave the output folder or break a file name are refused", arguments: [
        ("", "empty"), ("4.01/01", "must not contain `/`"), ("4.01\\01", "must not contain `\\`"), ("..", "must not start with `.`"),
        ("a..b", "must not contain `..`"), (".hidden", "must not start with `.`"), ("a\tb", "control characters"),
        ("a:b", "Windows"), (String(repeating: "x", count: 65), "65 characters long; at most 64"),
    ])
    func refused(_ code: String, _ expected: String) {
        #expect(UnitCodeRule.problem(code)?.contains(expected) == true)
    }

    @Test("a unit row whose code has `/` or `..` is rejected at its line; the other units are read")
    func rowLevel() {
        var drop = DropFixture()
        drop.unitKerja += "4.01/03,Bagian Organisasi,,,,\n../etc,Bagian Umum Lama,,,,\n4.01.04,Bagian Perekonomian,,,,\n"
        let loaded = Loaded(drop)
        let slash = loaded.only("2026-Q1/unit_kerja.csv", line: 4)
        #expect(slash?.severity == .error)
        #expect(slash?.column == "kode_unit")
        #expect(slash?.value == "4.01/03")
        #expect(slash?.message == "kode_unit: a unit code must not contain `/` (it names a folder of the output)")
        let dots = loaded.only("2026-Q1/unit_kerja.csv", line: 5)
        #expect(dots?.value == "../etc")
        #expect(dots?.message == "kode_unit: a unit code must not start with `.`")
        #expect(loaded.inputSet?.current.units.map(\.kode) == ["4.01.01", "4.01.02", "4.01.04"])
    }
}
