import Testing
@testable import MonevCore

@Suite("Number formats")
struct NumberParserTests {
    /// (cell, `;`-delimited file, exact value)
    static let readable: [(String, Bool, ExactDecimal)] = [
        ("1234.5", false, "1234.5"),
        ("1234,5", false, "1234.5"),
        ("1.234,5", false, "1234.5"),
        ("1,234.5", false, "1234.5"),
        ("1.234.567", false, 1_234_567),
        ("1,234,567", false, 1_234_567),
        ("Rp 1.500.000", false, 1_500_000),
        ("Rp1.500.000,50", false, "1500000.5"),
        ("Rp. 33.600.000", false, 33_600_000),
        ("rp 1.234", false, 1234),
        ("12.5", false, "12.5"),
        ("0,75", false, "0.75"),
        ("1.2345", false, "1.2345"),
        ("0.125", false, "0.125"),
        ("1234.567", false, "1234.567"),
        ("9.12", false, "9.12"),
        ("-3", false, -3),
        ("+7", false, 7),
        ("-1.234,5", false, "-1234.5"),
        ("170395000", false, 170_395_000),
        // Indonesian Excel (`;` files): `.` groups thousands, `,` marks decimals.
        ("78,45", true, "78.45"),
        ("1.234", true, 1234),
        ("1.234,5", true, "1234.5"),
        ("Rp 33.600.000", true, 33_600_000),
        ("100", true, 100),
    ]

    @Test("readable numbers give their exact value", arguments: readable)
    func readableNumbers(_ text: String, _ decimalComma: Bool, _ expected: ExactDecimal) {
        #expect(NumberParser.parse(text, decimalComma: decimalComma) == .value(expected))
    }

    @Test("empty and `-` mean not set", arguments: ["", "-", " - ", "   "])
    func notSet(_ text: String) {
        #expect(NumberParser.parse(text, decimalComma: false) == .notSet)
        #expect(NumberParser.parse(text, decimalComma: true) == .notSet)
    }

    @Test("a lone separator before exactly three digits is ambiguous outside `;` files",
          arguments: [("1.234", "1234"), ("1,234", "1234"), ("-12.500", "12500"), ("999,999", "999999")])
    func ambiguous(_ text: String, _ whole: String) {
        guard case .invalid(let why) = NumberParser.parse(text, decimalComma: false) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(why.contains("ambiguous"))
        #expect(why.contains("(\(whole))"))
    }

    @Test("text that is no number is an error naming the text",
          arguments: ["abc", "12a", "1..5", "1.2.3,4,5", "1,23,456", ".5", "5.", "Rp", "1e5", "12%"])
    func notANumber(_ text: String) {
        guard case .invalid(let why) = NumberParser.parse(text, decimalComma: false) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(why.contains("`\(text)`"))
    }

    @Test("in a `;` file a `.` that does not group thousands is an error, not a decimal point", arguments: ["12.5", "1,234.5"])
    func indonesianMisuse(_ text: String) {
        guard case .invalid(let why) = NumberParser.parse(text, decimalComma: true) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(why.contains("Indonesian format"))
    }

    @Test("a number too large for ExactDecimal is an error, not a wrap-around")
    func tooLarge() {
        #expect(NumberParser.parse("999999999999999999999999999999", decimalComma: false)
            == .invalid("`999999999999999999999999999999` is too large"))
    }
}
