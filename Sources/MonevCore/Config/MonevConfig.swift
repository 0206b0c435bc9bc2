/// Settings that the scoring rules leave to the office, and the identity printed on reports.
/// Every key has a default (rules.md's defaults); the loader (`ConfigLoader`) reads an optional
/// YAML file and rejects unknown keys with a did-you-mean hint.
public struct MonevConfig: Sendable, Hashable {
    public var organisation = Organisation()
    public var scoring = ScoringOptions()

    public init() {}
}

/// Letterhead and signatory: printed on workbooks and reports.
public struct Organisation: Sendable, Hashable {
    /// "PEMERINTAH KABUPATEN CONTOH"
    public var pemerintah = "PEMERINTAH KABUPATEN CONTOH"
    /// "SEKRETARIAT DAERAH"
    public var instansi = "SEKRETARIAT DAERAH"
    /// Street address line under the letterhead.
    public var alamat = "Jalan Merdeka No. 1, Contoh 12345"
    /// Place printed before the date in signature blocks: "Contoh, 30 September 2026".
    public var tempat = "Contoh"
    /// The official who signs the consolidated report (normally the Sekretaris).
    public var penandatangan = Official(nama: "Nama Sekretaris", nip: nil, jabatan: "Sekretaris Daerah")

    public init() {}
}

/// How band boundaries are read. The regulations print integer bands ("76–90 Baik, 91–100 Sangat
/// Baik") and leave the gap between 90 and 91 open.
public enum BandReading: String, Sendable, Hashable, Codable, CaseIterable {
    /// The printed lower bounds are thresholds: value ≥ 91 is the top band, so 90.50 is Baik
    /// (rules.md default).
    case lowerBound = "lower_bound"
    /// The printed upper bounds close each band: value > 90 is the top band, so 90.50 is Sangat Baik.
    case upperBound = "upper_bound"
}

/// Formula for lower-is-better indicators.
public enum NegativePolarityFormula: String, Sendable, Hashable, Codable, CaseIterable {
    /// (2T − R) / T × 100, PermenPANRB 8/2021 (default).
    case twoTMinusR = "2t_minus_r"
    /// T / R × 100.
    case tOverR = "t_over_r"
}

public struct ScoringOptions: Sendable, Hashable {
    public var bandReading: BandReading = .lowerBound
    public var negativeFormula: NegativePolarityFormula = .twoTMinusR
    /// Unit means use capaian_kumulatif clamped to this range (KMK 467/2014's 120 cap).
    public var unitClampLower: ExactDecimal = 0
    public var unitClampUpper: ExactDecimal = 120

    public init() {}
}
