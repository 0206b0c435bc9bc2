/// An exact decimal number: a signed integer count of 10⁻¹⁸ units held in an `Int128`.
///
/// Why not `Double`: the scoring rules compare values such as `100 − 9.12/12×100 = 24` exactly and
/// classify on the 2-decimal value, so binary floating point would flip bands. Why not
/// `Foundation.Decimal`: it is several times slower and its rounding of long quotients is not
/// specified; here every operation's rounding is documented and the same on every platform.
///
/// - Addition, subtraction and negation are exact.
/// - Multiplication and division keep 18 decimals, rounding the 19th half away from zero.
///   Every quotient in the rules (`/ 3`, `/ TW`) is therefore exact to 10⁻¹⁸, far below the
///   2-decimal rounding that happens only when a value is written.
/// - Range: magnitudes below 1.7 × 10²⁰ (rupiah budgets up to a hundred quintillion).
public struct ExactDecimal: Sendable, Hashable, Comparable {
    /// Decimal places held.
    public static let scale = 18
    static let one: Int128 = 1_000_000_000_000_000_000

    /// The value times 10¹⁸.
    public let units: Int128

    public init(units: Int128) { self.units = units }
    public init(_ value: Int) { self.units = Int128(value) * Self.one }

    public static let zero = ExactDecimal(units: 0)
    public static let hundred = ExactDecimal(100)

    /// Builds `mantissa × 10^-exponent`, e.g. `(912, 2)` is 9.12. Returns nil when it does not fit.
    public init?(mantissa: Int128, decimals: Int) {
        guard decimals >= 0 else { return nil }
        if decimals <= Self.scale {
            var factor: Int128 = 1
            for _ in 0..<(Self.scale - decimals) { factor *= 10 }
            let (v, overflow) = mantissa.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            self.units = v
        } else {
            var divisor: Int128 = 1
            for _ in 0..<(decimals - Self.scale) { divisor *= 10 }
            self.units = Self.roundedQuotient(mantissa, divisor)
        }
    }

