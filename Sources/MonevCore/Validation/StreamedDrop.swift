/// The requested quarter's drop read so that a run holds one unit's records at a time: what
/// `monev run` uses instead of `Ingestion.load`, whose `InputSet` holds every row of the office.
///
/// `index` reads the small files whole (units, indicators, earlier quarters) and the employee
/// files piece by piece: pegawai.csv is decoded and checked as `Ingestion.load` checks it, keeping
/// only a compact register (NIP → place, unit) instead of the records; every skp, perilaku and
/// tambahan row is filed under the unit of the employee its NIP names (`PartitionedFile`), and
/// rows that name no employee are decoded and reported right away. `unitDrop` then reads one
/// unit's rows back and decodes and checks them with the same decoders and `DropValidation`
/// checks, so a unit's records and diagnostics are exactly those a whole-file read gives it (an
/// employee's rows all belong to its unit, which is what makes the checks across rows local).
public struct StreamedDrop: Sendable {
    public let period: Period
    /// The units, indicators and earlier quarters (no employee rows): what indicator scoring and
    /// the previous quarter's summaries read.
    public let frame: InputSet
    /// The kept units in report order (code, then line): the order units are scored and their
    /// rows appended to the office-wide outputs.
    public let units: [UnitKerja]
    /// Data rows per file, for run.json.
    public let rowCounts: [String: Int]
    private let employeeFiles: EmployeeFiles?

    /// The employee files of a drop that has them, filed by unit.
    private struct EmployeeFiles: Sendable {
        var register: EmployeeRegister
        /// Place of a kept employee (`EmployeeRegister.place`) → unit ordinal.
        var unitOfPlace: [Int32]
        /// NIP digits → line of a pegawai.csv row that was rejected (the reason its rows fail).
        var rejected: [String: Int]
        var pegawai: PartitionedFile?
        var skp: PartitionedFile?
        var perilaku: PartitionedFile?
        var tambahan: PartitionedFile?
    }

    /// Reads and checks everything but the employee rows of each unit (see the type's comment).
    /// Throws as `Ingestion.load` does when the period folder or a required file is missing.
    /// `pieceSize`: how much of a large file is read at a time (tests make it small).
    public static func index(period: Period, from source: some InputSource, diagnostics: inout Diagnostics,
                             pieceSize: Int = RowPartition.pieceSize) throws(IngestionFailure) -> StreamedDrop {
        let folder = period.description
        guard source.directoryExists(folder) else { throw .periodFolderMissing(folder) }
        var small: [String: [UInt8]] = [:]
        for name in Ingestion.required {
            if let bytes = Ingestion.fetch("\(folder)/\(name)", from: source, diagnostics: &diagnostics) { small[name] = bytes }
        }
        var firstPieces: [String: [UInt8]] = [:]
        for name in Ingestion.individual + ["tambahan.csv"] {
            let path = "\(folder)/\(name)"
            do {
                if let piece = try source.read(path, offset: 0, count: pieceSize) { firstPieces[name] = piece }
            } catch {
                diagnostics.error(path, "cannot be read: \(error)")
            }
        }
        let individual = try Ingestion.checkPresence(folder: folder, present: Set(small.keys).union(firstPieces.keys), diagnostics: &diagnostics)
        var frame = Ingestion.readFrame(period: period, unitBytes: small["unit_kerja.csv"]!, indicatorBytes: small["indikator.csv"]!,
                                        from: source, diagnostics: &diagnostics)
        let units = frame.current.units.sorted { ($0.kode, $0.source.line) < ($1.kode, $1.source.line) }
        var files: EmployeeFiles?
        if individual {
            files = readEmployeeFiles(folder: folder, year: period.year, units: units, unitIndex: frame.units, firstPieces: firstPieces,
                                      pieceSize: pieceSize,
                                      from: source, rowCounts: &frame.reader.rowCounts, diagnostics: &diagnostics)
        } else if firstPieces["tambahan.csv"] != nil {
            diagnostics.warning("\(folder)/tambahan.csv", "ignored: there is no pegawai.csv to attach additional tasks to")
        }
        let input = InputSet(period: period, current: frame.current, history: frame.history, missingHistory: frame.missingHistory,
                             rowCounts: frame.reader.rowCounts)
        return StreamedDrop(period: period, frame: input, units: units, rowCounts: frame.reader.rowCounts, employeeFiles: files)
    }

