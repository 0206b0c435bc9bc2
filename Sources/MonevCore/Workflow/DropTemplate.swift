/// The blank drop of a quarter, made from the latest earlier drop: SOP step 1, "menyusun format
/// isian". The same units, employees, indicators and SKP activities, with their definitions and
/// targets filled in and every realisation, behaviour score and additional task left for the
/// units to fill.
///
/// Targets are a year's commitments (Perjanjian Kinerja, SKP): within the year they are carried
/// over; a template that starts a new year leaves the indicator targets empty, because last
/// year's would be read as this year's. SKP activities keep their targets either way (the rows
/// are what each employee will be appraised on; their owners correct them for the new year).
public struct DropTemplate: Sendable {
    /// The quarter the blank drop is for.
    public var period: Period
    /// The quarter it was made from.
    public var source: Period
    public var units: [UnitKerja]
    /// Definitions and targets; `realisasiTriwulan` is always nil.
    public var indicators: [Indicator]
    public var employees: [Employee]
    /// The activities whose targets the template carries. Their realisations are never written.
    public var activities: [SKPActivity]

    /// The blank drop of `period` from `drop` (an earlier quarter). Rows are kept in the order of
    /// the earlier files, so each unit finds its rows where it left them.
    public init(period: Period, from drop: QuarterDrop) {
        self.period = period
        self.source = drop.period
        units = drop.units
        let sameYear = period.year == drop.period.year
        indicators = drop.indicators.map { i in
            var blank = i
            blank.realisasiTriwulan = nil
            if !sameYear {
                blank.targetTahunan = nil
                blank.targetTriwulan = nil
            }
            return blank
        }
        employees = drop.employees
        // Only employees' activities: a row naming no employee of the drop would be rejected again.
        let nips = Set(drop.employees.map(\.nip))
        activities = drop.activities.filter { nips.contains($0.nip) }
    }

    /// True when the template is for a new year (its indicator targets are left empty).
    public var startsNewYear: Bool { period.year != source.year }

    /// The part of the template one unit fills in: its unit row, indicators, employees and their
    /// activities. Nil when the template has no such unit.
    public func unit(_ kode: String) -> DropTemplate? {
        guard let unit = units.first(where: { $0.kode == kode }) else { return nil }
        var part = self
        part.units = [unit]
        part.indicators = indicators.filter { $0.kodeUnit == kode }
        part.employees = employees.filter { $0.kodeUnit == kode }
        let nips = Set(part.employees.map(\.nip))
        part.activities = activities.filter { nips.contains($0.nip) }
        return part
    }

    // MARK: The files

    /// The columns of each file, in the contract's order: what the CSV files and the format-isian
    /// workbooks both use, so a sheet saved as CSV is a file of the drop.
    public enum Columns {
        public static let unitKerja = ["kode_unit", "nama_unit", "kode_induk", "nama_kepala", "nip_kepala", "jabatan_kepala"]
        public static let indikator = ["kode_unit", "kode_indikator", "nama_indikator", "satuan", "polaritas", "agregasi",
                                       "target_tahunan", "target_triwulan", "realisasi_triwulan"]
        public static let pegawai = ["nip", "nama", "pangkat_golongan", "jabatan", "kode_unit", "jenis_jabatan", "nip_penilai"]
        public static let skp = ["nip", "no", "kegiatan", "angka_kredit", "target_kuantitas", "satuan_kuantitas", "target_kualitas",
                                 "target_waktu", "target_biaya", "realisasi_kuantitas", "realisasi_kualitas", "realisasi_waktu",
                                 "realisasi_biaya"]
        public static let perilaku = ["nip", "orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama", "kepemimpinan"]
        public static let tambahan = ["nip", "jenis", "uraian", "tingkat"]
    }

    /// One file of the drop folder: `skp.csv` and its text.
    public struct File: Sendable, Hashable {
        public var name: String
        public var text: String
    }

    /// The six files of the blank drop, in the contract's columns. Empty cells are what the units
    /// fill; `-` marks a value that does not apply (no budget, no leadership aspect), as in the
    /// contract, so nobody is asked for it.
    public var files: [File] {
        [
            File(name: "unit_kerja.csv", text: unitKerjaCSV),
            File(name: "indikator.csv", text: indikatorCSV),
            File(name: "pegawai.csv", text: pegawaiCSV),
            File(name: "skp.csv", text: skpCSV),
            File(name: "perilaku.csv", text: perilakuCSV),
            File(name: "tambahan.csv", text: CSVText(header: Columns.tambahan, expectedRows: 0).output),
        ]
    }

    var unitKerjaCSV: String {
        var csv = CSVText(header: Columns.unitKerja, expectedRows: units.count)
        for u in units {
            csv.text(u.kode)
            csv.text(u.nama)
            csv.text(u.kodeInduk)
            csv.text(u.kepala?.nama)
            csv.text(u.kepala?.nip?.digits)
            csv.text(u.kepala?.jabatan)
            csv.endRow()
        }
        return csv.output
    }

    var indikatorCSV: String {
        var csv = CSVText(header: Columns.indikator, expectedRows: indicators.count)
        for i in indicators {
            csv.text(i.kodeUnit)
            csv.text(i.kode)
            csv.text(i.nama)
            csv.text(i.satuan)
            csv.text(i.polaritas.rawValue)
            csv.text(i.agregasi.rawValue)
            csv.exact(i.targetTahunan)
            csv.exact(i.targetTriwulan)
            csv.exact(nil)
            csv.endRow()
        }
        return csv.output
    }

    var pegawaiCSV: String {
        var csv = CSVText(header: Columns.pegawai, expectedRows: employees.count)
        for e in employees {
            csv.text(e.nip.digits)
            csv.text(e.nama)
            csv.text(e.pangkatGolongan)
            csv.text(e.jabatan)
            csv.text(e.kodeUnit)
            csv.text(e.jenisJabatan.rawValue)
            csv.text(e.nipPenilai?.digits)
            csv.endRow()
        }
        return csv.output
    }

    var skpCSV: String {
        var csv = CSVText(header: Columns.skp, expectedRows: activities.count)
        for a in activities {
            csv.text(a.nip.digits)
            csv.integer(a.no)
            csv.text(a.kegiatan)
            csv.exact(a.angkaKredit)
            csv.exact(a.targetKuantitas)
            csv.text(a.satuanKuantitas)
            csv.exact(a.targetKualitas)
            csv.exact(a.targetWaktu)
            csv.exact(a.targetBiaya, absent: "-")
            // Realisations: kuantitas, kualitas, waktu to fill; biaya only where there is a budget.
            csv.exact(nil)
            csv.exact(nil)
            csv.exact(nil)
            csv.exact(nil, absent: a.hasBudget ? "" : "-")
            csv.endRow()
        }
        return csv.output
    }

    var perilakuCSV: String {
        var csv = CSVText(header: Columns.perilaku, expectedRows: employees.count)
        for e in employees {
            csv.text(e.nip.digits)
            for _ in 0..<5 { csv.exact(nil) }
            csv.exact(nil, absent: e.jenisJabatan == .struktural ? "" : "-")
            csv.endRow()
        }
        return csv.output
    }
}
