/// The result of reading one numeric cell.
public enum ParsedNumber: Sendable, Equatable {
    case value(ExactDecimal)
    /// Empty or `-`: the cell says "not set" (e.g. no budget for this activity).
    case notSet
    /// Not a number, or a number whose reading would be a guess; the text says why.
    case invalid(String)
}

/// Reads the number formats real exports contain, straight into `ExactDecimal` (never `Double`).
///
/// Two conventions meet in one office: Indonesian Excel writes `1.234.567,5` (`.` groups
/// thousands, `,` marks decimals) in `;`-delimited files and after `Rp`; other tools write
/// `1,234,567.5` or `1234567.5`. Where a separator's role is visible (both present, repeated, or
/// not followed by exactly three digits) it is read; a lone `1.234` or `1,234` outside the
/// Indonesian convention could be either, so it is an error that names the ambiguity.
public enum NumberParser {
    /// - Parameter decimalComma: the Indonesian convention for the whole cell (`;`-delimited file).
    public static func parse(_ text: String, decimalComma: Bool) -> ParsedNumber {
        var copy = text
        return copy.withUTF8 { parse($0[...], decimalComma: decimalComma) }
    }

    static func parse(_ cell: Slice<UnsafeBufferPointer<UInt8>>, decimalComma: Bool) -> ParsedNumber {
        var s = cell.startIndex
        let e = cell.endIndex
        let b = cell.base
        // Fast path: plain digits with at most one `.` and nothing else (the bulk of every file).
        if s < e, let fast = plainDecimal(b, s, e, dotIsDecimal: !decimalComma) { return .value(fast) }
        while s < e && b[s] == space { s += 1 }
        var end = e
        while end > s && b[end - 1] == space { end -= 1 }
        if s == end { return .notSet }
        if end - s == 1 && b[s] == minus { return .notSet }

        var negative = false
        var indonesian = decimalComma
        var i = s
        if b[i] == minus || b[i] == plus { negative = b[i] == minus; i += 1 }
        if i + 1 < end, b[i] | 0x20 == UInt8(ascii: "r"), b[i + 1] | 0x20 == UInt8(ascii: "p") {
            indonesian = true
            i += 2
            if i < end && b[i] == dot { i += 1 }
            while i < end && b[i] == space { i += 1 }
            if !negative && i < end && b[i] == minus { negative = true; i += 1 }
        }
        guard i < end else { return .invalid(notANumber(b, s, end)) }

        // Collect digit groups and the separators between them.
        var separators: [(byte: UInt8, position: Int)] = []
        for k in i..<end {
            let c = b[k]
            if c == dot || c == comma {
                separators.append((c, k))
            } else if c < zero || c > nine {
                return .invalid(notANumber(b, s, end))
            }
        }
        if b[i] == dot || b[i] == comma || b[end - 1] == dot || b[end - 1] == comma {
            return .invalid(notANumber(b, s, end))
        }
        for p in separators.indices.dropFirst() where separators[p].position == separators[p - 1].position + 1 {
            return .invalid(notANumber(b, s, end))
        }

        let decimalSeparator: UInt8?
        if indonesian {
            decimalSeparator = comma
        } else {
            let dots = separators.filter { $0.byte == dot }.count
            let commas = separators.count - dots
            if dots > 0 && commas > 0 {
                decimalSeparator = separators.last!.byte
            } else if separators.count == 1 {
                let sep = separators[0]
                let before = sep.position - i
                let after = end - sep.position - 1
                let leadingZero = before == 1 && b[i] == zero
                if after == 3 && before <= 3 && !leadingZero {
                    return .invalid(ambiguous(b, s, end, separator: sep.byte, integerPart: b[i..<sep.position], fraction: b[(sep.position + 1)..<end]))
                }
                decimalSeparator = sep.byte
            } else if separators.isEmpty {
                decimalSeparator = nil
            } else {
                // The same separator repeated can only be grouping: `1.234.567`, `1,234,567`.
                decimalSeparator = nil
            }
        }

        // Everything that is not the (single, last) decimal separator groups thousands: groups of
        // exactly three digits after a first group of one to three.
        var decimalPosition: Int?
        if let d = decimalSeparator, let last = separators.last, last.byte == d {
            decimalPosition = last.position
            if separators.dropLast().contains(where: { $0.byte == d }) {
                return .invalid(misgrouped(b, s, end, indonesian: indonesian))
            }
        } else if let d = decimalSeparator, separators.contains(where: { $0.byte == d }) {
            return .invalid(misgrouped(b, s, end, indonesian: indonesian))
        }
        let groupEnd = decimalPosition ?? end
        var previous = i - 1
        var firstGroup = true
        for sep in separators where sep.position < groupEnd {
            let length = sep.position - previous - 1
            if firstGroup ? !(1...3).contains(length) : length != 3 {
                return .invalid(misgrouped(b, s, end, indonesian: indonesian))
            }
            firstGroup = false
            previous = sep.position
        }
        if !firstGroup && groupEnd - previous - 1 != 3 {
            return .invalid(misgrouped(b, s, end, indonesian: indonesian))
        }

        var mantissa: Int128 = 0
        var decimals = 0
        for k in i..<end {
            let c = b[k]
            guard c >= zero && c <= nine else { continue }
            let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(Int128(c - zero))
            if o1 || o2 { return .invalid("`\(text(b, s, end))` is too large") }
            mantissa = m2
            if let d = decimalPosition, k > d { decimals += 1 }
        }
        guard let value = decimal(negative ? -mantissa : mantissa, decimals) else {
            return .invalid("`\(text(b, s, end))` is too large")
        }
        return .value(value)
    }

