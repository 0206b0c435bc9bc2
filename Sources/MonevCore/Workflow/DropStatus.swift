/// Who has reported: SOP step 2, "menghimpun data triwulanan". For each unit, whether its
/// indicator realisations, SKP realisations and behaviour scores are in, and which are not.
///
/// A blank drop fresh from `monev template` is not wrong, only unfinished: where ingestion
/// rejects an SKP row without realisations, the status calls it "not yet filled in". Problems of
/// another kind (a malformed number, an unknown unit) are counted apart; `monev validate` names them.
public struct DropStatus: Sendable {
    /// An employee whose SKP realisations are not all in.
    public struct PendingSKP: Sendable, Hashable {
        public var nip: NIP
        /// The `no` of each activity still without its realisations; empty when the employee has
        /// no SKP activity at all (nothing to appraise).
        public var activities: [Int]
        /// The employee's activities in skp.csv.
        public var total: Int

        public init(nip: NIP, activities: [Int], total: Int) {
            self.nip = nip
            self.activities = activities
            self.total = total
        }

        /// `(no 1, 3)`, `(all 6 activities)` or `(no SKP activity)`.
        public var summary: String {
            if total == 0 { return "no SKP activity" }
            if activities.count == total { return total == 1 ? "its 1 activity" : "all \(total) activities" }
            return "no " + activities.map(String.init).joined(separator: ", ")
        }
    }

    public struct UnitStatus: Sendable {
        public var unit: UnitKerja
        public var indicatorCount: Int
        /// kode_indikator of the indicators without realisasi_triwulan, in file order.
        public var indicatorsPending: [String]
        public var employeeCount: Int
        /// By NIP.
        public var skpPending: [PendingSKP]
        /// NIPs of employees without a complete behaviour row, sorted.
        public var behaviourPending: [NIP]

        public var isComplete: Bool { indicatorsPending.isEmpty && skpPending.isEmpty && behaviourPending.isEmpty }
    }

    public var period: Period
    /// Sorted by unit code.
    public var units: [UnitStatus]
    /// False for a units-only drop (no pegawai.csv, skp.csv, perilaku.csv): only indicators are checked.
    public var hasIndividualFiles: Bool
    /// Errors of this quarter's files that are not a blank waiting to be filled, in
    /// `Diagnostics.sorted` order.
    public var otherErrors: [Diagnostic]

    /// Everything is in: no unit waits for anything.
    public var isComplete: Bool { units.allSatisfy(\.isComplete) }

    /// Reads the drop of `period` as `monev run` would, then looks at the realisation and score
    /// cells of skp.csv and perilaku.csv row by row. Throws what ingestion throws (a missing
    /// folder or required file).
    public static func read(period: Period, from source: some InputSource) throws(IngestionFailure) -> DropStatus {
        var diagnostics = Diagnostics()
        let input = try Ingestion.load(period: period, from: source, diagnostics: &diagnostics)
        let drop = input.current
        let folder = period.description
        let employees = Dictionary(drop.employees.map { ($0.nip, $0) }, uniquingKeysWith: { a, _ in a })

        // Rows ingestion rejected only because they are not filled in yet.
        var blankLines: Set<SourceLocation> = []
        var skp = FillState()
        var behaviour = FillState()
        let individual = input.rowCounts["\(folder)/pegawai.csv"] != nil
        if individual {
            if let bytes = try? source.read("\(folder)/skp.csv") {
                skp = activityFill(file: "\(folder)/skp.csv", bytes: bytes, year: period.year)
            }
            if let bytes = try? source.read("\(folder)/perilaku.csv") {
                behaviour = behaviourFill(file: "\(folder)/perilaku.csv", bytes: bytes, year: period.year, employees: employees)
            }
            blankLines = skp.blankLines.union(behaviour.blankLines)
        }

        let indicatorsByUnit = Dictionary(grouping: drop.indicators, by: \.kodeUnit)
        let employeesByUnit = Dictionary(grouping: drop.employees, by: \.kodeUnit)
        let units = drop.units.sorted { $0.kode < $1.kode }.map { unit -> UnitStatus in
            let indicators = indicatorsByUnit[unit.kode] ?? []
            let staff = (employeesByUnit[unit.kode] ?? []).sorted { $0.nip < $1.nip }
            var skpPending: [PendingSKP] = []
            var behaviourPending: [NIP] = []
            if individual {
                for e in staff {
                    let rows = skp.rows[e.nip] ?? []
                    let pending = rows.filter { !$0.filled }.map(\.no)
                    if rows.isEmpty || !pending.isEmpty { skpPending.append(PendingSKP(nip: e.nip, activities: pending, total: rows.count)) }
                    if behaviour.rows[e.nip]?.contains(where: \.filled) != true { behaviourPending.append(e.nip) }
                }
            }
            return UnitStatus(unit: unit, indicatorCount: indicators.count,
                              indicatorsPending: indicators.filter { $0.realisasiTriwulan == nil }.map(\.kode),
                              employeeCount: staff.count, skpPending: skpPending, behaviourPending: behaviourPending)
        }
        let other = diagnostics.items.filter { d in
            guard d.severity == .error, d.file == folder || d.file.hasPrefix(folder + "/") else { return false }
            guard let line = d.line else { return true }
            return !blankLines.contains(SourceLocation(file: d.file, line: line))
        }
        return DropStatus(period: period, units: units, hasIndividualFiles: individual, otherErrors: Diagnostics(other).sorted)
    }

