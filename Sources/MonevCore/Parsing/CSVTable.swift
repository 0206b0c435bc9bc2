/// A schema column resolved against one file's header: `index` is the field it is read from,
/// nil when an optional column is absent (every cell of it then reads as "not set").
/// The name is a `StaticString` so passing a column around per cell costs no reference counting.
struct Column: Sendable {
    let name: StaticString
    let index: Int?
}

/// One input file, decoded to UTF-8 and with its header matched against a schema; iterates the
/// data rows, rejecting malformed records (quotes, field counts) before a decoder sees them.
struct CSVTable {
    let file: String
    let delimiter: UInt8
    /// `;`-delimited files are Indonesian Excel exports: `.` groups thousands, `,` marks decimals.
    var decimalComma: Bool { delimiter == UInt8(ascii: ";") }
    /// The file's text (UTF-8, transcoded if it was not).
    let text: [UInt8]
    private let afterHeader: CSVReader
    private let headerCount: Int
    /// Field index → canonical column name, for locating diagnostics.
    private let columnNames: [Int: String]
    private let columnIndex: [String: Int]
    private let schemaColumns: [String]
    /// Some records of the file rather than all of it (see `fragment`).
    private var isFragment = false

    /// Reads the header; nil when the file cannot be read as a table, with the reason reported
    /// (binary, empty, missing required columns).
    static func open(file: String, bytes: [UInt8], schema: TableSchema, diagnostics: inout Diagnostics) -> CSVTable? {
        let text: [UInt8]
        let start: Int
        switch TextDecoding.classify(bytes) {
        case .utf8(let s):
            text = bytes
            start = s
        case .windows1252(let converted, let line):
            diagnostics.warning(file, line: line, "not valid UTF-8; read as Windows-1252 (save as \"CSV UTF-8\" to avoid this)")
            text = converted
            start = 0
        case .binary(let line, let workbook):
            diagnostics.error(file, line: line, workbook
                ? "this is an Excel workbook (.xlsx), not CSV text; export the sheet with \"Save As… CSV UTF-8\""
                : "binary data (a NUL byte) where CSV text was expected; the file was not read")
            return nil
        case .utf16:
            diagnostics.error(file, "the file is UTF-16 (Excel \"Unicode Text\"); save it as \"CSV UTF-8\" instead; the file was not read")
            return nil
        }

        return text.withUnsafeBufferPointer { b -> CSVTable? in
            // The header is the first line with any text in it (leading blank lines are skipped).
            var headerStart = start
            while headerStart < b.count, Self.isFiller(b[headerStart]) { headerStart += 1 }
            guard headerStart < b.count else {
                diagnostics.error(file, "the file is empty; expected a header line naming the columns \(schema.required.joined(separator: ", "))")
                return nil
            }
            while headerStart > start && b[headerStart - 1] != CSVReader.lf { headerStart -= 1 }
            var line = 1
            for c in b[start..<headerStart] where c == CSVReader.lf { line += 1 }
            let delimiter = CSVReader.detectDelimiter(b, from: headerStart)
            var reader = CSVReader(start: headerStart, delimiter: delimiter, line: line)
            var header = CSVRecord()
            _ = reader.next(b, into: &header)
            let headerLine = header.line
            if let open = header.unterminatedQuote {
                diagnostics.error(file, line: open.line, column: String(open.field),
                                  "a quote in the header line is never closed; the file was not read")
                return nil
            }
            let rawHeaders = header.fields.map { String(decoding: fieldBytes($0, b), as: UTF8.self) }
            let normalised = rawHeaders.map(HeaderName.normalise)

            var columnIndex: [String: Int] = [:]
            var unclaimed: [(normalised: String, raw: String, number: Int)] = []
            for (i, name) in normalised.enumerated() {
                guard let canonical = schema.canonical(name) else {
                    if !name.isEmpty { unclaimed.append((name, rawHeaders[i], i + 1)) }
                    continue
                }
                if let first = columnIndex[canonical] {
                    diagnostics.warning(file, line: headerLine, column: String(i + 1), value: rawHeaders[i],
                                        "column `\(rawHeaders[i])` is another `\(canonical)` (first at column \(first + 1)); this one is ignored")
                } else {
                    columnIndex[canonical] = i
                }
            }
            let missing = schema.required.filter { columnIndex[$0] == nil }
            if !missing.isEmpty {
                let described = missing.map { name -> String in
                    guard let hint = HeaderName.suggestion(for: name, among: unclaimed.map(\.normalised)),
                          let match = unclaimed.first(where: { $0.normalised == hint }) else { return name }
                    return "\(name) (did you mean `\(match.raw)`, column \(match.number)?)"
                }
                diagnostics.error(file, line: headerLine,
                                  "missing required column\(missing.count == 1 ? "" : "s"): \(described.joined(separator: ", "))")
                return nil
            }
            var names: [Int: String] = [:]
            for (name, i) in columnIndex { names[i] = name }
            return CSVTable(file: file, delimiter: delimiter, text: text, afterHeader: reader,
                            headerCount: header.fields.count, columnNames: names, columnIndex: columnIndex,
                            schemaColumns: schema.all)
        }
    }