    /// The drop of unit `units[ordinal]`: its unit, indicators, employees and their rows, read back
    /// from the input and checked; their diagnostics go to `diagnostics` (those of its pegawai.csv
    /// rows were given by `index`).
    public func unitDrop(_ ordinal: Int, from source: some InputSource, diagnostics: inout Diagnostics) -> QuarterDrop {
        let unit = units[ordinal]
        var drop = QuarterDrop(period: period)
        drop.units = [unit]
        drop.indicators = frame.current.indicators.filter { $0.kodeUnit == unit.kode }
        guard let files = employeeFiles, let pegawai = files.pegawai else { return drop }
        let year = period.year
        var given = Diagnostics()
        for table in pegawai.tables(of: ordinal, from: source) {
            drop.employees += RecordDecoders.employees(table, latestYear: year, diagnostics: &given).records
        }
        var position = [NIP: Int](minimumCapacity: drop.employees.count)
        for (i, e) in drop.employees.enumerated() {
            position[e.nip] = i
            if let warning = files.register.unknownAppraiser(of: e) { diagnostics.append(warning) }
        }
        let employees = DropValidation.EmployeeIndex(file: pegawai.path, employees: drop.employees, position: position, rejected: files.rejected)
        drop.activities = Self.decode(files.skp, ordinal, source, &diagnostics) { t, d in
            RecordDecoders.activities(t, latestYear: year, unitOf: employees.unit(of:), diagnostics: &d)
        }
        DropValidation.activities(&drop.activities, employees: employees, diagnostics: &diagnostics)
        drop.behaviours = Self.decode(files.perilaku, ordinal, source, &diagnostics) { t, d in
            RecordDecoders.behaviours(t, latestYear: year, unitOf: employees.unit(of:), diagnostics: &d)
        }
        DropValidation.behaviours(&drop.behaviours, employees: employees, diagnostics: &diagnostics)
        drop.additionalTasks = Self.decode(files.tambahan, ordinal, source, &diagnostics) { t, d in
            RecordDecoders.additionalTasks(t, latestYear: year, unitOf: employees.unit(of:), diagnostics: &d)
        }
        DropValidation.additionalTasks(&drop.additionalTasks, employees: employees, diagnostics: &diagnostics)
        return drop
    }

    private static func decode<R>(_ file: PartitionedFile?, _ unit: Int, _ source: some InputSource, _ diagnostics: inout Diagnostics,
                                  _ decoder: (CSVTable, inout Diagnostics) -> Decoded<R>) -> [R] {
        guard let file else { return [] }
        var records: [R] = []
        for table in file.tables(of: unit, from: source) { records += decoder(table, &diagnostics).records }
        return records
    }

    // MARK: Index

