import MonevCore
import Testing

/// `doubleValue` hands cached results to spreadsheets: it must give the Double nearest the exact
/// value's integer and fraction parts, on the fast (Int64) path and beyond it.
@Suite struct ExactDecimalDoubleTests {
    @Test(arguments: [("9.12", 9.12), ("-2.35", -2.35), ("85.93", 85.93), ("170395000", 170_395_000.0), ("0", 0.0),
                      ("0.000000000000000001", 1e-18), ("-0.5", -0.5)])
    func matchesTheDecimalLiteral(text: String, expected: Double) {
        #expect(ExactDecimal(stringLiteral: text).doubleValue == expected)
    }

    @Test func beyondInt64() {
        // 1.5e20 units of one: the integer part no longer fits Int64.
        let big = ExactDecimal(units: Int128(150_000_000_000_000_000_000) * 1_000_000_000_000_000_000)
        #expect(big.doubleValue == 1.5e20)
        #expect((-big).doubleValue == -1.5e20)
    }
}
