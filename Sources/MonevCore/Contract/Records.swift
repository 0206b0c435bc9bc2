// The validated records: what the parsing and validation stages hand to scoring. Every record
// keeps the 1-based line it came from so later stages can point back at the input.

/// An 18-digit Indonesian civil-servant number (NIP): birth date YYYYMMDD, appointment YYYYMM,
/// sex digit (1 or 2), sequence 001–999. Only constructed by the validator, so a `NIP` value is
/// always well formed.
public struct NIP: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 18 digits as a number: 8 bytes inline instead of a heap-allocated 18-character string,
    /// which matters at province scale (hundreds of thousands of SKP rows each carry a NIP).
    public let value: UInt64

    /// Wraps digits already checked by the NIP validator (or trusted test data): exactly 18 ASCII digits.
    public init(unchecked digits: some StringProtocol) {
        precondition(digits.utf8.count == 18, "a NIP has 18 digits")
        var v: UInt64 = 0
        for b in digits.utf8 {
            precondition(b >= 48 && b <= 57, "a NIP has only digits")
            v = v * 10 + UInt64(b - 48)
        }
        self.value = v
    }

    /// The 18 digits, zero-padded.
    public var digits: String { text(spaced: false) }

    public var description: String { digits }

    /// The printed form on signature blocks: `19600316 198403 2 001`.
    public var spaced: String { text(spaced: true) }

    /// Reports print a NIP on every employee's row: the digits go straight into a stack buffer.
    private func text(spaced: Bool) -> String {
        let length = spaced ? 21 : 18
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
            var v = value
            var at = length
            for i in stride(from: 17, through: 0, by: -1) {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                // Spaces before the appointment date, the sex digit and the sequence number.
                if spaced && (i == 8 || i == 14 || i == 15) {
                    at -= 1
                    buffer[at] = UInt8(ascii: " ")
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    public static func < (a: NIP, b: NIP) -> Bool { a.value < b.value }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard s.utf8.count == 18, s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an 18-digit NIP: \(s)")
        }
        self.init(unchecked: s)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(digits)
    }
}

/// A named official for a signature block.
public struct Official: Sendable, Hashable, Codable {
    public var nama: String
    public var nip: NIP?
    public var jabatan: String

    public init(nama: String, nip: NIP?, jabatan: String) {
        self.nama = nama
        self.nip = nip
        self.jabatan = jabatan
    }
}

/// Where a record came from: `2026-Q3/skp.csv` line 14.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// An organisation unit (unit kerja). `kode` is safe to use as a path component: the validator
/// rejects codes with `/`, `\`, `..`, control characters or a leading dot.
public struct UnitKerja: Sendable, Hashable {
    public var kode: String
    public var nama: String
    public var kodeInduk: String?
    public var kepala: Official?
    public var source: SourceLocation

    public init(kode: String, nama: String, kodeInduk: String? = nil, kepala: Official? = nil, source: SourceLocation) {
        self.kode = kode
        self.nama = nama
        self.kodeInduk = kodeInduk
        self.kepala = kepala
        self.source = source
    }
}

/// Which direction is better for an indicator.
public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Higher is better.
    case positif
    /// Lower is better (e.g. stunting prevalence, days to process a permit).
    case negatif
}

/// How an indicator's quarters add up to a year-to-date value (KMK 467/2014).
public enum Aggregation: String, Sendable, Hashable, Codable, CaseIterable {
    case kumulatif
    case terakhir
    case rataRata = "rata_rata"
}

/// One unit performance indicator as reported in one quarter's drop.
public struct Indicator: Sendable, Hashable {
    public var kodeUnit: String
    public var kode: String
    public var nama: String
    public var satuan: String
    public var polaritas: Polarity
    public var agregasi: Aggregation
    public var targetTahunan: ExactDecimal?
    public var targetTriwulan: ExactDecimal?
    public var realisasiTriwulan: ExactDecimal?
    public var source: SourceLocation

    public init(kodeUnit: String, kode: String, nama: String, satuan: String, polaritas: Polarity,
                agregasi: Aggregation, targetTahunan: ExactDecimal?, targetTriwulan: ExactDecimal?,
                realisasiTriwulan: ExactDecimal?, source: SourceLocation) {
        self.kodeUnit = kodeUnit
        self.kode = kode
        self.nama = nama
        self.satuan = satuan
        self.polaritas = polaritas
        self.agregasi = agregasi
        self.targetTahunan = targetTahunan
        self.targetTriwulan = targetTriwulan
        self.realisasiTriwulan = realisasiTriwulan
        self.source = source
    }

    /// The key an indicator is followed by across quarters.
    public var key: IndicatorKey { IndicatorKey(kodeUnit: kodeUnit, kode: kode) }
}

