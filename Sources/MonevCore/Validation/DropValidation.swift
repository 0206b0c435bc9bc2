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
        let byNIP: [NIP: Employee]
        let rejected: [String: Int]

        func problem(_ nip: NIP) -> String {
            if let line = rejected[nip.digits] { return "nip `\(nip)` refers to an employee whose row in \(file) (line \(line)) was rejected" }
            return "nip `\(nip)` is not an employee in \(file)"
        }
    }

    static func units(_ decoded: Decoded<UnitKerja>, diagnostics: inout Diagnostics) -> [UnitKerja] {
        var seen: [String: Int] = [:]
        var kept: [UnitKerja] = []
        for unit in decoded.records {
            if let first = seen[unit.kode] {
                diagnostics.error(unit.source.file, line: unit.source.line, column: "kode_unit", value: unit.kode,
                                  "duplicate kode_unit `\(unit.kode)`: already on line \(first); this row is rejected")
                continue
            }
            seen[unit.kode] = unit.source.line
            kept.append(unit)
        }
        for unit in kept {
            guard let parent = unit.kodeInduk else { continue }
            if parent == unit.kode {
                diagnostics.warning(unit.source.file, line: unit.source.line, column: "kode_induk", value: parent,
                                    "kode_induk is the unit itself; it is ignored")
            } else if seen[parent] == nil {
                diagnostics.warning(unit.source.file, line: unit.source.line, column: "kode_induk", value: parent,
                                    "kode_induk `\(parent)` is not a unit in this file")
            }
        }
        return kept
    }

    static func indicators(_ decoded: Decoded<Indicator>, units: UnitIndex, diagnostics: inout Diagnostics) -> [Indicator] {
        var seen: [IndicatorKey: Int] = [:]
        var kept: [Indicator] = []
        for indicator in decoded.records {
            let at = indicator.source
            if let problem = units.problem(indicator.kodeUnit) {
                diagnostics.error(at.file, line: at.line, column: "kode_unit", value: indicator.kodeUnit, "\(problem); this row is rejected")
                continue
            }
            if let first = seen[indicator.key] {
                diagnostics.error(at.file, line: at.line, column: "kode_indikator", value: indicator.kode,
                                  "duplicate indicator `\(indicator.kode)` of unit `\(indicator.kodeUnit)`: already on line \(first); this row is rejected")
                continue
            }
            seen[indicator.key] = at.line
            kept.append(indicator)
        }
        return kept
    }

    static func employees(_ decoded: Decoded<Employee>, units: UnitIndex, diagnostics: inout Diagnostics) -> [Employee] {
        var seen: [NIP: Int] = [:]
        var kept: [Employee] = []
        for employee in decoded.records {
            let at = employee.source
            if let problem = units.problem(employee.kodeUnit) {
                diagnostics.error(at.file, line: at.line, column: "kode_unit", value: employee.kodeUnit, "\(problem); this row is rejected")
                continue
            }
            if let first = seen[employee.nip] {
                diagnostics.error(at.file, line: at.line, column: "nip", value: employee.nip.digits,
                                  "duplicate nip `\(employee.nip)`: already on line \(first); this row is rejected")
                continue
            }
            seen[employee.nip] = at.line
            kept.append(employee)
        }
        for employee in kept {
            guard let appraiser = employee.nipPenilai, seen[appraiser] == nil else { continue }
            diagnostics.warning(employee.source.file, line: employee.source.line, column: "nip_penilai", value: appraiser.digits,
                                "nip_penilai `\(appraiser)` is not an employee in this drop (kept: the appraiser may work outside these units)")
        }
        return kept
    }

    static func activities(_ decoded: Decoded<SKPActivity>, employees: EmployeeIndex, diagnostics: inout Diagnostics) -> [SKPActivity] {
        struct Key: Hashable { let nip: NIP; let no: Int }
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(decoded.records.count)
        var kept: [SKPActivity] = []
        kept.reserveCapacity(decoded.records.count)
        var lastKnown: NIP?
        for activity in decoded.records {
            let at = activity.source
            // Rows of one employee usually follow each other: look the NIP up once per run of rows.
            if activity.nip != lastKnown {
                guard employees.byNIP[activity.nip] != nil else {
                    diagnostics.error(at.file, line: at.line, column: "nip", value: activity.nip.digits,
                                      "\(employees.problem(activity.nip)); this row is rejected")
                    continue
                }
                lastKnown = activity.nip
            }
            let key = Key(nip: activity.nip, no: activity.no)
            if let first = seen[key] {
                diagnostics.error(at.file, line: at.line, column: "no", value: String(activity.no),
                                  "duplicate activity no \(activity.no) of nip `\(activity.nip)`: already on line \(first); this row is rejected")
                continue
            }
            seen[key] = at.line
            kept.append(activity)
        }
        return kept
    }

    static func behaviours(_ decoded: Decoded<BehaviourScores>, employees: EmployeeIndex, diagnostics: inout Diagnostics) -> [BehaviourScores] {
        var seen: [NIP: Int] = [:]
        var kept: [BehaviourScores] = []
        for var scores in decoded.records {
            let at = scores.source
            guard let employee = employees.byNIP[scores.nip] else {
                diagnostics.error(at.file, line: at.line, column: "nip", value: scores.nip.digits, "\(employees.problem(scores.nip)); this row is rejected")
                continue
            }
            if let first = seen[scores.nip] {
                diagnostics.error(at.file, line: at.line, column: "nip", value: scores.nip.digits,
                                  "duplicate behaviour scores for nip `\(scores.nip)`: already on line \(first); this row is rejected")
                continue
            }
            // rules.md A: leadership is the sixth aspect for struktural positions only.
            if employee.jenisJabatan == .struktural && scores.kepemimpinan == nil {
                diagnostics.error(at.file, line: at.line, column: "kepemimpinan", value: nil,
                                  "kepemimpinan is required for a struktural employee (\(employee.source.file) line \(employee.source.line)); this row is rejected")
                continue
            }
            if employee.jenisJabatan != .struktural, let given = scores.kepemimpinan {
                diagnostics.warning(at.file, line: at.line, column: "kepemimpinan", value: given.description,
                                    "kepemimpinan is ignored: the employee is \(employee.jenisJabatan.rawValue), and only struktural positions are scored on leadership")
                scores.kepemimpinan = nil
            }
            seen[scores.nip] = at.line
            kept.append(scores)
        }
        return kept
    }

    static func additionalTasks(_ decoded: Decoded<AdditionalTask>, employees: EmployeeIndex, diagnostics: inout Diagnostics) -> [AdditionalTask] {
        decoded.records.filter { task in
            if employees.byNIP[task.nip] != nil { return true }
            diagnostics.error(task.source.file, line: task.source.line, column: "nip", value: task.nip.digits,
                              "\(employees.problem(task.nip)); this row is rejected")
            return false
        }
    }
}