    // MARK: Reading the cells

    /// Rows of one file by NIP: the activity `no` (0 for behaviour rows) and whether the row is filled in.
    struct FillState {
        var rows: [NIP: [(no: Int, filled: Bool)]] = [:]
        var blankLines: Set<SourceLocation> = []
    }

    /// An SKP row is filled in when realisasi_kuantitas is set and, for an activity carried out
    /// (more than 0), kualitas and waktu are too, and biaya where the activity has a budget:
    /// exactly the cells ingestion requires (rules.md A).
    static func activityFill(file: String, bytes: [UInt8], year: Int) -> FillState {
        var state = FillState()
        var ignored = Diagnostics()
        guard let table = CSVTable.open(file: file, bytes: bytes, schema: .skp, diagnostics: &ignored) else { return state }
        let nipColumn = table.column("nip"), noColumn = table.column("no"), tb = table.column("target_biaya")
        let ro = table.column("realisasi_kuantitas"), rk = table.column("realisasi_kualitas")
        let rw = table.column("realisasi_waktu"), rb = table.column("realisasi_biaya")
        _ = table.forEachRow(latestYear: year, diagnostics: &ignored) { row in
            guard case .success(let nip) = row.checkedNIP(nipColumn) else { return }
            let no = Int(row.text(noColumn)) ?? 0
            var filled = row.hasValue(ro)
            if filled, (row.number(ro) ?? .zero) > .zero {
                filled = row.hasValue(rk) && row.hasValue(rw)
                if (row.number(tb) ?? .zero) > .zero { filled = filled && row.hasValue(rb) }
            }
            state.rows[nip, default: []].append((no, filled))
            if !filled { state.blankLines.insert(SourceLocation(file: file, line: row.line)) }
        }
        return state
    }

    /// A behaviour row is filled in when its five aspects are set, and kepemimpinan too for a
    /// struktural employee.
    static func behaviourFill(file: String, bytes: [UInt8], year: Int, employees: [NIP: Employee]) -> FillState {
        var state = FillState()
        var ignored = Diagnostics()
        guard let table = CSVTable.open(file: file, bytes: bytes, schema: .perilaku, diagnostics: &ignored) else { return state }
        let nipColumn = table.column("nip")
        let aspects = ["orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"].map(table.column)
        let kepemimpinan = table.column("kepemimpinan")
        _ = table.forEachRow(latestYear: year, diagnostics: &ignored) { row in
            guard case .success(let nip) = row.checkedNIP(nipColumn) else { return }
            var filled = aspects.allSatisfy { row.hasValue($0) }
            if employees[nip]?.jenisJabatan == .struktural { filled = filled && row.hasValue(kepemimpinan) }
            state.rows[nip, default: []].append((0, filled))
            if !filled { state.blankLines.insert(SourceLocation(file: file, line: row.line)) }
        }
        return state
    }
}

private extension Row {
    /// Whether the cell holds a value: not empty and not the contract's "not set", `-`.
    func hasValue(_ c: Column) -> Bool { isSet(c) && text(c) != "-" }
}
