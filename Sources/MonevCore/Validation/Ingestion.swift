/// Read access to the input root. The executable implements it over the file system; tests in memory.
public protocol InputSource: Sendable {
    func directoryExists(_ relativePath: String) -> Bool
    /// File bytes, or nil when the file does not exist.
    func read(_ relativePath: String) throws -> [UInt8]?
    /// At most `count` bytes of the file from `offset` (fewer only at its end), or nil when the
    /// file does not exist: lets a large file be read in pieces (`StreamedDrop`).
    func read(_ relativePath: String, offset: Int, count: Int) throws -> [UInt8]?
}

extension InputSource {
    /// A piece cut from the whole file, for sources that hold their files in memory anyway.
    public func read(_ relativePath: String, offset: Int, count: Int) throws -> [UInt8]? {
        guard let bytes = try read(relativePath) else { return nil }
        let start = min(offset, bytes.count)
        return Array(bytes[start..<min(start + count, bytes.count)])
    }
}

/// An input root held in memory, for tests: relative path (`2026-Q3/skp.csv`) → bytes.
/// A folder exists when a file lies under it or it is listed in `directories`.
public struct InMemoryInput: InputSource {
    public var files: [String: [UInt8]]
    public var directories: Set<String>

    public init(files: [String: [UInt8]], directories: Set<String> = []) {
        self.files = files
        self.directories = directories
    }

    public func directoryExists(_ relativePath: String) -> Bool {
        directories.contains(relativePath) || files.keys.contains { $0.hasPrefix(relativePath + "/") }
    }

    public func read(_ relativePath: String) throws -> [UInt8]? { files[relativePath] }
}

/// The problems that stop a run before anything is read (exit 66): there is nothing to report on.
public enum IngestionFailure: Error, Equatable {
    /// The requested quarter's folder (relative path, `2026-Q3`) does not exist.
    case periodFolderMissing(String)
    /// Files the run needs are absent (relative paths).
    case requiredFilesMissing([String])
}

/// The reading stage: one call turns an input root into validated records plus diagnostics.
public enum Ingestion {
    static let required = ["unit_kerja.csv", "indikator.csv"]
    /// Needed together for individual scoring; all absent makes a units-only run.
    static let individual = ["pegawai.csv", "skp.csv", "perilaku.csv"]

    /// Reads the requested quarter's drop fully and the `indikator.csv` of the year's earlier
    /// quarters (the history cumulative indicators need). Every rejected or suspicious row goes
    /// to `diagnostics`; only a missing period folder or required file throws.
    public static func load(period: Period, from source: some InputSource, diagnostics: inout Diagnostics) throws(IngestionFailure) -> InputSet {
        let folder = period.description
        guard source.directoryExists(folder) else { throw .periodFolderMissing(folder) }

        var files: [String: [UInt8]] = [:]
        for name in required + individual + ["tambahan.csv"] {
            let path = "\(folder)/\(name)"
            if let bytes = fetch(path, from: source, diagnostics: &diagnostics) { files[name] = bytes }
        }
        let individualPresent = try checkPresence(folder: folder, present: Set(files.keys), diagnostics: &diagnostics)
        var frame = readFrame(period: period, unitBytes: files["unit_kerja.csv"]!, indicatorBytes: files["indikator.csv"]!,
                              from: source, diagnostics: &diagnostics)
        var current = frame.current
        if individualPresent {
            let employees = frame.reader.employees(files["pegawai.csv"]!, units: frame.units, diagnostics: &diagnostics)
            current.employees = employees.kept
            files["pegawai.csv"] = nil
            current.activities = frame.reader.activities(files["skp.csv"]!, employees: employees.index, diagnostics: &diagnostics)
            files["skp.csv"] = nil
            current.behaviours = frame.reader.behaviours(files["perilaku.csv"]!, employees: employees.index, diagnostics: &diagnostics)
            if let bytes = files["tambahan.csv"] {
                current.additionalTasks = frame.reader.additionalTasks(bytes, employees: employees.index, diagnostics: &diagnostics)
            }
        } else if files["tambahan.csv"] != nil {
            diagnostics.warning("\(folder)/tambahan.csv", "ignored: there is no pegawai.csv to attach additional tasks to")
        }
        return InputSet(period: period, current: current, history: frame.history, missingHistory: frame.missingHistory,
                        rowCounts: frame.reader.rowCounts)
    }

