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
