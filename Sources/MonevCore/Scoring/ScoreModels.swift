// The scores: what the scoring stage hands to report models and renderers. Values are unrounded
// exact decimals; rounding to 2 places happens only when a renderer writes them.

/// The appraisal label of a nilai prestasi kerja (PP 46/2011 art. 17).
public enum Sebutan: String, Sendable, Hashable, Codable, CaseIterable {
    case sangatBaik = "Sangat Baik"
    case baik = "Baik"
    case cukup = "Cukup"
    case kurang = "Kurang"
    case buruk = "Buruk"
}

/// The achievement band of an indicator or unit (Permendagri 86/2017).
public enum Kategori: String, Sendable, Hashable, Codable, CaseIterable {
    case sangatTinggi = "Sangat Tinggi"
    case tinggi = "Tinggi"
    case sedang = "Sedang"
    case rendah = "Rendah"
    case sangatRendah = "Sangat Rendah"
}

/// The scores of one SKP activity (rules.md A).
public struct ActivityScore: Sendable, Hashable {
    public var kuantitas: ExactDecimal
    public var kualitas: ExactDecimal
    public var waktu: ExactDecimal
    /// Packed (16 bytes, not 32): one of these per SKP activity of the province.
    private var packedBiaya: PackedOptionalDecimal
    /// Sum of the assessed aspects.
    public var perhitungan: ExactDecimal
    /// perhitungan / 4 with biaya, / 3 without.
    public var nilaiCapaian: ExactDecimal
    /// Shares the record's storage (see `SKPActivity`); last, so it fills no alignment gap.
    public var activity: SKPActivity

    /// nil when the activity has no budget target (cost aspect not assessed).
    public var biaya: ExactDecimal? {
        get { packedBiaya.value }
        set { packedBiaya = PackedOptionalDecimal(newValue) }
    }

    public init(activity: SKPActivity, kuantitas: ExactDecimal, kualitas: ExactDecimal, waktu: ExactDecimal,
                biaya: ExactDecimal?, perhitungan: ExactDecimal, nilaiCapaian: ExactDecimal) {
        self.activity = activity
        self.kuantitas = kuantitas
        self.kualitas = kualitas
        self.waktu = waktu
        self.packedBiaya = PackedOptionalDecimal(biaya)
        self.perhitungan = perhitungan
        self.nilaiCapaian = nilaiCapaian
    }
}

/// Why an employee got no nilai prestasi (never scored as 0: rules.md A).
public enum IncompleteReason: String, Sendable, Hashable, Codable {
    case noSKP = "tidak ada SKP"
    case noBehaviour = "tidak ada penilaian perilaku"
    case neither = "tidak ada SKP dan penilaian perilaku"
}

/// The whole appraisal of one employee for the period.
public struct EmployeeScore: Sendable, Hashable {
    public var employee: Employee
    public var activities: [ActivityScore]
    public var behaviour: BehaviourScores?
    public var additionalTasks: [AdditionalTask]
    public var rataCapaianSKP: ExactDecimal?
    public var nilaiTugasTambahan: ExactDecimal
    public var nilaiKreativitas: ExactDecimal
    public var nilaiSKP: ExactDecimal?
    public var nilaiPerilaku: ExactDecimal?
    public var nilaiPrestasi: ExactDecimal?
    public var sebutan: Sebutan?
    /// Set exactly when `nilaiPrestasi` is nil.
    public var incomplete: IncompleteReason?

    public init(employee: Employee, activities: [ActivityScore], behaviour: BehaviourScores?, additionalTasks: [AdditionalTask],
                rataCapaianSKP: ExactDecimal?, nilaiTugasTambahan: ExactDecimal, nilaiKreativitas: ExactDecimal,
                nilaiSKP: ExactDecimal?, nilaiPerilaku: ExactDecimal?, nilaiPrestasi: ExactDecimal?, sebutan: Sebutan?,
                incomplete: IncompleteReason?) {
        self.employee = employee
        self.activities = activities
        self.behaviour = behaviour
        self.additionalTasks = additionalTasks
        self.rataCapaianSKP = rataCapaianSKP
        self.nilaiTugasTambahan = nilaiTugasTambahan
        self.nilaiKreativitas = nilaiKreativitas
        self.nilaiSKP = nilaiSKP
        self.nilaiPerilaku = nilaiPerilaku
        self.nilaiPrestasi = nilaiPrestasi
        self.sebutan = sebutan
        self.incomplete = incomplete
    }
}