public struct IndicatorKey: Sendable, Hashable, Comparable, Codable {
    public var kodeUnit: String
    public var kode: String
    public init(kodeUnit: String, kode: String) {
        self.kodeUnit = kodeUnit
        self.kode = kode
    }
    public static func < (a: IndicatorKey, b: IndicatorKey) -> Bool { (a.kodeUnit, a.kode) < (b.kodeUnit, b.kode) }
}

/// The kind of position; `struktural` adds the leadership aspect to behaviour scoring.
public enum JenisJabatan: String, Sendable, Hashable, Codable, CaseIterable {
    case struktural
    case fungsional
    case pelaksana
}

public struct Employee: Sendable, Hashable {
    public var nip: NIP
    public var nama: String
    public var pangkatGolongan: String
    public var jabatan: String
    public var kodeUnit: String
    public var jenisJabatan: JenisJabatan
    public var nipPenilai: NIP?
    public var source: SourceLocation

    public init(nip: NIP, nama: String, pangkatGolongan: String, jabatan: String, kodeUnit: String,
                jenisJabatan: JenisJabatan, nipPenilai: NIP? = nil, source: SourceLocation) {
        self.nip = nip
        self.nama = nama
        self.pangkatGolongan = pangkatGolongan
        self.jabatan = jabatan
        self.kodeUnit = kodeUnit
        self.jenisJabatan = jenisJabatan
        self.nipPenilai = nipPenilai
        self.source = source
    }
}

/// Target and realisation of one SKP activity (Perka BKN 1/2013, form "Penilaian Capaian SKP").
/// Validation guarantees TO, TK, TW > 0, RK ≤ 100, no negative number; biaya is assessed only when
/// `targetBiaya` is set and > 0.
///
/// The values live in one shared, immutable box: an `ActivityScore` (one per activity of the
/// province) refers to the same box as the record it was scored from instead of copying 224
/// bytes, so records and scores are not held twice while the scores are made. Setting a property
/// gives this value a box of its own (value semantics as before).
public struct SKPActivity: Sendable, Hashable {
    private struct Fields: Sendable, Hashable {
        // Decimals first and the optional ones packed: 224 bytes instead of 256.
        var targetKuantitas: ExactDecimal
        var targetKualitas: ExactDecimal
        var targetWaktu: ExactDecimal
        var realisasiKuantitas: ExactDecimal
        var realisasiKualitas: ExactDecimal
        var realisasiWaktu: ExactDecimal
        var angkaKredit: PackedOptionalDecimal
        var targetBiaya: PackedOptionalDecimal
        var realisasiBiaya: PackedOptionalDecimal
        var nip: NIP
        var no: Int
        var kegiatan: String
        var satuanKuantitas: String
        var source: SourceLocation
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        set { box = Box(newValue) }
    }

    public var nip: NIP { get { box.fields.nip } set { fields.nip = newValue } }
    public var no: Int { get { box.fields.no } set { fields.no = newValue } }
    public var kegiatan: String { get { box.fields.kegiatan } set { fields.kegiatan = newValue } }
    public var angkaKredit: ExactDecimal? {
        get { box.fields.angkaKredit.value }
        set { fields.angkaKredit = PackedOptionalDecimal(newValue) }
    }
    public var targetKuantitas: ExactDecimal { get { box.fields.targetKuantitas } set { fields.targetKuantitas = newValue } }
    public var satuanKuantitas: String { get { box.fields.satuanKuantitas } set { fields.satuanKuantitas = newValue } }
    public var targetKualitas: ExactDecimal { get { box.fields.targetKualitas } set { fields.targetKualitas = newValue } }
    public var targetWaktu: ExactDecimal { get { box.fields.targetWaktu } set { fields.targetWaktu = newValue } }
    public var targetBiaya: ExactDecimal? {
        get { box.fields.targetBiaya.value }
        set { fields.targetBiaya = PackedOptionalDecimal(newValue) }
    }
    public var realisasiKuantitas: ExactDecimal { get { box.fields.realisasiKuantitas } set { fields.realisasiKuantitas = newValue } }
    public var realisasiKualitas: ExactDecimal { get { box.fields.realisasiKualitas } set { fields.realisasiKualitas = newValue } }
    public var realisasiWaktu: ExactDecimal { get { box.fields.realisasiWaktu } set { fields.realisasiWaktu = newValue } }
    public var realisasiBiaya: ExactDecimal? {
        get { box.fields.realisasiBiaya.value }
        set { fields.realisasiBiaya = PackedOptionalDecimal(newValue) }
    }
    public var source: SourceLocation { get { box.fields.source } set { fields.source = newValue } }