    /// The column a decoder reads; `name` must be one of the schema's columns.
    func column(_ name: StaticString) -> Column {
        precondition(schemaColumns.contains(name.description), "\(name) is not a column of \(file)")
        return Column(name: name, index: columnIndex[name.description])
    }

    /// Calls `body` for every well-formed data row and returns how many data rows the file has
    /// (blank lines, and rows whose cells are all empty, are not rows).
    func forEachRow(latestYear: Int, diagnostics: inout Diagnostics, unitOf: (NIP) -> String? = { _ in nil },
                    _ body: (inout Row) -> Void) -> Int {
        var rows = 0
        text.withUnsafeBufferPointer { b in
            var reader = afterHeader
            var record = CSVRecord()
            record.fields.reserveCapacity(headerCount + 2)
            var start = reader.position
            while reader.next(b, into: &record) {
                defer { start = reader.position }
                if isBlankRow(record, b) { continue }
                rows += 1
                if let problem = structuralProblem(record, b, endLine: reader.line) {
                    diagnostics.append(problem)
                    continue
                }
                record.fields.withUnsafeBufferPointer { fields in
                    var row = Row(file: file, line: record.line, latestYear: latestYear, decimalComma: decimalComma,
                                  bytes: start..<reader.position, buffer: b, fields: fields)
                    body(&row)
                    guard !row.problems.isEmpty else { return }
                    let unit = row.kodeUnit ?? row.ownerNIP.flatMap(unitOf)
                    for var d in row.problems {
                        if d.kodeUnit == nil, let unit, !unit.isEmpty { d.kodeUnit = unit }
                        diagnostics.append(d)
                    }
                }
            }
        }
        if rows == 0 && !isFragment { Self.reportNoRows(file, &diagnostics) }
        return rows
    }

    static func reportNoRows(_ file: String, _ diagnostics: inout Diagnostics) {
        diagnostics.warning(file, "the file has a header but no data rows")
    }

    /// A record that is not a row: every cell empty (a quote never closed makes it a row).
    func isBlankRow(_ record: CSVRecord, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        record.unterminatedQuote == nil && Self.isBlank(record, b)
    }

    /// Why a record that is not blank cannot be decoded (a quote never closed, too few or too many
    /// fields, a cell too long for a spreadsheet), or nil when it can. `endLine` is the line the
    /// reader stopped on (where an unclosed quote runs to). Shared by `forEachRow` and
    /// `RowPartition`, which must reject exactly the same rows.
    func structuralProblem(_ record: CSVRecord, _ b: UnsafeBufferPointer<UInt8>, endLine: Int) -> Diagnostic? {
        if let open = record.unterminatedQuote {
            let field = record.fields[open.field - 1]
            // The value shown is the quoted text up to its first line break.
            let firstLine = b[field.start..<field.end].firstIndex(of: CSVReader.lf) ?? field.end
            let preview = String(decoding: b[field.start..<min(firstLine, field.start + 80)], as: UTF8.self)
            return Diagnostic(file: file, line: open.line, column: label(open.field - 1), value: preview, severity: .error,
                              message: "a quote opened here is never closed, so everything from here to the end of the file (line \(endLine)) is one unreadable value; this row is rejected and the rows before it are kept")
        }
        let count = record.fields.count
        if count < headerCount {
            return Diagnostic(file: file, line: record.line, column: String(count + 1), severity: .error,
                              message: "the row has \(count) field\(count == 1 ? "" : "s") but the header has \(headerCount); the row is rejected (a value with an unquoted line break, or a missing delimiter?)")
        }
        if count > headerCount {
            if let extra = record.fields[headerCount...].firstIndex(where: { !Self.isEmpty($0, b) }) {
                let value = String(decoding: Self.fieldBytes(record.fields[extra], b), as: UTF8.self)
                return Diagnostic(file: file, line: record.line, column: String(extra + 1), value: value, severity: .error,
                                  message: "the row has \(count) fields but the header has \(headerCount) (extra value `\(value)`); the row is rejected (a value containing \(delimiterName) must be quoted)")
            }
        }
        if let (column, length) = Self.overlongCell(record, b, headerCount) {
            let preview = String(decoding: Self.fieldBytes(record.fields[column], b).prefix(60), as: UTF8.self)
            return Diagnostic(file: file, line: record.line, column: label(column), value: preview + "…", severity: .error,
                              message: "the value is \(length) characters long, more than the 32767 a spreadsheet cell can hold; the row is rejected")
        }
        return nil
    }

