/// A reporting quarter, written `2026-Q3` in folder names and on the command line.
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (1900...9999).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Parses `YYYY-QN` (also `yyyy-qn`).
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]),
              parts[1].count == 2, parts[1].first == "Q", let q = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: y, quarter: q)
    }

    public var description: String { "\(year)-Q\(quarter)" }

    public static func < (a: Period, b: Period) -> Bool {
        (a.year, a.quarter) < (b.year, b.quarter)
    }

    /// The quarters of the same year up to and including this one: the history that cumulative
    /// indicators add up (rules.md B).
    public var quartersOfYearSoFar: [Period] {
        (1...quarter).map { Period(year: year, quarter: $0)! }
    }

    /// The quarter before, in the same year only (a new year starts the indicators afresh).
    public var previousInYear: Period? { quarter > 1 ? Period(year: year, quarter: quarter - 1) : nil }

    /// Roman numeral used in official titles: "TRIWULAN III".
    public var romanQuarter: String { ["I", "II", "III", "IV"][quarter - 1] }

    /// Last day of the quarter: the date signature blocks carry and the fixed creation time of
    /// workbooks (no wall-clock time goes into outputs).
    public var endDate: (year: Int, month: Int, day: Int) {
        switch quarter {
        case 1: return (year, 3, 31)
        case 2: return (year, 6, 30)
        case 3: return (year, 9, 30)
        default: return (year, 12, 31)
        }
    }

    /// `30 September 2026`.
    public var endDateIndonesian: String {
        let d = endDate
        return "\(d.day) \(IndonesianCalendar.monthNames[d.month - 1]) \(d.year)"
    }
}

public enum IndonesianCalendar {
    public static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                    "Agustus", "September", "Oktober", "November", "Desember"]
}
