import Foundation

/// A small, valid input tree in the contract's layout, written by the tests so each one controls
/// its own data: how many units, which variant of the numbers, how many rows to reject.
struct GeneratedInput {
    var year = 2026
    var lastQuarter = 3
    var units = 4
    var employeesPerUnit = 3
    /// Shifts every realisation, so two variants give different outputs from the same shape.
    var variant = 0
    /// Rows with a malformed NIP appended to the last quarter's pegawai.csv (each is rejected).
    var rejectedRows = 0

    var period: String { "\(year)-Q\(lastQuarter)" }

    func unitCode(_ u: Int) -> String { "U\(u + 1)" }

    /// A fresh temporary folder with this input written under `input/`, where a bare `monev run`
    /// looks for it.
    func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try write(to: folder.sub("input"))
        return folder
    }

    func write(to root: String) throws {
        for quarter in 1...lastQuarter {
            let folder = (root as NSString).appendingPathComponent("\(year)-Q\(quarter)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, text) in files(quarter: quarter) {
                try Data(text.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            }
        }
    }

    private func nip(unit u: Int, employee e: Int) -> String {
        String(format: "1980%02d%02d2005%02d1%03d", e % 12 + 1, u % 28 + 1, e % 12 + 1, (u * 31 + e + 1) % 1000)
    }

    private func files(quarter q: Int) -> [(String, String)] {
        var unitKerja = ["kode_unit,nama_unit,kode_induk,nama_kepala,nip_kepala,jabatan_kepala"]
        var indikator = ["kode_unit,kode_indikator,nama_indikator,satuan,polaritas,agregasi,target_tahunan,target_triwulan,realisasi_triwulan"]
        var pegawai = ["nip,nama,pangkat_golongan,jabatan,kode_unit,jenis_jabatan,nip_penilai"]
        var skp = ["nip,no,kegiatan,angka_kredit,target_kuantitas,satuan_kuantitas,target_kualitas,target_waktu,target_biaya,realisasi_kuantitas,realisasi_kualitas,realisasi_waktu,realisasi_biaya"]
        var perilaku = ["nip,orientasi_pelayanan,integritas,komitmen,disiplin,kerja_sama,kepemimpinan"]
        var tambahan = ["nip,jenis,uraian,tingkat"]
        for u in 0..<units {
            let kode = unitCode(u)
            let head = nip(unit: u, employee: 0)
            unitKerja.append("\(kode),Dinas Contoh \(u + 1),,Kepala \(u + 1),\(head),Kepala Dinas")
            for i in 1...3 {
                let shift = (u + i + variant) % 7
                indikator.append("\(kode),IK\(i),Indikator \(i) unit \(u + 1),persen,\(i == 3 ? "negatif" : "positif"),"
                    + "\(["kumulatif", "terakhir", "rata_rata"][i - 1]),400,100,\(90 + shift + q)")
            }
            for e in 0..<employeesPerUnit {
                let id = nip(unit: u, employee: e)
                let struktural = e == 0
                pegawai.append("\(id),Pegawai \(u + 1)-\(e + 1),III/c,\(struktural ? "Kepala Dinas" : "Analis"),\(kode),"
                    + "\(struktural ? "struktural" : "pelaksana"),\(struktural ? "" : head)")
                for no in 1...2 {
                    let r = (u + e + no + variant) % 4
                    skp.append("\(id),\(no),Kegiatan \(no),,\(10 + no),laporan,100,12,\(no == 1 ? "24000000" : "-"),"
                        + "\(9 + no + r),\(85 + r),\(11 + r),\(no == 1 ? "\(22000000 + r * 500000)" : "-")")
                }
                perilaku.append("\(id),\(80 + (e + variant) % 9),85,82,78,80,\(struktural ? "75" : "")")
                if e == 1 { tambahan.append("\(id),tugas_tambahan,Panitia \(u + 1),") }
                if e == 2 { tambahan.append("\(id),kreativitas,Inovasi layanan,unit_kerja") }
            }
        }
        if q == lastQuarter {
            for r in 0..<rejectedRows {
                pegawai.append("12345\(r),Pegawai Salah,III/a,Analis,\(unitCode(0)),pelaksana,")
            }
        }
        let csv = { (lines: [String]) in lines.joined(separator: "\n") + "\n" }
        return [("unit_kerja.csv", csv(unitKerja)), ("indikator.csv", csv(indikator)), ("pegawai.csv", csv(pegawai)),
                ("skp.csv", csv(skp)), ("perilaku.csv", csv(perilaku)), ("tambahan.csv", csv(tambahan))]
    }
}