    /// Which files of the drop are missing (thrown when the run cannot go on) and whether the
    /// individual files are there; warns about a units-only run. Shared by `load` and `StreamedDrop`.
    static func checkPresence(folder: String, present: Set<String>, diagnostics: inout Diagnostics) throws(IngestionFailure) -> Bool {
        var missing = required.filter { !present.contains($0) }.map { "\(folder)/\($0)" }
        let individualPresent = individual.filter { present.contains($0) }
        if !individualPresent.isEmpty {
            missing += individual.filter { !present.contains($0) }.map { "\(folder)/\($0)" }
        }
        guard missing.isEmpty else { throw .requiredFilesMissing(missing) }
        if individualPresent.isEmpty {
            diagnostics.warning(folder, "no pegawai.csv, skp.csv or perilaku.csv: a units-only run (indicators are checked, no employee is scored)")
        }
        return !individualPresent.isEmpty
    }

    /// What a drop's employee files are checked against and scored with: the requested quarter's
    /// units and indicators, and the earlier quarters' indicators (small files, read whole).
    struct Frame {
        var reader: DropReader
        var current: QuarterDrop
        var units: DropValidation.UnitIndex
        var history: [QuarterDrop] = []
        var missingHistory: [Period] = []
    }

    static func readFrame(period: Period, unitBytes: [UInt8], indicatorBytes: [UInt8], from source: some InputSource,
                          diagnostics: inout Diagnostics) -> Frame {
        let folder = period.description
        var reader = DropReader(folder: folder, latestYear: period.year)
        var current = QuarterDrop(period: period)
        let units = reader.units(unitBytes, diagnostics: &diagnostics)
        current.units = units.kept
        current.indicators = reader.indicators(indicatorBytes, units: units.index, diagnostics: &diagnostics)
        var frame = Frame(reader: reader, current: current, units: units.index)

        for earlier in period.quartersOfYearSoFar.dropLast() {
            let earlierFolder = earlier.description
            guard source.directoryExists(earlierFolder) else {
                diagnostics.warning(earlierFolder, "the \(earlier) drop is missing: cumulative indicators of \(period) have no values for \(earlier)")
                frame.missingHistory.append(earlier)
                continue
            }
            guard let indicatorBytes = fetch("\(earlierFolder)/indikator.csv", from: source, diagnostics: &diagnostics) else {
                diagnostics.warning("\(earlierFolder)/indikator.csv", "missing: cumulative indicators of \(period) have no values for \(earlier)")
                frame.missingHistory.append(earlier)
                continue
            }
            // Indicators are checked against the units of their own quarter when that drop has them.
            var earlierReader = DropReader(folder: earlierFolder, latestYear: period.year)
            var drop = QuarterDrop(period: earlier)
            var unitIndex = units.index
            if let unitBytes = fetch("\(earlierFolder)/unit_kerja.csv", from: source, diagnostics: &diagnostics) {
                let earlierUnits = earlierReader.units(unitBytes, diagnostics: &diagnostics)
                drop.units = earlierUnits.kept
                unitIndex = earlierUnits.index
            }
            drop.indicators = earlierReader.indicators(indicatorBytes, units: unitIndex, diagnostics: &diagnostics)
            frame.history.append(drop)
            frame.reader.rowCounts.merge(earlierReader.rowCounts) { a, _ in a }
        }
        return frame
    }

    /// A file's bytes; nil when it does not exist, or cannot be read (reported, then treated as absent).
    static func fetch(_ path: String, from source: some InputSource, diagnostics: inout Diagnostics) -> [UInt8]? {
        do {
            return try source.read(path)
        } catch {
            diagnostics.error(path, "cannot be read: \(error)")
            return nil
        }
    }
}

