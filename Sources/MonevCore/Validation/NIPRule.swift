/// Why a text is not a NIP, in words the personnel office can act on.
public struct NIPProblem: Error, Equatable, Sendable {
    public let message: String
}

/// Checks the structure of an Indonesian civil-servant number (NIP, PP 11/2017 / BKN):
/// `YYYYMMDD` birth date, `YYYYMM` appointment (TMT CPNS), sex digit 1 or 2, sequence 001–999.
/// The printed form with spaces (`19600316 198403 2 001`) is accepted.
public enum NIPRule {
    /// Earliest birth year accepted: anyone older has retired long before any period monev reads.
    public static let earliestBirthYear = 1940

    /// - Parameter latestYear: the period's year; no birth or appointment can come after it.
    public static func check(_ text: String, latestYear: Int) -> Result<NIP, NIPProblem> {
        var copy = text
        return copy.withUTF8 { check($0[...], latestYear: latestYear) }
    }

    static func check(_ cell: Slice<UnsafeBufferPointer<UInt8>>, latestYear: Int) -> Result<NIP, NIPProblem> {
        if !cell.contains(UInt8(ascii: " ")) {
            return check(digits: UnsafeBufferPointer(rebasing: cell), shown: cell, latestYear: latestYear)
        }
        let compact = cell.filter { $0 != UInt8(ascii: " ") }
        return compact.withUnsafeBufferPointer { check(digits: $0, shown: cell, latestYear: latestYear) }
    }

    /// - Parameters:
    ///   - d: the NIP without spaces.
    ///   - cell: the text as written, for messages.
    private static func check(digits d: UnsafeBufferPointer<UInt8>, shown cell: Slice<UnsafeBufferPointer<UInt8>>,
                              latestYear: Int) -> Result<NIP, NIPProblem> {
        var value: UInt64 = 0
        for c in d {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return .failure(nonDigits(cell)) }
            value = value &* 10 &+ UInt64(c - UInt8(ascii: "0"))
        }
        var shown: String { String(decoding: UnsafeBufferPointer(rebasing: cell), as: UTF8.self) }
        guard d.count == 18 else {
            return .failure(NIPProblem(message: "`\(shown)` has \(d.count) digit\(d.count == 1 ? "" : "s"); a NIP has 18"))
        }
        /// Digits `r` (0-based) of the 18 as a number.
        func number(_ r: Range<Int>) -> Int {
            var n = 0
            for i in r { n = n * 10 + Int(d[i] - UInt8(ascii: "0")) }
            return n
        }
        let birthYear = number(0..<4), birthMonth = number(4..<6), birthDay = number(6..<8)
        let appointmentYear = number(8..<12), appointmentMonth = number(12..<14)
        let sex = number(14..<15)

        guard (earliestBirthYear...latestYear).contains(birthYear) else {
            return .failure(NIPProblem(message: "`\(shown)`: birth year \(birthYear) (digits 1–4) is not plausible; expected \(earliestBirthYear)–\(latestYear)"))
        }
        guard (1...12).contains(birthMonth), (1...daysIn(month: birthMonth, year: birthYear)).contains(birthDay) else {
            return .failure(NIPProblem(message: "`\(shown)`: birth date \(number(0..<8)) (digits 1–8, YYYYMMDD) is not a real date"))
        }
        guard (1...12).contains(appointmentMonth) else {
            return .failure(NIPProblem(message: "`\(shown)`: appointment month \(twoDigits(appointmentMonth)) (digits 13–14) is not 01–12"))
        }
        guard appointmentYear > birthYear else {
            return .failure(NIPProblem(message: "`\(shown)`: appointment year \(appointmentYear) (digits 9–12) is not after the birth year \(birthYear)"))
        }
        guard appointmentYear <= latestYear else {
            return .failure(NIPProblem(message: "`\(shown)`: appointment year \(appointmentYear) (digits 9–12) is after \(latestYear)"))
        }
        guard sex == 1 || sex == 2 else {
            return .failure(NIPProblem(message: "`\(shown)`: sex digit (digit 15) is \(sex); it must be 1 (male) or 2 (female)"))
        }
        guard number(15..<18) >= 1 else {
            return .failure(NIPProblem(message: "`\(shown)`: sequence number (digits 16–18) is 000; it must be 001–999"))
        }
        return .success(NIP(checkedValue: value))
    }

    private static func nonDigits(_ cell: Slice<UnsafeBufferPointer<UInt8>>) -> NIPProblem {
        let shown = String(decoding: UnsafeBufferPointer(rebasing: cell), as: UTF8.self)
        if shown.uppercased().contains("E+") {
            return NIPProblem(message: "`\(shown)` is a NIP that Excel turned into a number (digits are lost); format the column as Text and export again")
        }
        return NIPProblem(message: "`\(shown)` is not a NIP: a NIP is 18 digits")
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension NIP {
    /// For `NIPRule`, which has checked the digits while reading them.
    init(checkedValue: UInt64) { self.value = checkedValue }
}