    /// `123`, `12.5`, `0.75` with no sign, spaces or grouping: digits with at most one `.` (when
    /// `.` is a decimal point here) not followed by exactly three digits (which may be ambiguous).
    /// Nil sends the cell down the full path.
    @inline(__always)
    private static func plainDecimal(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, dotIsDecimal: Bool) -> ExactDecimal? {
        var mantissa: Int128 = 0
        var dotAt = -1
        var k = s
        guard e - s <= 30 else { return nil }
        while k < e {
            let c = b[k]
            if c >= zero && c <= nine {
                mantissa = mantissa &* 10 &+ Int128(c &- zero)
            } else if c == dot && dotIsDecimal && dotAt < 0 && k > s && k + 1 < e {
                dotAt = k
            } else {
                return nil
            }
            k += 1
        }
        if dotAt < 0 { return decimal(mantissa, 0) }
        let decimals = e - dotAt - 1
        if decimals == 3 { return nil }
        return decimal(mantissa, decimals)
    }

    /// `mantissa × 10^-decimals`, nil when it does not fit. Same value as
    /// `ExactDecimal(mantissa:decimals:)`, with the power of ten looked up instead of built.
    @inline(__always)
    private static func decimal(_ mantissa: Int128, _ decimals: Int) -> ExactDecimal? {
        guard decimals <= ExactDecimal.scale else { return ExactDecimal(mantissa: mantissa, decimals: decimals) }
        let (units, overflow) = mantissa.multipliedReportingOverflow(by: unitsPerStep[decimals])
        return overflow ? nil : ExactDecimal(units: units)
    }

    /// `unitsPerStep[d]` = 10^(18 − d): the units of one step of the d-th decimal.
    private static let unitsPerStep: [Int128] = (0...ExactDecimal.scale).map { d in
        var p: Int128 = 1
        for _ in 0..<(ExactDecimal.scale - d) { p *= 10 }
        return p
    }

    private static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    private static let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
    private static let minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+"), space = UInt8(ascii: " ")

    private static func text(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    }

    private static func notANumber(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        "`\(text(b, s, e))` is not a number"
    }

    private static func misgrouped(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, indonesian: Bool) -> String {
        let t = text(b, s, e)
        if indonesian {
            return "`\(t)` is not a number in the Indonesian format used here (`.` groups thousands in threes, `,` marks decimals: 1.234.567,5)"
        }
        return "`\(t)` is not a number: thousands groups must have three digits (1,234,567.5 or 1.234.567,5)"
    }

    private static func ambiguous(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, separator: UInt8,
                                  integerPart: Slice<UnsafeBufferPointer<UInt8>>, fraction: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let t = text(b, s, e)
        let whole = String(decoding: UnsafeBufferPointer(rebasing: integerPart), as: UTF8.self)
            + String(decoding: UnsafeBufferPointer(rebasing: fraction), as: UTF8.self)
        let sep = separator == dot ? "." : ","
        return "`\(t)` is ambiguous: `\(sep)` may group thousands (\(whole)) or mark decimals; write \(whole) for the whole number, or add a decimal digit for the fraction"
    }
}
