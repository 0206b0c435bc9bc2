import Foundation
import MonevCore
import MonevRender
import Testing
import XLSX
import XLSXTestSupport

/// The Perka BKN 1/2013 forms of the fixture's head of unit (rules.md's whole example: SKP 89.88,
/// behaviour 80.00, prestasi 85.93 Baik) and of a staff member she appraises.
@Suite struct PrestasiKerjaFormsTests {
    static let head = ExcelFixture.employees[0]
    static var staff: EmployeeScore {
        var s = ExcelFixture.employees[1]
        s.employee.nipPenilai = ExcelFixture.headNIP
        return s
    }
    static let directory = AppraisalDirectory(employees: ExcelFixture.employees.map(\.employee) + [staff.employee],
                                              units: [ExcelFixture.perencanaan, ExcelFixture.umum], organisation: ExcelFixture.organisation)

    static func workbook(_ score: EmployeeScore = head, isFinal: Bool = true) -> XLSXWorkbook {
        let unit = score.employee.kodeUnit == "BAG-REN" ? ExcelFixture.perencanaan : ExcelFixture.umum
        return PrestasiKerjaForms.workbook(score, parties: directory.parties(of: score.employee), model: ExcelFixture.unit(unit, isFinal: isFinal))
    }

    static func sheet(_ name: String, _ wb: XLSXWorkbook = workbook()) throws -> XLSXSheet { try #require(wb.sheet(named: name)) }

    @Test func threeFormsPerEmployee() {
        #expect(Self.workbook().sheets.map(\.name) == ["Formulir SKP", "Penilaian Capaian SKP", "Penilaian Prestasi Kerja"])
        #expect(PrestasiKerjaForms.path(of: Self.head.employee) == "units/BAG-REN/pegawai/196003161984032001.xlsx")
    }

    @Test func prestasiKerjaCarriesTheScoresWithTheirSebutan() throws {
        let s = try Self.sheet("Penilaian Prestasi Kerja")
        let skp = try #require(s.find("Sasaran Kerja PNS (SKP)"))
        let skpRow = s.row(Int(skp.row))
        #expect(skpRow[4]?.formula?.hasPrefix("'Penilaian Capaian SKP'!P") == true)
        #expect(skpRow[4]?.numberValue == 89.88)
        #expect(skpRow[5] == .text("x 60 %"))
        #expect(skpRow[6]?.numberValue == 53.93)
        for (label, value, sebutan) in [("1. Orientasi Pelayanan", 85.0, "(Baik)"), ("6. Kepemimpinan", 75, "(Cukup)"),
                                        ("7. Jumlah", 480, nil), ("8. Nilai rata-rata", 80, "(Baik)")] {
            let row = s.row(Int(try #require(s.find(label)).row))
            #expect(row[4]?.numberValue == value, "\(label)")
            #expect((row[5]?.textValue ?? "") == (sebutan ?? ""), "\(label)")
        }
        let perilaku = s.row(Int(try #require(s.find("Nilai Perilaku Kerja")).row))
        #expect(perilaku[5] == .text("x 40 %"))
        #expect(perilaku[6]?.numberValue == 32)
        let total = try #require(s.find("NILAI PRESTASI KERJA"))
        let totalRow = s.row(Int(total.row))
        #expect(totalRow[6]?.formula == "G\(skp.row + 1)+G\(try #require(s.find("Nilai Perilaku Kerja")).row + 1)")
        #expect(totalRow[6]?.numberValue == 85.93)
        #expect(s.row(Int(total.row) + 1)[6] == .text("(Baik)"))
    }

    @Test func prestasiKerjaNamesTheThreeParties() throws {
        let s = try Self.sheet("Penilaian Prestasi Kerja")
        func block(_ title: String) throws -> [String] {
            let r = Int(try #require(s.find(title)).row)
            return (1...5).map { s.row(r + $0)[4]?.textValue ?? "" }
        }
        #expect(try block("YANG DINILAI") == ["Dra. Sri Wahyuni, M.Si.", "19600316 198403 2 001", "Pembina Tk. I (IV/b)",
                                             "Kepala Bagian Perencanaan dan Keuangan", "Bagian Perencanaan dan Keuangan"])
        // The head of a top unit is appraised by the organisation's signatory; above that nobody is known.
        let dots = "...................................."
        #expect(try block("PEJABAT PENILAI") == ["Drs. H. Bambang Sutrisno, M.M.", "19650712 199003 1 004", dots,
                                                "Sekretaris Daerah Kabupaten Contoh", "SEKRETARIAT DAERAH"])
        #expect(try block("ATASAN PEJABAT PENILAI") == Array(repeating: dots, count: 5))
        for title in ["KEBERATAN DARI PEGAWAI NEGERI SIPIL YANG DINILAI (APABILA ADA)", "TANGGAPAN PEJABAT PENILAI ATAS KEBERATAN",
                      "KEPUTUSAN ATASAN PEJABAT PENILAI ATAS KEBERATAN", "REKOMENDASI"] {
            #expect(s.find(title) != nil, "\(title)")
        }
    }

    @Test func prestasiKerjaSignatureBlocksWithDates() throws {
        let s = try Self.sheet("Penilaian Prestasi Kerja")
        for (heading, role, name, nip) in [
            ("9. DIBUAT TANGGAL, 30 September 2026", "PEJABAT PENILAI,", "Drs. H. Bambang Sutrisno, M.M.", "NIP. 19650712 199003 1 004"),
            ("10. DITERIMA TANGGAL, ....................................", "PEGAWAI NEGERI SIPIL YANG DINILAI,", "Dra. Sri Wahyuni, M.Si.",
             "NIP. 19600316 198403 2 001"),
            ("11. DITERIMA TANGGAL, ....................................", "ATASAN PEJABAT PENILAI,", "(.......................................)",
             "NIP. ...................................."),
        ] {
            let top = try #require(s.find(heading))
            let column = Int(top.column)
            #expect(s.row(Int(top.row) + 1)[column] == .text(role))
            // Room to sign, then the name and the NIP.
            #expect(s.row(Int(top.row) + 5)[column] == .text(name))
            #expect(s.row(Int(top.row) + 6)[column] == .text(nip))
        }
    }

    @Test func aStaffMembersAppraiserAndHerSuperior() throws {
        let s = try Self.sheet("Penilaian Prestasi Kerja", Self.workbook(Self.staff))
        let penilai = Int(try #require(s.find("PEJABAT PENILAI")).row)
        #expect(s.row(penilai + 1)[4] == .text("Dra. Sri Wahyuni, M.Si."))
        #expect(s.row(penilai + 2)[4] == .text("19600316 198403 2 001"))
        let atasan = Int(try #require(s.find("ATASAN PEJABAT PENILAI")).row)
        #expect(s.row(atasan + 1)[4] == .text("Drs. H. Bambang Sutrisno, M.M."))
        // Five aspects for a fungsional employee: leadership is marked not applicable.
        #expect(s.row(Int(try #require(s.find("6. Kepemimpinan")).row))[4] == .text("-"))
        #expect(s.row(Int(try #require(s.find("8. Nilai rata-rata")).row))[4]?.numberValue == 88)
    }

    @Test func penilaianCapaianInTheOfficialColumns() throws {
        let s = try Self.sheet("Penilaian Capaian SKP")
        #expect(s.cell("A1")?.value == .text("PENILAIAN CAPAIAN SASARAN KERJA"))
        #expect(s.cell("A3")?.value == .text("Jangka Waktu Penilaian 2 Januari 2026 s.d. 30 September 2026"))
        // Column numbers 1–14; 4 and 9 span the quantity and its unit.
        let numbers = s.row(7).sorted { $0.key < $1.key }.compactMap { $0.value.numberValue }
        #expect(numbers == (1...14).map(Double.init))
        #expect(s.merges.contains(XLSXRange(rows: 7...7, columns: 3...4)))
        // The first activity (rules.md's whole example): 100 + 90 + 76 + 81 = 347, / 4.
        let row = s.row(8)
        #expect(row[1] == .text("Menyusun Rencana Kerja (Renja) Sekretariat Daerah"))
        #expect(row[3]?.numberValue == 12)
        #expect(row[4] == .text("dokumen"))
        #expect(row[7]?.numberValue == 24_000_000)
        #expect(row[11]?.numberValue == 90)
        #expect(row[13]?.numberValue == 22_800_000)
        #expect(row[14]?.formula?.hasPrefix("J9/D9*100+IF(J9=0,0,L9/F9*100)+") == true)
        #expect(row[14]?.numberValue == 347)
        #expect(row[15]?.formula == "O9/4")
        #expect(row[15]?.numberValue == 86.75)
        #expect(s.row(9)[15]?.formula == "O10/3")
        #expect(s.row(9)[13] == .text("-"))
        // Additional tasks and creativity, then nilai capaian SKP with its sebutan.
        #expect(s.row(Int(try #require(s.find("Tugas Tambahan")).row))[15]?.numberValue == 1)
        #expect(s.find("a. Tugas tambahan 1") != nil)
        let total = Int(try #require(s.find("Nilai Capaian SKP")).row)
        #expect(s.row(total)[15]?.formula?.hasPrefix("AVERAGE(P9:P11)+P") == true)
        #expect(s.row(total)[15]?.numberValue == 89.88)
        #expect(s.row(total + 1)[15] == .text("(Baik)"))
        let sign = try #require(s.find("Pejabat Penilai,"))
        #expect(s.row(Int(sign.row) - 1)[Int(sign.column)] == .text("Contoh, 30 September 2026"))
        #expect(s.row(Int(sign.row) + 4)[Int(sign.column)] == .text("Drs. H. Bambang Sutrisno, M.M."))
    }

    @Test func formulirSKPIdentitiesTargetsAndTwoSignatures() throws {
        let s = try Self.sheet("Formulir SKP", Self.workbook(Self.staff))
        #expect(s.find("I. PEJABAT PENILAI") != nil)
        #expect(s.find("II. PEGAWAI NEGERI SIPIL YANG DINILAI") != nil)
        let nama = Int(try #require(s.find("Nama")).row)
        #expect(s.row(nama)[2] == .text("Dra. Sri Wahyuni, M.Si."))
        #expect(s.row(nama)[6] == .text("Rina Marlina, S.E., M.Ak."))
        let first = Int(try #require(s.find("Menyusun Rencana Kerja dan Anggaran (RKA)")).row)
        #expect(s.row(first)[4]?.numberValue == 1)
        #expect(s.row(first)[7]?.numberValue == 12)
        #expect(s.row(first)[8]?.numberValue == 170_395_000)
        let left = try #require(s.find("Pejabat Penilai,"))
        let right = try #require(s.find("Pegawai Negeri Sipil Yang Dinilai,"))
        #expect(left.row == right.row)
        #expect(s.row(Int(right.row) - 1)[Int(right.column)] == .text("Contoh, 2 Januari 2026"))
        #expect(s.row(Int(left.row) + 4)[Int(left.column)] == .text("Dra. Sri Wahyuni, M.Si."))
        #expect(s.row(Int(right.row) + 4)[Int(right.column)] == .text("Rina Marlina, S.E., M.Ak."))
    }

    @Test func draftAndFinal() throws {
        let draft = Self.workbook(isFinal: false), final = Self.workbook(isFinal: true)
        for name in ["Formulir SKP", "Penilaian Capaian SKP", "Penilaian Prestasi Kerja"] {
            let d = try Self.sheet(name, draft), f = try Self.sheet(name, final)
            #expect(d.cell("A1")?.value.textValue?.hasPrefix("DRAFT — ") == true, "\(name)")
            #expect(d.print.header?.contains("DRAFT") == true, "\(name)")
            #expect(f.cell("A1")?.value.textValue?.contains("DRAFT") == false, "\(name)")
            #expect(f.print.header == nil, "\(name)")
        }
        #expect(draft.properties.title?.hasPrefix("DRAFT") == true)
    }

    @Test func anIncompleteAppraisalIsNotScored() throws {
        // Agus Salim has SKP rows but no behaviour row.
        let s = try Self.sheet("Penilaian Prestasi Kerja", Self.workbook(ExcelFixture.employees[2]))
        let total = Int(try #require(s.find("NILAI PRESTASI KERJA")).row)
        #expect(s.row(total)[6] == .blank)
        #expect(s.find("Nilai prestasi kerja tidak dapat dihitung: tidak ada penilaian perilaku.") != nil)
        #expect(s.row(Int(try #require(s.find("1. Orientasi Pelayanan")).row))[4] == .blank)
        // Without SKP activities there is no nilai capaian either.
        let capaian = try Self.sheet("Penilaian Capaian SKP", Self.workbook(ExcelFixture.employees[4]))
        #expect(capaian.find("Tidak ada kegiatan SKP pada data triwulan ini: nilai capaian SKP tidak dapat dihitung.") != nil)
        #expect(capaian.row(Int(try #require(capaian.find("Nilai Capaian SKP")).row))[15] == .blank)
    }

    @Test func theFileReadsBackTheSameEveryTime() throws {
        let scratch = try FormsScratch()
        try XLSXWriter.write(Self.workbook(), to: scratch.path("a.xlsx"))
        try XLSXWriter.write(Self.workbook(), to: scratch.path("b.xlsx"))
        #expect(FileManager.default.contents(atPath: scratch.path("a.xlsx")) == FileManager.default.contents(atPath: scratch.path("b.xlsx")))
        let file = try XLSXFile(path: scratch.path("a.xlsx"))
        #expect(try file.sheetNames() == ["Formulir SKP", "Penilaian Capaian SKP", "Penilaian Prestasi Kerja"])
        let capaian = try file.sheet("Penilaian Capaian SKP")
        #expect(capaian["P9"]?.formula == "O9/4")
        #expect(capaian["P9"]?.number == 86.75)
        let ppk = try file.sheet("Penilaian Prestasi Kerja")
        #expect(ppk.cells.values.contains { $0.formula?.hasPrefix("'Penilaian Capaian SKP'!P") == true && $0.number == 89.88 })
        #expect(ppk.cells.values.contains { $0.string == "9. DIBUAT TANGGAL, 30 September 2026" })
    }
}
