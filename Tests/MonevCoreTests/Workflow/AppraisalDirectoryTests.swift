import Testing
import MonevCore

/// A parent unit P (head H1) with a sub-unit U (head H2) and a sub-unit V without a head.
enum Office {
    static func nip(_ s: String) -> NIP { NIP(unchecked: s) }
    static let h1 = nip("196803151994032004"), h2 = nip("197501012000031002"), s1 = nip("198203102006042003")
    static let s2 = nip("199105052015031001"), s3 = nip("198507222010012003"), s4 = nip("199203142019031005")
    static let outsider = nip("196507121990031004"), sekda = nip("196201011988031001")
    static let at = SourceLocation(file: "2026-Q3/pegawai.csv", line: 2)

    static func employee(_ n: NIP, _ nama: String, _ unit: String, _ jenis: JenisJabatan = .pelaksana, penilai: NIP? = nil) -> Employee {
        Employee(nip: n, nama: nama, pangkatGolongan: "Penata (III/c)", jabatan: "Jabatan \(nama)", kodeUnit: unit, jenisJabatan: jenis,
                 nipPenilai: penilai, source: at)
    }

    static let units = [
        UnitKerja(kode: "P", nama: "Asisten Administrasi", kepala: Official(nama: "H1", nip: h1, jabatan: "Asisten"), source: at),
        UnitKerja(kode: "U", nama: "Bagian Umum", kodeInduk: "P", kepala: Official(nama: "H2", nip: h2, jabatan: "Kepala Bagian Umum"), source: at),
        UnitKerja(kode: "V", nama: "Bagian Hukum", kodeInduk: "P", source: at),
    ]
    static let employees = [
        employee(h1, "H1", "P", .struktural), employee(h2, "H2", "U", .struktural),
        employee(s1, "S1", "U", penilai: h2), employee(s2, "S2", "U"), employee(s3, "S3", "V"),
        employee(s4, "S4", "U", penilai: outsider),
    ]
    static var organisation: Organisation {
        var o = Organisation()
        o.penandatangan = Official(nama: "Sekda", nip: sekda, jabatan: "Sekretaris Daerah")
        return o
    }
    static let directory = AppraisalDirectory(employees: employees, units: units, organisation: organisation)

    static func parties(_ n: NIP) -> AppraisalParties { directory.parties(of: employees.first { $0.nip == n }!) }
}

@Suite struct AppraisalDirectoryTests {
    typealias O = Office

    @Test func nipPenilaiNamesTheAppraiser() {
        let p = O.parties(O.s1)
        #expect(p.dinilai == AppraisalParty(nama: "S1", nip: O.s1, pangkatGolongan: "Penata (III/c)", jabatan: "Jabatan S1", unitOrganisasi: "Bagian Umum"))
        #expect(p.penilai?.nip == O.h2)
        #expect(p.penilai?.unitOrganisasi == "Bagian Umum")
        // H2 names no appraiser and heads U: the line goes up to P's head.
        #expect(p.atasanPenilai?.nip == O.h1)
        #expect(p.atasanPenilai?.jabatan == "Jabatan H1")
    }

    @Test func withoutNipPenilaiTheUnitHeadAppraises() {
        let p = O.parties(O.s2)
        #expect(p.penilai?.nip == O.h2)
        #expect(p.atasanPenilai?.nip == O.h1)
    }

    @Test func aUnitWithoutAHeadLooksToItsParent() {
        let p = O.parties(O.s3)
        #expect(p.penilai?.nip == O.h1)
        // Above the top unit: the organisation's signatory.
        #expect(p.atasanPenilai?.nama == "Sekda")
        #expect(p.atasanPenilai?.unitOrganisasi == "SEKRETARIAT DAERAH")
    }

    @Test func theTopHeadIsAppraisedByTheSignatory() {
        let p = O.parties(O.h1)
        #expect(p.penilai?.nip == O.sekda)
        #expect(p.atasanPenilai == nil)
        // A unit head is appraised by the head above, not by themself.
        #expect(O.parties(O.h2).penilai?.nip == O.h1)
        #expect(O.parties(O.h2).atasanPenilai?.nip == O.sekda)
    }

    @Test func anAppraiserOutsideTheDropIsKnownByNIPOnly() {
        let p = O.parties(O.s4)
        #expect(p.penilai == AppraisalParty(nama: "", nip: O.outsider, pangkatGolongan: "", jabatan: "", unitOrganisasi: ""))
        #expect(p.atasanPenilai == nil)
    }

    @Test func aLoopNamesNobodyRatherThanTheEmployee() {
        let a = O.employee(O.s1, "A", "U", penilai: O.s2), b = O.employee(O.s2, "B", "U", penilai: O.s1)
        let directory = AppraisalDirectory(employees: [a, b], units: O.units, organisation: O.organisation)
        let p = directory.parties(of: a)
        #expect(p.penilai?.nama == "B")
        #expect(p.atasanPenilai == nil)
        // Naming oneself as appraiser is ignored: the unit head appraises.
        let selfie = O.employee(O.s3, "C", "U", penilai: O.s3)
        #expect(AppraisalDirectory(employees: O.employees + [selfie], units: O.units, organisation: O.organisation)
            .parties(of: selfie).penilai?.nip == O.h2)
    }
}