    private static func readEmployeeFiles(folder: String, year: Int, units: [UnitKerja], unitIndex: DropValidation.UnitIndex,
                                          firstPieces: [String: [UInt8]], pieceSize: Int, from source: some InputSource,
                                          rowCounts: inout [String: Int], diagnostics: inout Diagnostics) -> EmployeeFiles {
        var ordinalOf: [String: Int] = [:]
        for (i, u) in units.enumerated() where ordinalOf[u.kode] == nil { ordinalOf[u.kode] = i }

        // pegawai.csv: decoded piece by piece and admitted in file order, as `DropValidation.employees` does.
        var register = EmployeeRegister(units: unitIndex)
        var unitOfPlace: [Int32] = []
        var decoderRejected: [String: Int] = [:]
        let pegawaiPath = "\(folder)/pegawai.csv"
        var runs = UnitRuns(units: units.count)
        var rows = 0
        let read = RowPartition.read(pegawaiPath, schema: .pegawai, first: firstPieces["pegawai.csv"]!, pieceSize: pieceSize, from: source,
                                     diagnostics: &diagnostics) { table, base, d in
            let decoded = RecordDecoders.employees(table, latestYear: year, diagnostics: &d)
            rows += decoded.rowCount
            decoderRejected.merge(decoded.rejected) { _, later in later }
            for (e, span) in zip(decoded.records, decoded.spans) where register.admit(e, diagnostics: &d) != nil {
                let u = ordinalOf[e.kodeUnit]!
                unitOfPlace.append(Int32(u))
                runs.file(span, at: base, line: e.source.line, unit: u)
            }
        }
        finish(pegawaiPath, read, rows: rows, &rowCounts, &diagnostics)
        var files = EmployeeFiles(register: register, unitOfPlace: unitOfPlace,
                                  rejected: decoderRejected.merging(register.rejectedForUnit) { _, forUnit in forUnit })
        files.pegawai = read.map { PartitionedFile(path: pegawaiPath, table: $0.0, text: $0.1, runs: runs) }

        // Rows naming no kept employee are checked against no employee: each is reported as today.
        let nobody = DropValidation.EmployeeIndex(file: pegawaiPath, employees: [], position: [:], rejected: files.rejected)
        func partition<R>(_ name: String, _ schema: TableSchema, _ decoder: (CSVTable, inout Diagnostics) -> Decoded<R>,
                          _ check: (inout [R], inout Diagnostics) -> Void) -> PartitionedFile? {
            guard let first = firstPieces[name] else { return nil }
            let path = "\(folder)/\(name)"
            var runs = UnitRuns(units: units.count)
            var rows = 0
            let read = RowPartition.read(path, schema: schema, first: first, pieceSize: pieceSize, from: source,
                                         diagnostics: &diagnostics) { table, base, d in
                let nip = table.column("nip")
                rows += table.forEachRow(latestYear: year, diagnostics: &d) { row in
                    var unit: Int?
                    if case .success(let n)? = row.checkedNIP(nip), let place = files.register.place(of: n) {
                        unit = Int(files.unitOfPlace[place])
                    }
                    runs.file(row.bytes, at: base, line: row.line, unit: unit)
                }
            }
            finish(path, read, rows: rows, &rowCounts, &diagnostics)
            guard let read else { return nil }
            var file = PartitionedFile(path: path, table: read.0, text: read.1, runs: runs)
            var unowned = decode(file, runs.noUnit, source, &diagnostics, decoder)
            check(&unowned, &diagnostics)
            file.runs.runs[runs.noUnit] = []
            return file
        }
        files.skp = partition("skp.csv", .skp, { t, d in RecordDecoders.activities(t, latestYear: year, unitOf: { _ in nil }, diagnostics: &d) },
                              { DropValidation.activities(&$0, employees: nobody, diagnostics: &$1) })
        files.perilaku = partition("perilaku.csv", .perilaku, { t, d in RecordDecoders.behaviours(t, latestYear: year, unitOf: { _ in nil }, diagnostics: &d) },
                                   { DropValidation.behaviours(&$0, employees: nobody, diagnostics: &$1) })
        files.tambahan = partition("tambahan.csv", .tambahan, { t, d in RecordDecoders.additionalTasks(t, latestYear: year, unitOf: { _ in nil }, diagnostics: &d) },
                                   { DropValidation.additionalTasks(&$0, employees: nobody, diagnostics: &$1) })
        return files
    }

    /// Counts the file's rows as `Ingestion.load` does (0 for a file it could not read) and warns
    /// about a header without rows, which the pieces, each a fragment, do not.
    private static func finish(_ path: String, _ read: (CSVTable, RowText)?, rows: Int, _ rowCounts: inout [String: Int],
                               _ diagnostics: inout Diagnostics) {
        rowCounts[path] = read == nil ? 0 : rows
        if read != nil && rows == 0 { CSVTable.reportNoRows(path, &diagnostics) }
    }
}
