/// The checks across rows and files of one drop: duplicate keys (the later row is rejected and
/// names the earlier line) and references (every employee's unit exists, every SKP, behaviour and
/// additional-task row belongs to a known employee, every indicator to a known unit).
enum DropValidation {
    /// The unit codes other files of a drop may refer to.
    struct UnitIndex {
        let file: String
        let codes: Set<String>
        let rejected: [String: Int]

        init(file: String, units: [UnitKerja], rejected: [String: Int]) {
            self.file = file
            self.codes = Set(units.map(\.kode))
            self.rejected = rejected
        }

        /// Why `code` is not a usable unit, or nil when it is one.
        func problem(_ code: String) -> String? {
            if codes.contains(code) { return nil }
            if let line = rejected[code] { return "kode_unit `\(code)` refers to a unit whose row in \(file) (line \(line)) was rejected" }
            return "kode_unit `\(code)` is not a unit in \(file)"
        }
    }

    /// The employees other files of a drop may refer to.
    struct EmployeeIndex {
        let file: String
        let employees: [Employee]
        private let position: [NIP: Int]
        let rejected: [String: Int]

        /// - Parameter position: where each NIP sits in `employees` (what `DropValidation.employees` returns).
        init(file: String, employees: [Employee], position: [NIP: Int], rejected: [String: Int]) {
            self.file = file
            self.employees = employees
            self.position = position
            self.rejected = rejected
        }

        func position(of nip: NIP) -> Int? { position[nip] }

        /// The unit of the employee `nip` names, nil when it names none.
        func unit(of nip: NIP) -> String? { position[nip].map { employees[$0].kodeUnit } }

        func problem(_ nip: NIP) -> String {
            if let line = rejected[nip.digits] { return "nip `\(nip)` refers to an employee whose row in \(file) (line \(line)) was rejected" }
            return "nip `\(nip)` is not an employee in \(file)"
        }
    }

    static func units(_ units: inout [UnitKerja], diagnostics: inout Diagnostics) {
        var seen: [String: Int] = [:]
        units.retainInOrder { unit in
            if let first = seen[unit.kode] {
                diagnostics.error(unit.source.file, line: unit.source.line, column: "kode_unit", value: unit.kode, unit: unit.kode,
                                  "duplicate kode_unit `\(unit.kode)`: already on line \(first); this row is rejected")
                return false
            }
            seen[unit.kode] = unit.source.line
            return true
        }
        for unit in units {
            guard let parent = unit.kodeInduk else { continue }
            if parent == unit.kode {
                diagnostics.warning(unit.source.file, line: unit.source.line, column: "kode_induk", value: parent, unit: unit.kode,
                                    "kode_induk is the unit itself; it is ignored")
            } else if seen[parent] == nil {
                diagnostics.warning(unit.source.file, line: unit.source.line, column: "kode_induk", value: parent, unit: unit.kode,
                                    "kode_induk `\(parent)` is not a unit in this file")
            }
        }
    }

    static func indicators(_ indicators: inout [Indicator], units: UnitIndex, diagnostics: inout Diagnostics) {
        var seen: [IndicatorKey: Int] = [:]
        indicators.retainInOrder { indicator in
            let at = indicator.source
            if let problem = units.problem(indicator.kodeUnit) {
                diagnostics.error(at.file, line: at.line, column: "kode_unit", value: indicator.kodeUnit, unit: indicator.kodeUnit, "\(problem); this row is rejected")
                return false
            }
            if let first = seen[indicator.key] {
                diagnostics.error(at.file, line: at.line, column: "kode_indikator", value: indicator.kode, unit: indicator.kodeUnit,
                                  "duplicate indicator `\(indicator.kode)` of unit `\(indicator.kodeUnit)`: already on line \(first); this row is rejected")
                return false
            }
            seen[indicator.key] = at.line
            return true
        }
    }

