import Foundation
import Testing
@testable import MonevCore

@Suite("NIP")
struct NIPRuleTests {
    @Test("a well-formed NIP, also in its printed form with spaces")
    func valid() throws {
        let nip = try NIPRule.check("196003161984032001", latestYear: 2026).get()
        #expect(nip.digits == "196003161984032001")
        #expect(nip.spaced == "19600316 198403 2 001")
        #expect(try NIPRule.check("19600316 198403 2 001", latestYear: 2026).get() == nip)
        // 29 February of a leap year is a real birth date.
        #expect((try? NIPRule.check("198002292005011001", latestYear: 2026).get()) != nil)
    }

    @Test("leading zeros survive the number the NIP is stored as")
    func leadingZeros() {
        let nip = NIP(unchecked: "000000000000000042")
        #expect(nip.digits == "000000000000000042")
        #expect(nip.spaced == "00000000 000000 0 042")
    }

    @Test("each way a NIP can be malformed has its own message", arguments: [
        ("19600316198403200", "has 17 digits; a NIP has 18"),
        ("1960031619840320011", "has 19 digits"),
        ("1960031619840320O1", "is not a NIP: a NIP is 18 digits"),
        ("1,96003E+17", "Excel turned into a number"),
        ("193003161984032001", "birth year 1930 (digits 1–4) is not plausible; expected 1940–2026"),
        ("202703161984032001", "birth year 2027"),
        ("196013161984032001", "birth date 19601316 (digits 1–8, YYYYMMDD) is not a real date"),
        ("196002301984032001", "birth date 19600230"),
        ("198102292005011001", "birth date 19810229"),
        ("196003001984032001", "birth date 19600300"),
        ("196003161984132001", "appointment month 13 (digits 13–14) is not 01–12"),
        ("196003161984002001", "appointment month 00"),
        ("196003161959032001", "appointment year 1959 (digits 9–12) is not after the birth year 1960"),
        ("196003162027032001", "appointment year 2027 (digits 9–12) is after 2026"),
        ("196003161984033001", "sex digit (digit 15) is 3; it must be 1 (male) or 2 (female)"),
        ("196003161984030001", "sex digit (digit 15) is 0"),
        ("196003161984032000", "sequence number (digits 16–18) is 000; it must be 001–999"),
    ])
    func malformed(_ text: String, _ expected: String) {
        guard case .failure(let problem) = NIPRule.check(text, latestYear: 2026) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problem.message.contains(expected), "\(problem.message)")
        #expect(problem.message.contains("`\(text)`"))
    }

    @Test("a malformed NIP in pegawai.csv rejects that row with the column located; the other rows stay")
    func rowLevel() {
        var drop = DropFixture()
        drop.pegawai = drop.pegawai.replacingFirst("199001012015022005,Dewi", with: "19900101201502200,Dewi")
        drop.skp = drop.skp.replacingFirst("\n199001012015022005,1,Mengagendakan surat,,500,surat,100,12,,450,80,12,", with: "")
        drop.perilaku = drop.perilaku.replacingFirst("\n199001012015022005,76,80,80,81,79,", with: "")
        let loaded = Loaded(drop)
        let d = loaded.only("2026-Q1/pegawai.csv", line: 4)
        #expect(d?.severity == .error)
        #expect(d?.column == "nip")
        #expect(d?.value == "19900101201502200")
        #expect(d?.message == "nip: `19900101201502200` has 17 digits; a NIP has 18")
        #expect(loaded.inputSet?.current.employees.map(\.nip.digits) == [DropFixture.kepala, DropFixture.analis])
    }

    @Test("a date-invalid NIP in skp.csv rejects that row only")
    func dateInvalidInSKP() {
        var drop = DropFixture()
        drop.skp += "196002301984032001,2,Menyusun laporan,,1,laporan,100,12,-,1,90,12,-\n"
        drop.skp += "196003161984032001,3,Menyusun telaahan,,2,naskah,100,6,-,2,95,6,-\n"
        let loaded = Loaded(drop)
        let d = loaded.only("2026-Q1/skp.csv", line: 5)
        #expect(d?.column == "nip")
        #expect(d?.message.contains("birth date 19600230 (digits 1–8, YYYYMMDD) is not a real date") == true)
        #expect(loaded.inputSet?.current.activities.map(\.source.line) == [2, 3, 4, 6])
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced (test edits of fixture rows).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { preconditionFailure("\(target) not in fixture") }
        return replacingCharacters(in: range, with: replacement)
    }
}