/// One quarter's reported values of an indicator; nil where the drop lacked the indicator.
public struct QuarterValue: Sendable, Hashable {
    public var period: Period
    public var target: ExactDecimal?
    public var realisasi: ExactDecimal?
    /// The row the values came from; nil where the drop lacked the indicator.
    public var source: SourceLocation?
    public init(period: Period, target: ExactDecimal?, realisasi: ExactDecimal?, source: SourceLocation? = nil) {
        self.period = period
        self.target = target
        self.realisasi = realisasi
        self.source = source
    }
}

/// The achievement of one indicator for the period (rules.md B). Achievements are nil where not
/// computable (T = 0, or R = 0 under the T/R formula; a warning says so).
public struct IndicatorAchievement: Sendable, Hashable {
    /// The indicator as defined in the requested quarter's drop.
    public var indicator: Indicator
    /// Quarter 1…n of the year; an entry with nil values where that drop lacked the indicator.
    public var quarters: [QuarterValue]
    public var targetKumulatif: ExactDecimal?
    public var realisasiKumulatif: ExactDecimal?
    public var capaianTriwulan: ExactDecimal?
    public var capaianKumulatif: ExactDecimal?
    public var capaianTahunan: ExactDecimal?
    /// Band of capaianKumulatif rounded to 2 decimals.
    public var kategori: Kategori?

    public init(indicator: Indicator, quarters: [QuarterValue], targetKumulatif: ExactDecimal?, realisasiKumulatif: ExactDecimal?,
                capaianTriwulan: ExactDecimal?, capaianKumulatif: ExactDecimal?, capaianTahunan: ExactDecimal?, kategori: Kategori?) {
        self.indicator = indicator
        self.quarters = quarters
        self.targetKumulatif = targetKumulatif
        self.realisasiKumulatif = realisasiKumulatif
        self.capaianTriwulan = capaianTriwulan
        self.capaianKumulatif = capaianKumulatif
        self.capaianTahunan = capaianTahunan
        self.kategori = kategori
    }
}

/// One unit's line in the summary (ringkasan_unit).
public struct UnitSummary: Sendable, Hashable {
    public var unit: UnitKerja
    public var jumlahIndikator: Int
    /// Mean of the clamped capaian_kumulatif over indicators that have one; nil when none has.
    public var rataCapaian: ExactDecimal?
    public var kategori: Kategori?
    /// Employees of the unit (scored and incomplete).
    public var jumlahPegawai: Int
    public var jumlahPegawaiDinilai: Int
    public var rataNilaiPrestasi: ExactDecimal?
    /// Scored employees per sebutan; every case present (0 where none).
    public var sebutanCounts: [Sebutan: Int]
    /// Rejected rows (errors) whose data belongs to this unit, for the report's "units with rejected data".
    public var jumlahBarisDitolak: Int

    public init(unit: UnitKerja, jumlahIndikator: Int, rataCapaian: ExactDecimal?, kategori: Kategori?, jumlahPegawai: Int,
                jumlahPegawaiDinilai: Int, rataNilaiPrestasi: ExactDecimal?, sebutanCounts: [Sebutan: Int], jumlahBarisDitolak: Int) {
        self.unit = unit
        self.jumlahIndikator = jumlahIndikator
        self.rataCapaian = rataCapaian
        self.kategori = kategori
        self.jumlahPegawai = jumlahPegawai
        self.jumlahPegawaiDinilai = jumlahPegawaiDinilai
        self.rataNilaiPrestasi = rataNilaiPrestasi
        self.sebutanCounts = sebutanCounts
        self.jumlahBarisDitolak = jumlahBarisDitolak
    }
}

/// All scores of a period, sorted for output: units by code, indicators by (unit, code),
/// employees by (unit, NIP), each employee's activities by `no`.
public struct PeriodScores: Sendable {
    public var period: Period
    public var units: [UnitSummary]
    public var indicators: [IndicatorAchievement]
    public var employees: [EmployeeScore]

    public init(period: Period, units: [UnitSummary], indicators: [IndicatorAchievement], employees: [EmployeeScore]) {
        self.period = period
        self.units = units
        self.indicators = indicators
        self.employees = employees
    }
}