    /// Returns where each kept employee's NIP sits in `employees`, for `EmployeeIndex`.
    /// Employees rejected here for their unit are added to `rejected`, so their SKP, behaviour and
    /// additional-task rows say why they have no employee.
    static func employees(_ employees: inout [Employee], units: UnitIndex, rejected: inout [String: Int],
                          diagnostics: inout Diagnostics) -> [NIP: Int] {
        var register = EmployeeRegister(units: units, expected: employees.count)
        employees.retainInOrder { register.admit($0, diagnostics: &diagnostics) != nil }
        rejected.merge(register.rejectedForUnit) { _, forUnit in forUnit }
        for employee in employees {
            if let warning = register.unknownAppraiser(of: employee) { diagnostics.append(warning) }
        }
        var position = [NIP: Int](minimumCapacity: employees.count)
        for (i, e) in employees.enumerated() { position[e.nip] = i }
        return position
    }

    /// Rows of one employee usually follow each other, so the employee is looked up, and earlier
    /// activities searched for a duplicate `no`, once per run of rows with the same NIP rather
    /// than through a million-entry table. Runs are remembered per employee, so rows of one
    /// employee spread over the file are still compared.
    static func activities(_ activities: inout [SKPActivity], employees: EmployeeIndex, diagnostics: inout Diagnostics) {
        var runs = [[Range<Int>]](repeating: [], count: employees.employees.count)
        var current: NIP?
        var employee: Int?
        var runStart = 0
        var kept = 0
        for read in activities.indices {
            let nip = activities[read].nip, no = activities[read].no, at = activities[read].source
            if nip != current {
                if let previous = employee, runStart < kept { runs[previous].append(runStart..<kept) }
                current = nip
                employee = employees.position(of: nip)
                runStart = kept
            }
            guard let employee else {
                diagnostics.error(at.file, line: at.line, column: "nip", value: nip.digits,
                                  "\(employees.problem(nip)); this row is rejected")
                continue
            }
            if let first = firstLine(of: no, in: activities, runs: runs[employee], current: runStart..<kept) {
                diagnostics.error(at.file, line: at.line, column: "no", value: String(no), unit: employees.employees[employee].kodeUnit,
                                  "duplicate activity no \(no) of nip `\(nip)`: already on line \(first); this row is rejected")
                continue
            }
            if kept != read { activities.swapAt(kept, read) }
            kept += 1
        }
        activities.removeLast(activities.count - kept)
    }

    private static func firstLine(of no: Int, in activities: [SKPActivity], runs: [Range<Int>], current: Range<Int>) -> Int? {
        for run in runs {
            for i in run where activities[i].no == no { return activities[i].source.line }
        }
        for i in current where activities[i].no == no { return activities[i].source.line }
        return nil
    }

    static func behaviours(_ behaviours: inout [BehaviourScores], employees: EmployeeIndex, diagnostics: inout Diagnostics) {
        var scoredOnLine = [Int?](repeating: nil, count: employees.employees.count)
        behaviours.retainInOrder { scores in
            let at = scores.source
            guard let index = employees.position(of: scores.nip) else {
                diagnostics.error(at.file, line: at.line, column: "nip", value: scores.nip.digits, "\(employees.problem(scores.nip)); this row is rejected")
                return false
            }
            let jenisJabatan = employees.employees[index].jenisJabatan
            if let first = scoredOnLine[index] {
                diagnostics.error(at.file, line: at.line, column: "nip", value: scores.nip.digits, unit: employees.employees[index].kodeUnit,
                                  "duplicate behaviour scores for nip `\(scores.nip)`: already on line \(first); this row is rejected")
                return false
            }
            // rules.md A: leadership is the sixth aspect for struktural positions only.
            if jenisJabatan == .struktural && scores.kepemimpinan == nil {
                let row = employees.employees[index].source
                diagnostics.error(at.file, line: at.line, column: "kepemimpinan", value: nil, unit: employees.employees[index].kodeUnit,
                                  "kepemimpinan is required for a struktural employee (\(row.file) line \(row.line)); this row is rejected")
                return false
            }
            if jenisJabatan != .struktural, let given = scores.kepemimpinan {
                diagnostics.warning(at.file, line: at.line, column: "kepemimpinan", value: given.description, unit: employees.employees[index].kodeUnit,
                                    "kepemimpinan is ignored: the employee is \(jenisJabatan.rawValue), and only struktural positions are scored on leadership")
                scores.kepemimpinan = nil
            }
            scoredOnLine[index] = at.line
            return true
        }
    }