/// Reads the files of one drop folder in dependency order, counting rows per file.
struct DropReader {
    let folder: String
    let latestYear: Int
    var rowCounts: [String: Int] = [:]

    init(folder: String, latestYear: Int) {
        self.folder = folder
        self.latestYear = latestYear
    }

    mutating func decode<R>(_ schema: TableSchema, _ bytes: [UInt8], diagnostics: inout Diagnostics,
                                    _ decoder: (CSVTable, Int, inout Diagnostics) -> Decoded<R>) -> Decoded<R> {
        let path = "\(folder)/\(schema.fileName)"
        guard let table = CSVTable.open(file: path, bytes: bytes, schema: schema, diagnostics: &diagnostics) else {
            rowCounts[path] = 0
            return Decoded()
        }
        let decoded = decoder(table, latestYear, &diagnostics)
        rowCounts[path] = decoded.rowCount
        return decoded
    }

    mutating func units(_ bytes: [UInt8], diagnostics: inout Diagnostics) -> (kept: [UnitKerja], index: DropValidation.UnitIndex) {
        var decoded = decode(.unitKerja, bytes, diagnostics: &diagnostics, RecordDecoders.units)
        DropValidation.units(&decoded.records, diagnostics: &diagnostics)
        return (decoded.records, DropValidation.UnitIndex(file: "\(folder)/unit_kerja.csv", units: decoded.records, rejected: decoded.rejected))
    }

    mutating func indicators(_ bytes: [UInt8], units: DropValidation.UnitIndex, diagnostics: inout Diagnostics) -> [Indicator] {
        var decoded = decode(.indikator, bytes, diagnostics: &diagnostics, RecordDecoders.indicators)
        DropValidation.indicators(&decoded.records, units: units, diagnostics: &diagnostics)
        return decoded.records
    }

    mutating func employees(_ bytes: [UInt8], units: DropValidation.UnitIndex, diagnostics: inout Diagnostics) -> (kept: [Employee], index: DropValidation.EmployeeIndex) {
        var decoded = decode(.pegawai, bytes, diagnostics: &diagnostics, RecordDecoders.employees)
        let position = DropValidation.employees(&decoded.records, units: units, rejected: &decoded.rejected, diagnostics: &diagnostics)
        return (decoded.records, DropValidation.EmployeeIndex(file: "\(folder)/pegawai.csv", employees: decoded.records,
                                                              position: position, rejected: decoded.rejected))
    }

    mutating func activities(_ bytes: [UInt8], employees: DropValidation.EmployeeIndex, diagnostics: inout Diagnostics) -> [SKPActivity] {
        var decoded = decode(.skp, bytes, diagnostics: &diagnostics) { t, year, d in
            RecordDecoders.activities(t, latestYear: year, unitOf: employees.unit(of:), diagnostics: &d)
        }
        DropValidation.activities(&decoded.records, employees: employees, diagnostics: &diagnostics)
        return decoded.records
    }

    mutating func behaviours(_ bytes: [UInt8], employees: DropValidation.EmployeeIndex, diagnostics: inout Diagnostics) -> [BehaviourScores] {
        var decoded = decode(.perilaku, bytes, diagnostics: &diagnostics) { t, year, d in
            RecordDecoders.behaviours(t, latestYear: year, unitOf: employees.unit(of:), diagnostics: &d)
        }
        DropValidation.behaviours(&decoded.records, employees: employees, diagnostics: &diagnostics)
        return decoded.records
    }

    mutating func additionalTasks(_ bytes: [UInt8], employees: DropValidation.EmployeeIndex, diagnostics: inout Diagnostics) -> [AdditionalTask] {
        var decoded = decode(.tambahan, bytes, diagnostics: &diagnostics) { t, year, d in
            RecordDecoders.additionalTasks(t, latestYear: year, unitOf: employees.unit(of:), diagnostics: &d)
        }
        DropValidation.additionalTasks(&decoded.records, employees: employees, diagnostics: &diagnostics)
        return decoded.records
    }
}
