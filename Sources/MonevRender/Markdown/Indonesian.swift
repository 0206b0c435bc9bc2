import MonevCore

/// Numbers, dates and labels as an Indonesian government report writes them: comma decimals,
/// dot thousands, `94,95 %`, `30 September 2026`, `Triwulan III Tahun 2026`. Values are rounded
/// half-up to 2 decimals here, at the moment they are written, never earlier.
enum Indonesian {
    /// What an empty cell or an unavailable value shows.
    static let none: MarkdownText = "–"

    /// Input text for a table cell: escaped, or a dash when the input left it empty.
    static func text(_ text: String?) -> MarkdownText {
        let escaped = MarkdownText(escaping: text ?? "")
        return escaped.isEmpty ? none : escaped
    }

    /// `94,95 %`; an en dash when not available.
    static func percent(_ value: ExactDecimal?) -> MarkdownText {
        guard let value else { return none }
        return MarkdownText(source: decimal(value) + " %")
    }

    /// A score with 2 decimals: `84,50`.
    static func score(_ value: ExactDecimal?) -> MarkdownText {
        guard let value else { return none }
        return MarkdownText(source: decimal(value))
    }

    /// A measured quantity (targets, realisations) as people write it: no trailing zero decimals,
    /// thousands grouped: `1.530.000.000`, `12,5`, `88,33`.
    static func quantity(_ value: ExactDecimal?) -> MarkdownText {
        guard let value else { return none }
        var text = decimal(value)
        while text.hasSuffix("0") && text.contains(",") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        if text == "-0" { text = "0" }
        return MarkdownText(source: text)
    }

    /// A quantity with its unit of measure: `12 dokumen`, `88,33 %`.
    static func quantity(_ value: ExactDecimal?, _ satuan: String) -> MarkdownText {
        guard value != nil else { return none }
        let unit = MarkdownText(escaping: satuan)
        return unit.isEmpty ? quantity(value) : quantity(value) + " " + unit
    }

    /// A change in percentage points with its sign: `+3,20`, `-2,78`, `0,00`.
    static func signedPoints(_ value: ExactDecimal) -> MarkdownText {
        let rounded = value.rounded(places: 2)
        let text = decimal(rounded.magnitude)
        if rounded.isZero { return MarkdownText(source: text) }
        return MarkdownText(source: (rounded.isNegative ? "-" : "+") + text)
    }

    /// `1.234`.
    static func count(_ n: Int) -> String {
        ExactDecimal(n).formatted(places: 0, decimalSeparator: ",", groupSeparator: ".")
    }

    static func decimal(_ value: ExactDecimal) -> String {
        value.formatted(places: 2, decimalSeparator: ",", groupSeparator: ".")
    }

    /// `Triwulan III Tahun 2026`.
    static func quarter(_ period: Period) -> MarkdownText {
        MarkdownText(source: "Triwulan \(period.romanQuarter) Tahun \(period.year)")
    }

    /// `Triwulan III` (the year is clear from the context).
    static func quarterShort(_ period: Period) -> MarkdownText {
        MarkdownText(source: "Triwulan \(period.romanQuarter)")
    }

    /// Column-header form: `TW III`.
    static func tw(_ period: Period) -> MarkdownText {
        MarkdownText(source: "TW \(period.romanQuarter)")
    }

    /// `1 Juli s.d. 30 September 2026`.
    static func quarterSpan(_ period: Period) -> MarkdownText {
        let firstMonth = IndonesianCalendar.monthNames[(period.quarter - 1) * 3]
        return MarkdownText(source: "1 \(firstMonth) s.d. \(period.endDateIndonesian)")
    }

    /// The quarter whose monev follows this one: where follow-ups are reported.
    static func nextQuarter(_ period: Period) -> MarkdownText {
        let next = period.quarter < 4 ? Period(year: period.year, quarter: period.quarter + 1)
                                      : Period(year: period.year + 1, quarter: 1)
        return next.map(quarter) ?? "triwulan berikutnya"
    }

    static func polaritas(_ p: Polarity) -> MarkdownText {
        switch p {
        case .positif: return "positif"
        case .negatif: return "negatif"
        }
    }

    static func agregasi(_ a: Aggregation) -> MarkdownText {
        switch a {
        case .kumulatif: return "kumulatif"
        case .terakhir: return "terakhir"
        case .rataRata: return "rata-rata"
        }
    }

    /// `positif, kumulatif`: what a reader needs to know to read the achievement formula.
    static func sifat(_ indicator: Indicator) -> MarkdownText {
        polaritas(indicator.polaritas) + ", " + agregasi(indicator.agregasi)
    }

    static func kategori(_ k: Kategori?) -> MarkdownText {
        k.map { MarkdownText(source: $0.rawValue) } ?? none
    }

    static func sebutan(_ s: Sebutan?) -> MarkdownText {
        s.map { MarkdownText(source: $0.rawValue) } ?? none
    }

    /// The printed NIP (`19600316 198403 2 001`).
    static func nip(_ nip: NIP?) -> MarkdownText {
        guard let nip else { return none }
        return MarkdownText(escaping: nip.spaced)
    }

    /// A unit as prose names it: `Bagian Hukum (HK)`.
    static func unit(_ unit: UnitKerja) -> MarkdownText {
        "\(unit.nama) (\(unit.kode))"
    }

    /// An indicator as prose names it: `HK-01 “Jumlah rancangan peraturan daerah”`.
    static func indicator(_ indicator: Indicator) -> MarkdownText {
        "\(indicator.kode) “\(indicator.nama)”"
    }
}
