import MonevCore

/// The machine-readable result files of a period (contract README, "Machine-readable columns"):
/// the contract's columns first, in its order, then extra columns a reader of the file needs
/// (names, counts, the reason an employee is not scored). Rows follow `PeriodScores`' order.
public enum ResultCSV {
    public static func capaianIndikator(_ s: PeriodScores) -> String {
        var csv = CSVText(header: [
            "kode_unit", "kode_indikator", "polaritas", "agregasi", "target_triwulan", "realisasi_triwulan", "capaian_triwulan",
            "target_kumulatif", "realisasi_kumulatif", "capaian_kumulatif", "capaian_tahunan", "kategori",
            "nama_indikator", "satuan", "target_tahunan",
        ], expectedRows: s.indicators.count)
        for a in s.indicators {
            let i = a.indicator
            csv.text(i.kodeUnit)
            csv.text(i.kode)
            csv.text(i.polaritas.rawValue)
            csv.text(i.agregasi.rawValue)
            csv.number(i.targetTriwulan)
            csv.number(i.realisasiTriwulan)
            csv.number(a.capaianTriwulan)
            csv.number(a.targetKumulatif)
            csv.number(a.realisasiKumulatif)
            csv.number(a.capaianKumulatif)
            csv.number(a.capaianTahunan)
            csv.text(a.kategori?.rawValue)
            csv.text(i.nama)
            csv.text(i.satuan)
            csv.number(i.targetTahunan)
            csv.endRow()
        }
        return csv.output
    }

    public static func nilaiKegiatan(_ s: PeriodScores) -> String { nilaiKegiatan(s.employees, header: true) }

    /// The `nilaiKegiatan` rows of `employees` (the header first when `header`): a piece of the
    /// file, which a run that scores unit by unit writes unit by unit.
    public static func nilaiKegiatan(_ employees: some Collection<EmployeeScore>, header: Bool) -> String {
        let columns = ["nip", "no", "nilai_kuantitas", "nilai_kualitas", "nilai_waktu", "nilai_biaya", "perhitungan", "nilai_capaian",
                       "kode_unit", "kegiatan"]
        let rows = employees.reduce(0) { $0 + $1.activities.count }
        var csv = header ? CSVText(header: columns, expectedRows: rows) : CSVText(columns: columns.count, expectedRows: rows)
        for e in employees {
            for a in e.activities {
                csv.text(e.employee.nip.digits)
                csv.integer(a.activity.no)
                csv.number(a.kuantitas)
                csv.number(a.kualitas)
                csv.number(a.waktu)
                csv.number(a.biaya)
                csv.number(a.perhitungan)
                csv.number(a.nilaiCapaian)
                csv.text(e.employee.kodeUnit)
                csv.text(a.activity.kegiatan)
                csv.endRow()
            }
        }
        return csv.output
    }

    public static func nilaiPegawai(_ s: PeriodScores) -> String { nilaiPegawai(s.employees, header: true) }

    /// The `nilaiPegawai` rows of `employees` (the header first when `header`), as `nilaiKegiatan(_:header:)`.
    public static func nilaiPegawai(_ employees: some Collection<EmployeeScore>, header: Bool) -> String {
        let columns = [
            "nip", "kode_unit", "rata_capaian_skp", "nilai_tugas_tambahan", "nilai_kreativitas", "nilai_skp", "nilai_perilaku",
            "nilai_prestasi", "sebutan", "nama", "keterangan",
        ]
        var csv = header ? CSVText(header: columns, expectedRows: employees.count) : CSVText(columns: columns.count, expectedRows: employees.count)
        for e in employees {
            csv.text(e.employee.nip.digits)
            csv.text(e.employee.kodeUnit)
            csv.number(e.rataCapaianSKP)
            csv.number(e.nilaiTugasTambahan)
            csv.number(e.nilaiKreativitas)
            csv.number(e.nilaiSKP)
            csv.number(e.nilaiPerilaku)
            csv.number(e.nilaiPrestasi)
            csv.text(e.sebutan?.rawValue)
            csv.text(e.employee.nama)
            csv.text(e.incomplete?.rawValue)
            csv.endRow()
        }
        return csv.output
    }

    public static func ringkasanUnit(_ s: PeriodScores) -> String {
        var csv = CSVText(header: [
            "kode_unit", "jumlah_indikator", "rata_capaian", "kategori", "jumlah_pegawai", "rata_nilai_prestasi",
            "nama_unit", "jumlah_pegawai_dinilai", "jumlah_sangat_baik", "jumlah_baik", "jumlah_cukup", "jumlah_kurang",
            "jumlah_buruk", "jumlah_belum_dinilai", "jumlah_baris_ditolak",
        ], expectedRows: s.units.count)
        for u in s.units {
            csv.text(u.unit.kode)
            csv.integer(u.jumlahIndikator)
            csv.number(u.rataCapaian)
            csv.text(u.kategori?.rawValue)
            csv.integer(u.jumlahPegawai)
            csv.number(u.rataNilaiPrestasi)
            csv.text(u.unit.nama)
            csv.integer(u.jumlahPegawaiDinilai)
            for sebutan in Sebutan.allCases { csv.integer(u.sebutanCounts[sebutan] ?? 0) }
            csv.integer(u.jumlahPegawai - u.jumlahPegawaiDinilai)
            csv.integer(u.jumlahBarisDitolak)
            csv.endRow()
        }
        return csv.output
    }

    /// Every diagnostic in `Diagnostics.sorted` order; `kode_unit` where the row's unit is known.
    public static func masalahData(_ d: [Diagnostic]) -> String {
        var csv = CSVText(header: ["file", "line", "column", "value", "severity", "message", "kode_unit"], expectedRows: d.count)
        for x in Diagnostics(d).sorted {
            csv.text(x.file)
            csv.integer(x.line)
            csv.text(x.column)
            csv.text(x.value)
            csv.text(x.severity.rawValue)
            csv.text(x.message)
            csv.text(x.kodeUnit)
            csv.endRow()
        }
        return csv.output
    }
}
