import MonevCore
import XLSX

/// The live formulas an auditor sees when clicking a score: the rules of rules.md written over
/// cell references. Each returns the formula without the leading `=`.
enum ExcelFormula {
    /// Achievement of realisation against target (rules.md B). Not computable (T = 0, or R = 0
    /// under T/R) gives an empty result, as the report leaves the cell empty.
    static func capaian(target t: String, realisasi r: String, polaritas: Polarity, negatif: NegativePolarityFormula) -> String {
        switch (polaritas, negatif) {
        case (.positif, _): return "IFERROR(\(r)/\(t)*100,\"\")"
        case (.negatif, .twoTMinusR): return "IFERROR((2*\(t)-\(r))/\(t)*100,\"\")"
        case (.negatif, .tOverR): return "IFERROR(\(t)/\(r)*100,\"\")"
        }
    }

    /// The waktu/biaya score of Perka BKN 1/2013 (rules.md A), 0 when the activity was not
    /// carried out (`ro` = 0).
    ///
    /// The efficiency test is rounded to 10 places: in binary floating point 100 − 9.12/12×100 is
    /// 24.000000000000014, which would send E = 24 (exactly 100 points) down the other branch
    /// (76 points). Our exact arithmetic has no such error; the rounding makes a spreadsheet that
    /// recalculates agree with it.
    static func efisiensi(target t: String, realisasi r: String, kuantitas ro: String) -> String {
        let score = "(1.76*\(t)-\(r))/\(t)*100"
        return "IF(\(ro)=0,0,IF(ROUND(100-\(r)/\(t)*100,10)<=24,\(score),76-(\(score)-100)))"
    }

    /// The clamped achievement a unit mean uses (rules.md B, KMK 467/2014's cap).
    static func clamp(_ ref: String, lower: ExactDecimal, upper: ExactDecimal) -> String {
        "IF(ISNUMBER(\(ref)),MIN(MAX(\(ref),\(lower)),\(upper)),\"\")"
    }
}

extension ExactDecimal {
    /// The value a formula cell caches: our exact result rounded half-up to 2 places, so a reader
    /// that does not recalculate shows exactly what the CSV and Markdown reports print.
    var cached: Double { rounded(places: 2).doubleValue }
}

extension XLSXValue {
    /// A number cell for an input or intermediate value, blank when absent.
    static func number(_ value: ExactDecimal?) -> XLSXValue {
        value.map { .number($0.doubleValue) } ?? .blank
    }

    /// A formula whose result is `value` (an empty result when nil).
    static func formula(_ formula: String, _ value: ExactDecimal?) -> XLSXValue {
        value.map { .formula(formula, cached: $0.cached) } ?? .formulaText(formula, cached: "")
    }
}