    /// The same table (header, columns, delimiter) over other bytes of the file: whole records
    /// only, the first starting on physical line `firstLine`. Lets a unit's rows be decoded on
    /// their own, with the diagnostics a whole-file read gives them; a fragment without rows is
    /// not reported as an empty file.
    func fragment(_ bytes: [UInt8], from start: Int = 0, firstLine: Int) -> CSVTable {
        CSVTable(file: file, delimiter: delimiter, text: bytes, afterHeader: CSVReader(start: start, delimiter: delimiter, line: firstLine),
                 headerCount: headerCount, columnNames: columnNames, columnIndex: columnIndex, schemaColumns: schemaColumns,
                 isFragment: true)
    }

    /// Where the data rows start in `text`, and on which line: what `RowPartition` continues from.
    var dataStart: (offset: Int, line: Int) { (afterHeader.position, afterHeader.line) }

    /// About how many data rows follow the header, from the length of the first lines: lets a
    /// decoder reserve its array once instead of regrowing (and re-faulting) a million records.
    func estimatedRowCount() -> Int {
        let start = afterHeader.position
        let remaining = text.count - start
        guard remaining > 0 else { return 0 }
        var lines = 0
        var i = start
        while i < text.count && lines < 64 {
            if text[i] == CSVReader.lf { lines += 1 }
            i += 1
        }
        guard lines > 0 else { return 1 }
        return remaining / max(1, (i - start) / lines) * 21 / 20 + 8
    }

    private var delimiterName: String {
        delimiter == UInt8(ascii: "\t") ? "a tab" : "`\(Character(Unicode.Scalar(delimiter)))`"
    }

    private func label(_ fieldIndex: Int) -> String { columnNames[fieldIndex] ?? String(fieldIndex + 1) }

    /// The most characters (UTF-16 units) an Excel cell holds. A longer input value would make the
    /// whole workbook unwritable, so the row is rejected here like any other unreadable row.
    static let maxCellLength = 32_767

    /// The first cell longer than `maxCellLength`, with its length. Byte length bounds the UTF-16
    /// length from above, so only a cell of more than 32,767 bytes is decoded to be counted.
    private static func overlongCell(_ record: CSVRecord, _ b: UnsafeBufferPointer<UInt8>, _ count: Int) -> (Int, Int)? {
        for i in 0..<count where record.fields[i].tailEnd - record.fields[i].start > maxCellLength {
            let length = String(decoding: fieldBytes(record.fields[i], b), as: UTF8.self).utf16.count
            if length > maxCellLength { return (i, length) }
        }
        return nil
    }

    /// Bytes a line can hold and still be blank: what Excel leaves in empty rows.
    private static func isFiller(_ c: UInt8) -> Bool {
        c == CSVReader.lf || c == CSVReader.cr || c == CSVReader.space || c == UInt8(ascii: "\t")
            || c == UInt8(ascii: ",") || c == UInt8(ascii: ";")
    }

    private static func isBlank(_ r: CSVRecord, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        r.fields.allSatisfy { isEmpty($0, b) }
    }

    private static func isEmpty(_ f: CSVField, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = Row.trimmed(f.start, f.end, b)
        return t.lowerBound == t.upperBound && f.tailEnd == f.end
    }

    /// The value bytes of a field, trimmed (used for headers and messages; rows use `Row`).
    static func fieldBytes(_ f: CSVField, _ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if f.isPlain { return Array(b[Row.trimmed(f.start, f.end, b)]) }
        let bytes = CSVReader.unescapedBytes(f, in: b)
        return bytes.withUnsafeBufferPointer { Array($0[Row.trimmed(0, $0.count, $0)]) }
    }
}

