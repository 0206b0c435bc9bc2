import MonevCore

/// The problems the monev found: low achievement, a pace that misses the annual target, and data
/// that was rejected. Each list comes from `ReportFindings`, the same lists the Rekomendasi and
/// the Ringkasan use.
extension ReportWriter {
    mutating func permasalahan() {
        document.heading(2, "Permasalahan")
        capaianRendah()
        targetTahunanTidakTercapai()
        dataDitolak()
    }

    /// Leading unit columns in the consolidated report; a unit report names its unit once, above.
    private func unitColumns() -> [(MarkdownText, MarkdownTable.Alignment)] {
        isConsolidated ? [("Unit Kerja", .left)] : []
    }

    private func unitCells(_ kodeUnit: String) -> [MarkdownText] {
        isConsolidated ? [unitName(kodeUnit)] : []
    }

    private mutating func capaianRendah() {
        document.heading(3, "Indikator dengan Capaian Rendah atau Sangat Rendah")
        let low = findings.lowAchievers
        guard !low.isEmpty else {
            document.paragraph("Tidak ada indikator dengan capaian \(sampaiDengan) pada kategori Rendah atau Sangat Rendah.")
            return
        }
        document.paragraph("Sebanyak \(low.count) indikator memiliki capaian \(sampaiDengan) pada kategori Rendah atau Sangat Rendah:")
        var table = MarkdownTable(unitColumns() + [("Kode", .left), ("Indikator", .left), ("Capaian \(sdTW)", .right),
                                                  ("Kategori", .left), ("Capaian Tahunan", .right)])
        for a in low {
            table.append(unitCells(a.indicator.kodeUnit) + ["\(a.indicator.kode)", "\(a.indicator.nama)", Indonesian.percent(a.capaianKumulatif),
                                                            Indonesian.kategori(a.kategori), Indonesian.percent(a.capaianTahunan)])
        }
        document.table(table)
    }

    private mutating func targetTahunanTidakTercapai() {
        let finalQuarter = period.quarter == 4
        document.heading(3, finalQuarter ? "Indikator yang Tidak Mencapai Target Tahunan"
                                         : "Indikator yang Diperkirakan Tidak Mencapai Target Tahunan")
        let shortfalls = findings.shortfalls
        guard !shortfalls.isEmpty else {
            document.paragraph(finalQuarter ? "Seluruh indikator yang memiliki target tahunan mencapai targetnya."
                                            : "Tidak ada indikator yang diperkirakan gagal mencapai target tahunan jika laju realisasinya tetap.")
            return
        }
        if finalQuarter {
            document.paragraph("Sebanyak \(shortfalls.count) indikator tidak mencapai target tahunan. Untuk indikator negatif, target tahunan adalah batas atas.")
        } else {
            document.paragraph("Sebanyak \(shortfalls.count) indikator diperkirakan tidak mencapai target tahunan jika laju realisasi \(sampaiDengan) berlanjut. Proyeksi indikator kumulatif adalah rata-rata realisasi per triwulan dikali empat; indikator terakhir dan rata-rata diproyeksikan dengan perbandingan realisasi terhadap target triwulan yang tetap hingga akhir tahun (Lampiran A). Untuk indikator negatif, target tahunan adalah batas atas.")
        }
        var table = MarkdownTable(unitColumns() + [
            ("Kode", .left), ("Indikator", .left), ("Satuan", .left), ("Sifat", .left), ("Realisasi \(sdTW)", .right),
            (finalQuarter ? "Realisasi Akhir Tahun" : "Proyeksi Akhir Tahun", .right), ("Target Tahunan", .right),
            ("Selisih", .right),
        ])
        for s in shortfalls {
            let i = s.achievement.indicator
            table.append(unitCells(i.kodeUnit) + [
                "\(i.kode)", "\(i.nama)", Indonesian.text(i.satuan), Indonesian.sifat(i), Indonesian.quantity(s.achievement.realisasiKumulatif),
                Indonesian.quantity(s.projection), Indonesian.quantity(s.target), Indonesian.quantity(s.gap),
            ])
        }
        document.table(table)
    }

    private mutating func dataDitolak() {
        guard isConsolidated else {
            document.heading(3, "Data yang Ditolak")
            let rejected = model.units.first?.jumlahBarisDitolak ?? 0
            document.paragraph(rejected == 0 ? "Tidak ada data unit kerja ini yang ditolak."
                : "Sebanyak \(rejected) baris data unit kerja ini ditolak dan tidak ikut dihitung, sehingga capaian dan nilainya dapat berubah setelah datanya diperbaiki. Rincian setiap baris ada pada Lampiran C.")
            return
        }
        document.heading(3, "Unit Kerja dengan Data Ditolak")
        let units = findings.unitsWithRejectedRows
        let attributed = units.reduce(0) { $0 + $1.jumlahBarisDitolak }
        let unattributed = max(0, findings.rejectedRowCount - attributed)
        guard !units.isEmpty || unattributed > 0 else {
            document.paragraph("Tidak ada unit kerja dengan data yang ditolak.")
            return
        }
        document.paragraph("Baris yang ditolak tidak ikut dihitung, sehingga capaian dan nilai unit kerja berikut dapat berubah setelah datanya diperbaiki. Rincian setiap baris ada pada Lampiran C.")
        if !units.isEmpty {
            var table = MarkdownTable([("Kode", .left), ("Unit Kerja", .left), ("Baris Ditolak", .right)])
            for u in units { table.append(["\(u.unit.kode)", "\(u.unit.nama)", "\(u.jumlahBarisDitolak)"]) }
            document.table(table)
        }
        if unattributed > 0 {
            document.paragraph("Selain itu, \(unattributed) baris atau berkas yang ditolak tidak dapat dikaitkan dengan unit kerja tertentu, misalnya karena kode unitnya tidak dikenal.")
        }
    }
}