    /// Parses the canonical form only: optional `-`, digits, optional `.` and digits (`-12.5`, `9.12`).
    /// Regional formats (`1.234,5`, `Rp 1.500.000`) are the CSV number parser's job.
    public init?(_ text: some StringProtocol) {
        var mantissa: Int128 = 0
        var decimals = 0
        var seenDot = false
        var digits = 0
        var negative = false
        for (i, ch) in text.utf8.enumerated() {
            switch ch {
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: "+") where i == 0: break
            case UInt8(ascii: "."):
                if seenDot { return nil }
                seenDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(Int128(ch - UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                mantissa = m2
                digits += 1
                if seenDot { decimals += 1 }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        self.init(mantissa: negative ? -mantissa : mantissa, decimals: decimals)
    }

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }
    public var magnitude: ExactDecimal { ExactDecimal(units: units < 0 ? -units : units) }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { a.units < b.units }
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(units: a.units + b.units) }
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(units: a.units - b.units) }
    public static prefix func - (a: ExactDecimal) -> ExactDecimal { ExactDecimal(units: -a.units) }
    public static func += (a: inout ExactDecimal, b: ExactDecimal) { a = a + b }
    public static func -= (a: inout ExactDecimal, b: ExactDecimal) { a = a - b }

    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        // Fast path: both small enough that the plain product cannot overflow.
        let (p, overflow) = a.units.multipliedReportingOverflow(by: b.units)
        if !overflow { return ExactDecimal(units: roundedQuotient(p, one)) }
        return ExactDecimal(units: wideQuotient(a.units, b.units, one))
    }

    /// Division; the divisor must not be zero (callers decide what "not computable" means).
    public static func / (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        precondition(b.units != 0, "ExactDecimal division by zero")
        let (p, overflow) = a.units.multipliedReportingOverflow(by: one)
        if !overflow { return ExactDecimal(units: roundedQuotient(p, b.units)) }
        return ExactDecimal(units: wideQuotient(a.units, one, b.units))
    }

    public static func * (a: ExactDecimal, b: Int) -> ExactDecimal { ExactDecimal(units: a.units * Int128(b)) }
    public static func / (a: ExactDecimal, b: Int) -> ExactDecimal {
        precondition(b != 0, "ExactDecimal division by zero")
        return ExactDecimal(units: roundedQuotient(a.units, Int128(b)))
    }

    /// `n / d` rounded half away from zero.
    static func roundedQuotient(_ n: Int128, _ d: Int128) -> Int128 {
        if d > 0 && d <= Int128(UInt64.max) {
            // Every rounding to places, mean and `/ 3` has a divisor below 2⁶⁴: two 64-bit
            // divisions are several times faster than the generic 128-bit one (a library call).
            let divisor = UInt64(d)
            let m = n.magnitude
            let (high, carry) = UInt64(truncatingIfNeeded: m >> 64).quotientAndRemainder(dividingBy: divisor)
            let (low, r) = divisor.dividingFullWidth((carry, UInt64(truncatingIfNeeded: m)))
            var q = UInt128(high) << 64 | UInt128(low)
            if r != 0 && r >= divisor - r { q += 1 }
            return Int128(truncatingIfNeeded: n < 0 ? 0 &- q : q)
        }
        let q = n / d
        let r = n % d
        if r == 0 { return q }
        let twiceR = r.magnitude * 2
        if twiceR >= d.magnitude { return (n < 0) != (d < 0) ? q - 1 : q + 1 }
        return q
    }

    /// 10⁰ … 10³⁸.
    static let powersOfTen: [Int128] = (0...38).map { p in (0..<p).reduce(Int128(1)) { power, _ in power * 10 } }

    /// `x × y / d` through a 256-bit intermediate, rounded half away from zero.
    static func wideQuotient(_ x: Int128, _ y: Int128, _ d: Int128) -> Int128 {
        let negative = ((x < 0) != (y < 0)) != (d < 0)
        let product = x.magnitude.multipliedFullWidth(by: y.magnitude)
        let dm = d.magnitude
        precondition(product.high < dm, "ExactDecimal overflow")
        let (q, r) = dm.dividingFullWidth(product)
        var mag = q
        if r.multipliedReportingOverflow(by: 2).overflow || r * 2 >= dm { mag += 1 }
        precondition(mag <= UInt128(Int128.max), "ExactDecimal overflow")
        return negative ? -Int128(mag) : Int128(mag)
    }

    /// Rounded half away from zero to `places` decimals ("half-up" as commercial practice reads it:
    /// 85.875 → 85.88, −2.345 → −2.35).
    public func rounded(places: Int = 2) -> ExactDecimal {
        precondition(places >= 0 && places <= Self.scale)
        let step = Self.powersOfTen[Self.scale - places]
        return ExactDecimal(units: Self.roundedQuotient(units, step) * step)
    }

    /// Fixed-point text after rounding: `85.50`, `-3.00`; `decimalSeparator` "," gives `85,50`.
    /// `groupSeparator` (e.g. ".") groups thousands of the integer part.
    public func formatted(places: Int = 2, decimalSeparator: Character = ".", groupSeparator: Character? = nil) -> String {
        precondition(places >= 0 && places <= Self.scale)
        // Reports print hundreds of thousands of these: digits go straight into a stack buffer.
        let scaled = Self.roundedQuotient(units, Self.powersOfTen[Self.scale - places])
        let decimal = String(decimalSeparator), group = groupSeparator.map(String.init)
        // Room for 39 digits, a separator of up to 4 bytes before every third, a decimal separator and a sign.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            // Written right to left, ending at the end of the buffer.
            var at = buffer.count
            func put(_ byte: UInt8) {
                at -= 1
                buffer[at] = byte
            }
            func put(_ text: String) { for b in text.utf8.reversed() { put(b) } }
            var wide = scaled.magnitude
            var narrow = UInt64(truncatingIfNeeded: wide)
            var written = 0
            repeat {
                let digit: UInt64
                if wide > UInt128(UInt64.max) {
                    let (q, r) = wide.quotientAndRemainder(dividingBy: 10)
                    (wide, digit) = (q, UInt64(r))
                    narrow = UInt64(truncatingIfNeeded: wide)
                } else {
                    (narrow, digit) = narrow.quotientAndRemainder(dividingBy: 10)
                    wide = UInt128(narrow)
                }
                if written == places && places > 0 { put(decimal) }
                let integerDigits = written - places
                if let group, integerDigits > 0, integerDigits % 3 == 0 { put(group) }
                put(UInt8(ascii: "0") + UInt8(digit))
                written += 1
            } while wide > 0 || written <= places
            if scaled < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
        }
    }

    /// The value as a `Double`, for handing a cached result to a spreadsheet or a chart only.
    /// Never used in a computation.
    public var doubleValue: Double {
        let q = units / Self.one
        let r = units % Self.one
        // Converting through Int64 gives the same Double (both round the same integer to nearest)
        // and avoids the generic Int128 conversion, which dominated writing large workbooks.
        if let q64 = Int64(exactly: q) { return Double(q64) + Double(Int64(truncatingIfNeeded: r)) / 1e18 }
        return Double(q) + Double(r) / 1e18
    }

    /// Mean of the values; nil for an empty list.
    public static func mean(_ values: some Collection<ExactDecimal>) -> ExactDecimal? {
        guard !values.isEmpty else { return nil }
        return values.reduce(.zero, +) / values.count
    }
}

extension ExactDecimal: CustomStringConvertible {
    /// Shortest exact text: `9.12`, `-76`, `0.333333333333333333`.
    public var description: String {
        let negative = units < 0
        let m = units.magnitude
        let intPart = m / UInt128(Self.one)
        var frac = String(m % UInt128(Self.one))
        if frac == "0" { return (negative ? "-" : "") + String(intPart) }
        frac = String(repeating: "0", count: Self.scale - frac.count) + frac
        while frac.last == "0" { frac.removeLast() }
        return (negative ? "-" : "") + String(intPart) + "." + frac
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension ExactDecimal: ExpressibleByStringLiteral {
    /// For tests and constants: `"9.12"`. Traps on malformed text.
    public init(stringLiteral value: String) {
        guard let d = ExactDecimal(value) else { preconditionFailure("not a decimal: \(value)") }
        self = d
    }
}

extension ExactDecimal: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = ExactDecimal(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a decimal: \(s)")
        }
        self = d
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
