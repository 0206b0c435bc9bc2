/// One field of a record, as byte offsets into the file buffer. No `String` is made while reading:
/// the decoders turn only the fields they keep into text (the CSV notes measured ~40x between the two).
struct CSVField {
    /// Content bytes: inside the quotes for a quoted field.
    var start: Int
    var end: Int
    /// For a quoted field with text after its closing quote (`"abc"def`), where that text ends.
    var tailEnd: Int
    var quoted: Bool
    /// The content holds doubled quotes (`""`) that must be undoubled.
    var escaped: Bool

    /// Whether the bytes `start..<end` are the value as-is (the common case).
    var isPlain: Bool { !escaped && tailEnd == end }
}

/// One record (a logical CSV row, which may span several physical lines inside quotes).
struct CSVRecord {
    /// 1-based physical line the record starts on: what editors and diagnostics show.
    var line = 0
    var fields: [CSVField] = []
    /// Set when a quote opened in this record never closes: the record runs to the end of the
    /// file. Holds the 1-based field number and the line the quote opened on.
    var unterminatedQuote: (field: Int, line: Int)?
}

/// An RFC 4180 reader over a byte buffer: `,` `;` or tab delimiters, LF or CRLF (a lone CR also
/// ends a line), quoted fields with embedded delimiters, doubled quotes and line breaks.
///
/// It is lenient where Excel and hand edits are sloppy and nothing is lost: spaces before an
/// opening quote are skipped, a quote inside an unquoted field is kept as a character, and text
/// after a closing quote is appended to the value.
struct CSVReader {
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")

    let delimiter: UInt8
    private(set) var position: Int
    /// The physical line `position` is on.
    private(set) var line: Int

    init(start: Int, delimiter: UInt8, line: Int = 1) {
        self.position = start
        self.delimiter = delimiter
        self.line = line
    }

    /// The delimiter the header line uses most, among `,` `;` and tab (counted outside quotes).
    /// A header with none of them is a one-column file: `,`.
    static func detectDelimiter(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var counts = (comma: 0, semicolon: 0, tab: 0)
        var inQuotes = false
        var i = start
        while i < b.count {
            let c = b[i]
            if c == quote { inQuotes.toggle() } else if !inQuotes {
                if c == lf || c == cr { break }
                switch c {
                case UInt8(ascii: ","): counts.comma += 1
                case UInt8(ascii: ";"): counts.semicolon += 1
                case UInt8(ascii: "\t"): counts.tab += 1
                default: break
                }
            }
            i += 1
        }
        if counts.semicolon > counts.comma && counts.semicolon >= counts.tab { return UInt8(ascii: ";") }
        if counts.tab > counts.comma && counts.tab > counts.semicolon { return UInt8(ascii: "\t") }
        return UInt8(ascii: ",")
    }

    /// Reads the next record into `record` (reusing its storage); false at the end of the buffer.
    mutating func next(_ b: UnsafeBufferPointer<UInt8>, into record: inout CSVRecord) -> Bool {
        let n = b.count
        guard position < n else { return false }
        record.line = line
        record.fields.removeAll(keepingCapacity: true)
        record.unterminatedQuote = nil
        var i = position
        while true {
            // Skip spaces before a possible opening quote; an unquoted field keeps them (trimmed later).
            var j = i
            while j < n && b[j] == Self.space { j += 1 }
            if j < n && b[j] == Self.quote {
                let openLine = line
                var field = CSVField(start: j + 1, end: j + 1, tailEnd: j + 1, quoted: true, escaped: false)
                var k = j + 1
                var closed = false
                while k < n {
                    let c = b[k]
                    if c == Self.quote {
                        if k + 1 < n && b[k + 1] == Self.quote {
                            field.escaped = true
                            k += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if c == Self.lf { line += 1 }
                    k += 1
                }
                field.end = k
                if !closed {
                    field.tailEnd = k
                    record.fields.append(field)
                    record.unterminatedQuote = (record.fields.count, openLine)
                    position = n
                    return true
                }
                k += 1
                let tailStart = k
                while k < n, b[k] != delimiter, b[k] != Self.lf, b[k] != Self.cr { k += 1 }
                field.tailEnd = Self.hasNonSpace(b, tailStart, k) ? k : field.end
                record.fields.append(field)
                i = k
            } else {
                var k = i
                while k < n {
                    let c = b[k]
                    if c == delimiter || c == Self.lf || c == Self.cr { break }
                    k += 1
                }
                record.fields.append(CSVField(start: i, end: k, tailEnd: k, quoted: false, escaped: false))
                i = k
            }
            // `i` is at a delimiter, a line end, or the end of the buffer.
            if i >= n {
                position = n
                return true
            }
            let c = b[i]
            if c == delimiter {
                i += 1
                continue
            }
            i += (c == Self.cr && i + 1 < n && b[i + 1] == Self.lf) ? 2 : 1
            line += 1
            position = i
            return true
        }
    }

    private static func hasNonSpace(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            if b[k] != space && b[k] != UInt8(ascii: "\t") { return true }
            k += 1
        }
        return false
    }

    /// The field's value bytes, undoubling quotes and appending text after a closing quote.
    /// Only called for fields that are not `isPlain`.
    static func unescapedBytes(_ f: CSVField, in b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(f.tailEnd - f.start)
        var k = f.start
        while k < f.end {
            out.append(b[k])
            k += (b[k] == quote && k + 1 < f.end && b[k + 1] == quote) ? 2 : 1
        }
        if f.tailEnd > f.end {
            out.append(contentsOf: b[(f.end + 1)..<f.tailEnd])
        }
        return out
    }
}
