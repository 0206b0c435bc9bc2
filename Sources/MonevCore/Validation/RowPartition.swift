/// Where a run of consecutive rows of one input file lies: its bytes in the file's text and the
/// physical line the first one starts on.
struct RowRun: Sendable, Hashable {
    var offset: Int
    var length: Int
    var line: Int
}

/// The text `RowRun` offsets point into.
enum RowText: Sendable {
    /// The file itself, valid UTF-8 as it is: runs are read back from the input when needed.
    case file(String)
    /// The file's text held in memory: a small file, or one that had to be transcoded (Windows-1252).
    case memory([UInt8])
}

/// Runs of rows filed by unit while a file is read (see `PartitionedFile`).
struct UnitRuns: Sendable {
    /// Unit ordinal → runs in file order; the extra last entry holds the rows of no unit.
    var runs: [[RowRun]]

    init(units: Int) { runs = Array(repeating: [], count: units + 1) }

    var noUnit: Int { runs.count - 1 }

    /// Files the row at `row` (offsets in a table whose text starts at `base` in the file).
    mutating func file(_ row: Range<Int>, at base: Int, line: Int, unit: Int?) {
        let run = RowRun(offset: base + row.lowerBound, length: row.count, line: line)
        let u = unit ?? noUnit
        if let last = runs[u].last, last.offset + last.length == run.offset {
            runs[u][runs[u].count - 1].length += run.length
        } else {
            runs[u].append(run)
        }
    }
}

/// One input file's rows filed by unit without holding the file: the rows of each unit are
/// remembered as runs (offset, length, first line; consecutive rows of a unit make one run, so a
/// file sorted by unit costs a few runs per unit), and read back and decoded one unit at a time.
struct PartitionedFile: Sendable {
    let path: String
    /// The file's header and columns, over no text (`CSVTable.fragment` makes readable tables).
    let table: CSVTable
    let text: RowText
    var runs: UnitRuns

    init(path: String, table: CSVTable, text: RowText, runs: UnitRuns) {
        self.path = path
        self.table = table.fragment([], firstLine: 0)
        self.text = text
        self.runs = runs
    }

    /// Tables over the runs of unit `u` (the rows of no unit for `noUnit`), in file order.
    func tables(of u: Int, from source: some InputSource) -> [CSVTable] {
        runs.runs[u].compactMap { run in
            switch text {
            case .memory(let bytes):
                return table.fragment(Array(bytes[run.offset..<(run.offset + run.length)]), firstLine: run.line)
            case .file:
                // The file was read once already; a failure now (it changed or vanished under the
                // run) leaves the rows out rather than guessing.
                guard let bytes = try? source.read(path, offset: run.offset, count: run.length), bytes.count == run.length else { return nil }
                return table.fragment(bytes, firstLine: run.line)
            }
        }
    }
}

/// Reads an input file's data rows piece by piece: `body` gets tables over consecutive whole
/// records (a record with a quoted line break is never cut) and the offset their text starts at.
/// A file larger than one piece whose every byte is plain UTF-8 is read from the input in pieces
/// of `pieceSize` (the pieces are read twice: once to check the text, once to file the rows, so
/// that a bad byte late in the file cannot leave rows filed under a reading it then changes);
/// any other file is read whole and decoded as `CSVTable.open` decodes it (BOM, Windows-1252,
/// binary, UTF-16), with the same diagnostics.
public enum RowPartition {
    public static let pieceSize = 1 << 20