    public init(nip: NIP, no: Int, kegiatan: String, angkaKredit: ExactDecimal? = nil,
                targetKuantitas: ExactDecimal, satuanKuantitas: String, targetKualitas: ExactDecimal,
                targetWaktu: ExactDecimal, targetBiaya: ExactDecimal?, realisasiKuantitas: ExactDecimal,
                realisasiKualitas: ExactDecimal, realisasiWaktu: ExactDecimal, realisasiBiaya: ExactDecimal?,
                source: SourceLocation) {
        box = Box(Fields(targetKuantitas: targetKuantitas, targetKualitas: targetKualitas, targetWaktu: targetWaktu,
                         realisasiKuantitas: realisasiKuantitas, realisasiKualitas: realisasiKualitas,
                         realisasiWaktu: realisasiWaktu, angkaKredit: PackedOptionalDecimal(angkaKredit),
                         targetBiaya: PackedOptionalDecimal(targetBiaya), realisasiBiaya: PackedOptionalDecimal(realisasiBiaya),
                         nip: nip, no: no, kegiatan: kegiatan, satuanKuantitas: satuanKuantitas, source: source))
    }

    public static func == (a: SKPActivity, b: SKPActivity) -> Bool { a.box === b.box || a.box.fields == b.box.fields }
    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    /// Whether the cost aspect is assessed (rules.md A: TB set and > 0).
    public var hasBudget: Bool { (targetBiaya ?? .zero) > .zero }
}

/// Work-behaviour scores (perilaku kerja), each 0–100. `kepemimpinan` is kept only for
/// `struktural` employees (the validator warns and drops it otherwise).
public struct BehaviourScores: Sendable, Hashable {
    public var nip: NIP
    public var orientasiPelayanan: ExactDecimal
    public var integritas: ExactDecimal
    public var komitmen: ExactDecimal
    public var disiplin: ExactDecimal
    public var kerjaSama: ExactDecimal
    public var kepemimpinan: ExactDecimal?
    public var source: SourceLocation

    public init(nip: NIP, orientasiPelayanan: ExactDecimal, integritas: ExactDecimal, komitmen: ExactDecimal,
                disiplin: ExactDecimal, kerjaSama: ExactDecimal, kepemimpinan: ExactDecimal?, source: SourceLocation) {
        self.nip = nip
        self.orientasiPelayanan = orientasiPelayanan
        self.integritas = integritas
        self.komitmen = komitmen
        self.disiplin = disiplin
        self.kerjaSama = kerjaSama
        self.kepemimpinan = kepemimpinan
        self.source = source
    }
}

public enum AdditionalTaskKind: String, Sendable, Hashable, Codable, CaseIterable {
    case tugasTambahan = "tugas_tambahan"
    case kreativitas
}

/// Level of a creativity finding (Perka BKN 1/2013): worth 3, 6 or 12 points.
public enum CreativityLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case unitKerja = "unit_kerja"
    case organisasi
    case nasional
}

public struct AdditionalTask: Sendable, Hashable {
    public var nip: NIP
    public var jenis: AdditionalTaskKind
    public var uraian: String
    /// Set for `kreativitas` (required there), nil for `tugas_tambahan`.
    public var tingkat: CreativityLevel?
    public var source: SourceLocation

    public init(nip: NIP, jenis: AdditionalTaskKind, uraian: String, tingkat: CreativityLevel?, source: SourceLocation) {
        self.nip = nip
        self.jenis = jenis
        self.uraian = uraian
        self.tingkat = tingkat
        self.source = source
    }
}

/// One quarter's validated drop. Rows with errors are absent here (and reported in diagnostics).
public struct QuarterDrop: Sendable {
    public var period: Period
    public var units: [UnitKerja] = []
    public var indicators: [Indicator] = []
    public var employees: [Employee] = []
    public var activities: [SKPActivity] = []
    public var behaviours: [BehaviourScores] = []
    public var additionalTasks: [AdditionalTask] = []

    public init(period: Period) { self.period = period }
}

/// Everything a run for `period` reads: the requested quarter's drop and the earlier drops of the
/// same year that exist (only their indicators are used).
public struct InputSet: Sendable {
    public var period: Period
    public var current: QuarterDrop
    /// Earlier quarters of the year that were found, oldest first.
    public var history: [QuarterDrop]
    /// Earlier quarters of the year whose drop folder is missing (reported, not guessed).
    public var missingHistory: [Period]
    /// Rows read per file (relative path → data rows, header excluded), for summaries and run.json.
    public var rowCounts: [String: Int]

    public init(period: Period, current: QuarterDrop, history: [QuarterDrop] = [], missingHistory: [Period] = [], rowCounts: [String: Int] = [:]) {
        self.period = period
        self.current = current
        self.history = history
        self.missingHistory = missingHistory
        self.rowCounts = rowCounts
    }
}