    static func additionalTasks(_ tasks: inout [AdditionalTask], employees: EmployeeIndex, diagnostics: inout Diagnostics) {
        tasks.retainInOrder { task in
            if employees.position(of: task.nip) != nil { return true }
            diagnostics.error(task.source.file, line: task.source.line, column: "nip", value: task.nip.digits,
                              "\(employees.problem(task.nip)); this row is rejected")
            return false
        }
    }
}

/// The pegawai.csv checks across rows, one employee at a time in file order: the unit must be a
/// kept unit, and a NIP may appear once (the later row is rejected and names the first kept
/// line). Both `DropValidation.employees` (the whole file in memory) and `StreamedDrop` (the
/// file read piece by piece) admit employees through it, so the two reject the same rows with the
/// same words. It keeps 12 bytes or so per employee, not the records.
struct EmployeeRegister: Sendable {
    let units: DropValidation.UnitIndex
    /// NIP → the employee's place among the kept ones.
    private var ordinal: [UInt64: Int32]
    private var keptLines: [Int32] = []
    /// NIP digits → line of an employee rejected because of its unit (a row rejected by its own
    /// cells is in the decoder's `rejected`).
    private(set) var rejectedForUnit: [String: Int] = [:]
    private var knownUnit = ""  // employees come grouped by unit: check each unit once per group

    init(units: DropValidation.UnitIndex, expected: Int = 0) {
        self.units = units
        ordinal = [UInt64: Int32](minimumCapacity: expected)
        keptLines.reserveCapacity(expected)
    }

    var count: Int { keptLines.count }

    /// The employee's place among the kept ones, or nil (with the reason reported) when its row
    /// is rejected.
    mutating func admit(_ employee: Employee, diagnostics: inout Diagnostics) -> Int? {
        let at = employee.source
        if employee.kodeUnit != knownUnit, let problem = units.problem(employee.kodeUnit) {
            diagnostics.error(at.file, line: at.line, column: "kode_unit", value: employee.kodeUnit, unit: employee.kodeUnit, "\(problem); this row is rejected")
            rejectedForUnit[employee.nip.digits] = at.line
            return nil
        }
        if let first = ordinal[employee.nip.value] {
            diagnostics.error(at.file, line: at.line, column: "nip", value: employee.nip.digits, unit: employee.kodeUnit,
                              "duplicate nip `\(employee.nip)`: already on line \(keptLines[Int(first)]); this row is rejected")
            return nil
        }
        knownUnit = employee.kodeUnit
        let place = keptLines.count
        ordinal[employee.nip.value] = Int32(place)
        keptLines.append(Int32(at.line))
        return place
    }

    /// The kept employee `nip` names, as its place in admission order.
    func place(of nip: NIP) -> Int? { ordinal[nip.value].map(Int.init) }

    /// The warning for an appraiser who is not a kept employee; call once every employee is admitted.
    func unknownAppraiser(of employee: Employee) -> Diagnostic? {
        guard let appraiser = employee.nipPenilai, ordinal[appraiser.value] == nil else { return nil }
        return Diagnostic(file: employee.source.file, line: employee.source.line, column: "nip_penilai", value: appraiser.digits,
                          severity: .warning,
                          message: "nip_penilai `\(appraiser)` is not an employee in this drop (kept: the appraiser may work outside these units)",
                          kodeUnit: employee.kodeUnit)
    }
}

extension Array {
    /// Keeps, in place and in order, the elements `keep` accepts (it may also amend them).
    /// Unlike `removeAll(where:)`, it promises to visit the elements once each, first to last,
    /// which the duplicate checks rely on ("already on line N" names the earlier row).
    mutating func retainInOrder(_ keep: (inout Element) -> Bool) {
        var kept = 0
        for read in indices where keep(&self[read]) {
            if kept != read { swapAt(kept, read) }
            kept += 1
        }
        removeLast(count - kept)
    }
}