    /// Returns the file's table and text, or nil when it cannot be read as a table (reported).
    /// `first` is the file's first piece (`pieceSize` bytes, fewer if the file is smaller).
    static func read(_ path: String, schema: TableSchema, first: [UInt8], pieceSize: Int, from source: some InputSource,
                     diagnostics: inout Diagnostics, _ body: (CSVTable, Int, inout Diagnostics) -> Void) -> (CSVTable, RowText)? {
        if first.count == pieceSize, isPlainText(path, first: first, pieceSize: pieceSize, from: source),
           let lastLine = first.lastIndex(of: CSVReader.lf) {
            guard let table = CSVTable.open(file: path, bytes: Array(first[...lastLine]), schema: schema, diagnostics: &diagnostics) else {
                return nil
            }
            readPieces(path, table: table, first: first, pieceSize: pieceSize, from: source, diagnostics: &diagnostics, body)
            return (table, .file(path))
        }
        let bytes: [UInt8]
        do {
            guard let whole = try source.read(path) else { return nil }
            bytes = whole
        } catch {
            diagnostics.error(path, "cannot be read: \(error)")
            return nil
        }
        guard let table = CSVTable.open(file: path, bytes: bytes, schema: schema, diagnostics: &diagnostics) else { return nil }
        let start = table.dataStart
        body(table.fragment(table.text, from: start.offset, firstLine: start.line), 0, &diagnostics)
        return (table, .memory(table.text))
    }

    /// Whether every byte of the file is UTF-8 text as it is (a BOM aside), read in pieces.
    private static func isPlainText(_ path: String, first: [UInt8], pieceSize: Int, from source: some InputSource) -> Bool {
        guard !(first[0] == 0xFF && first[1] == 0xFE) && !(first[0] == 0xFE && first[1] == 0xFF) else { return false }
        var pending = first.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(first.dropFirst(3)) : first
        var offset = first.count
        while true {
            guard let piece = try? source.read(path, offset: offset, count: pieceSize) else { return false }
            offset += piece.count
            let atEnd = piece.count < pieceSize
            pending += piece
            // A line feed never sits inside a UTF-8 sequence, so text cut after one is checked whole.
            let end = atEnd ? pending.count : (pending.lastIndex(of: CSVReader.lf).map { $0 + 1 } ?? 0)
            guard pending.withUnsafeBufferPointer({ TextDecoding.isPlainUTF8(UnsafeBufferPointer(rebasing: $0[..<end])) }) else { return false }
            if atEnd { return true }
            pending.removeFirst(end)
        }
    }

    private static func readPieces(_ path: String, table: CSVTable, first: [UInt8], pieceSize: Int, from source: some InputSource,
                                   diagnostics: inout Diagnostics, _ body: (CSVTable, Int, inout Diagnostics) -> Void) {
        var (offset, line) = table.dataStart
        var pending = Array(first[offset...])
        var readOffset = first.count
        var atEnd = false
        while true {
            let end = atEnd ? pending.count : (pending.lastIndex(of: CSVReader.lf).map { $0 + 1 } ?? 0)
            let (complete, nextLine) = wholeRecords(pending, upTo: end, line: line, delimiter: table.delimiter, atEnd: atEnd)
            if complete > 0 {
                body(table.fragment(Array(pending[..<complete]), firstLine: line), offset, &diagnostics)
                pending.removeFirst(complete)
                offset += complete
                line = nextLine
            }
            if atEnd { return }
            let piece = (try? source.read(path, offset: readOffset, count: pieceSize)) ?? []
            readOffset += piece.count
            atEnd = piece.count < pieceSize
            pending += piece
        }
    }

    /// How many bytes of `text[..<end]` are whole records, and the line after them: a record
    /// whose quote is still open at `end` may close in the next piece, unless the file ends there.
    private static func wholeRecords(_ text: [UInt8], upTo end: Int, line: Int, delimiter: UInt8, atEnd: Bool) -> (Int, Int) {
        text.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[..<end])
            guard !atEnd else { return (end, line) }
            var reader = CSVReader(start: 0, delimiter: delimiter, line: line)
            var record = CSVRecord()
            var start = 0, startLine = line
            while reader.next(b, into: &record) {
                if record.unterminatedQuote != nil { return (start, startLine) }
                start = reader.position
                startLine = reader.line
            }
            return (end, reader.line)
        }
    }
}
