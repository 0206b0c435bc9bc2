/// The band tables of rules.md, with the reading chosen in the config. Classification always
/// uses the value rounded to 2 decimals (what the reader of the report sees).
public enum Bands {
    /// Lower bounds of Sangat Baik, Baik, Cukup, Kurang (PP 46/2011 art. 17 as printed).
    public static let sebutanLowerBounds: [(ExactDecimal, Sebutan)] = [(91, .sangatBaik), (76, .baik), (61, .cukup), (51, .kurang)]
    /// Lower bounds of Sangat Tinggi, Tinggi, Sedang, Rendah (Permendagri 86/2017 as printed).
    public static let kategoriLowerBounds: [(ExactDecimal, Kategori)] = [(91, .sangatTinggi), (76, .tinggi), (66, .sedang), (51, .rendah)]

    public static func sebutan(_ value: ExactDecimal, reading: BandReading = .lowerBound) -> Sebutan {
        classify(value, sebutanLowerBounds, reading) ?? .buruk
    }

    public static func kategori(_ value: ExactDecimal, reading: BandReading = .lowerBound) -> Kategori {
        classify(value, kategoriLowerBounds, reading) ?? .sangatRendah
    }

    static func classify<L>(_ value: ExactDecimal, _ table: [(ExactDecimal, L)], _ reading: BandReading) -> L? {
        let v = value.rounded(places: 2)
        for (bound, label) in table {
            switch reading {
            case .lowerBound: if v >= bound { return label }
            case .upperBound: if v > bound - 1 { return label }
            }
        }
        return nil
    }
}

extension Bands {
    /// One worked example of the band tables: a value, the reading, and the expected sebutan and
    /// kategori. The .50 values are where the two readings part (rules.md: "90.50 has not reached 91").
    public struct Example: Sendable, CustomStringConvertible {
        public var value: ExactDecimal
        public var reading: BandReading
        public var sebutan: Sebutan
        public var kategori: Kategori
        public var description: String { "\(value) (\(reading.rawValue))" }
    }

    public static let examples: [Example] = [
        Example(value: "90.50", reading: .lowerBound, sebutan: .baik, kategori: .tinggi),
        Example(value: "90.50", reading: .upperBound, sebutan: .sangatBaik, kategori: .sangatTinggi),
        Example(value: "75.50", reading: .lowerBound, sebutan: .cukup, kategori: .sedang),
        Example(value: "75.50", reading: .upperBound, sebutan: .baik, kategori: .tinggi),
        Example(value: "65.50", reading: .lowerBound, sebutan: .cukup, kategori: .rendah),
        Example(value: "65.50", reading: .upperBound, sebutan: .cukup, kategori: .sedang),
        Example(value: "50.50", reading: .lowerBound, sebutan: .buruk, kategori: .sangatRendah),
        Example(value: "50.50", reading: .upperBound, sebutan: .kurang, kategori: .rendah),
        Example(value: "90.00", reading: .upperBound, sebutan: .baik, kategori: .tinggi),
        Example(value: "91", reading: .lowerBound, sebutan: .sangatBaik, kategori: .sangatTinggi),
        // Classification uses the 2-decimal value the reader sees: 90.995 is printed 91.00.
        Example(value: "90.995", reading: .lowerBound, sebutan: .sangatBaik, kategori: .sangatTinggi),
        Example(value: "90.994", reading: .lowerBound, sebutan: .baik, kategori: .tinggi),
        Example(value: "76", reading: .lowerBound, sebutan: .baik, kategori: .tinggi),
        Example(value: "250", reading: .lowerBound, sebutan: .sangatBaik, kategori: .sangatTinggi),
        Example(value: "-24", reading: .upperBound, sebutan: .buruk, kategori: .sangatRendah),
    ]
}
