extension DropStatus {
    /// What `monev status` prints: one line per unit, and under a unit that is not complete what
    /// is missing, by indicator code and NIP.
    public var report: String {
        let complete = units.filter(\.isComplete).count
        var lines = ["\(period): \(complete) of \(units.count) unit\(units.count == 1 ? "" : "s") have everything in"
                     + (hasIndividualFiles ? "" : " (units only: no pegawai.csv, so no SKP or behaviour to check)")]
        for u in units {
            let head = "\(u.unit.kode) \(u.unit.nama)"
            let size = "\(u.indicatorCount) indicator\(u.indicatorCount == 1 ? "" : "s")"
                + (hasIndividualFiles ? ", \(u.employeeCount) employee\(u.employeeCount == 1 ? "" : "s")" : "")
            if u.isComplete {
                lines.append("\(head): complete (\(size))")
                continue
            }
            lines.append("\(head): missing (\(size))")
            if !u.indicatorsPending.isEmpty {
                lines.append("  indicator realisations (\(u.indicatorsPending.count) of \(u.indicatorCount)): \(u.indicatorsPending.joined(separator: ", "))")
            }
            if !u.skpPending.isEmpty {
                let items = u.skpPending.map { "\($0.nip) (\($0.summary))" }
                lines.append("  SKP realisations (\(u.skpPending.count) of \(u.employeeCount) employees): \(items.joined(separator: "; "))")
            }
            if !u.behaviourPending.isEmpty {
                lines.append("  behaviour scores (\(u.behaviourPending.count) of \(u.employeeCount) employees): \(u.behaviourPending.map(\.description).joined(separator: ", "))")
            }
        }
        if !otherErrors.isEmpty {
            lines.append("\(otherErrors.count) other error\(otherErrors.count == 1 ? "" : "s") in \(period) (not blanks; `monev validate` lists them all):")
            for d in otherErrors.prefix(10) { lines.append("  \(d.description)") }
            if otherErrors.count > 10 { lines.append("  … \(otherErrors.count - 10) more") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `monev status --out FILE`: one row per unit and part (indikator, skp, perilaku) with the
    /// count expected, the count missing and what is missing, for a reminder list.
    public var csvText: String {
        var csv = CSVText(header: ["kode_unit", "nama_unit", "bagian", "jumlah", "belum_masuk", "rincian"], expectedRows: units.count * 3)
        for u in units {
            var parts: [(String, Int, [String])] = [("indikator", u.indicatorCount, u.indicatorsPending)]
            if hasIndividualFiles {
                parts.append(("skp", u.employeeCount, u.skpPending.map { "\($0.nip) (\($0.summary))" }))
                parts.append(("perilaku", u.employeeCount, u.behaviourPending.map(\.description)))
            }
            for (part, total, pending) in parts {
                csv.text(u.unit.kode)
                csv.text(u.unit.nama)
                csv.text(part)
                csv.integer(total)
                csv.integer(pending.count)
                csv.text(pending.joined(separator: "; "))
                csv.endRow()
            }
        }
        return csv.output
    }
}
