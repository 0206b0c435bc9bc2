/// Achievement (capaian kinerja) of a realisation R against a target T, in percent (rules.md B).
public enum Achievement {
    /// nil when either value is not set, or not computable: T = 0, or R = 0 under T / R
    /// (the caller reports those with a warning; an empty cell is honest, 0 or 100 would not be).
    public static func capaian(target: ExactDecimal?, realisasi: ExactDecimal?, polaritas: Polarity,
                               formula: NegativePolarityFormula) -> ExactDecimal? {
        guard let t = target, let r = realisasi,
              zeroDivisor(target: t, realisasi: r, polaritas: polaritas, formula: formula) == nil else { return nil }
        switch (polaritas, formula) {
        case (.positif, _): return r / t * 100
        case (.negatif, .twoTMinusR): return (t * 2 - r) / t * 100
        case (.negatif, .tOverR): return t / r * 100
        }
    }

    /// Which input a non-computable achievement is blamed on, for the warning's column: the target,
    /// or the realisation under T / R. nil when the achievement is computable or an input is unset.
    public static func zeroDivisor(target: ExactDecimal?, realisasi: ExactDecimal?, polaritas: Polarity,
                                   formula: NegativePolarityFormula) -> ZeroDivisor? {
        guard let t = target, let r = realisasi else { return nil }
        if t.isZero { return .target }
        if polaritas == .negatif, formula == .tOverR, r.isZero { return .realisasi }
        return nil
    }

    public enum ZeroDivisor: Sendable, Hashable {
        case target
        case realisasi
    }
}

extension Achievement {
    /// One worked example: T, R, polarity and formula, and the expected achievement to the cent
    /// (nil = not computable).
    public struct Example: Sendable, CustomStringConvertible {
        public var name: String
        public var target: ExactDecimal?
        public var realisasi: ExactDecimal?
        public var polaritas: Polarity
        public var formula: NegativePolarityFormula
        public var expected: String?

        public var description: String { name }
    }

    public static let examples: [Example] = [
        Example(name: "positif, R = T", target: 80, realisasi: 80, polaritas: .positif, formula: .twoTMinusR, expected: "100.00"),
        Example(name: "positif, above target, no cap", target: 40, realisasi: 50, polaritas: .positif, formula: .twoTMinusR, expected: "125.00"),
        Example(name: "positif, thirds", target: 3, realisasi: 2, polaritas: .positif, formula: .twoTMinusR, expected: "66.67"),
        Example(name: "positif, R = 0", target: 10, realisasi: 0, polaritas: .positif, formula: .twoTMinusR, expected: "0.00"),
        Example(name: "positif, T = 0", target: 0, realisasi: 5, polaritas: .positif, formula: .twoTMinusR, expected: nil),
        Example(name: "negatif 2T-R, R = T", target: 20, realisasi: 20, polaritas: .negatif, formula: .twoTMinusR, expected: "100.00"),
        Example(name: "negatif 2T-R, lower is better", target: 20, realisasi: 15, polaritas: .negatif, formula: .twoTMinusR, expected: "125.00"),
        Example(name: "negatif 2T-R, R = 0", target: 20, realisasi: 0, polaritas: .negatif, formula: .twoTMinusR, expected: "200.00"),
        Example(name: "negatif 2T-R, R = 2T", target: 20, realisasi: 40, polaritas: .negatif, formula: .twoTMinusR, expected: "0.00"),
        Example(name: "negatif 2T-R, R > 2T goes negative", target: 20, realisasi: 50, polaritas: .negatif, formula: .twoTMinusR, expected: "-50.00"),
        Example(name: "negatif 2T-R, T = 0", target: 0, realisasi: 3, polaritas: .negatif, formula: .twoTMinusR, expected: nil),
        Example(name: "negatif T/R, lower is better", target: 20, realisasi: 16, polaritas: .negatif, formula: .tOverR, expected: "125.00"),
        Example(name: "negatif T/R, R = 0", target: 20, realisasi: 0, polaritas: .negatif, formula: .tOverR, expected: nil),
        Example(name: "negatif T/R, R > 2T stays positive", target: 20, realisasi: 50, polaritas: .negatif, formula: .tOverR, expected: "40.00"),
        Example(name: "negatif T/R, T = 0", target: 0, realisasi: 5, polaritas: .negatif, formula: .tOverR, expected: nil),
        Example(name: "target not set", target: nil, realisasi: 5, polaritas: .positif, formula: .twoTMinusR, expected: nil),
        Example(name: "realisation not set", target: 5, realisasi: nil, polaritas: .negatif, formula: .twoTMinusR, expected: nil),
    ]
}
