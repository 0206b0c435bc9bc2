/// One person named on the Penilaian Prestasi Kerja form (Perka BKN 1/2013): items 1–3 print
/// each party's name, NIP, rank, position and organisational unit.
public struct AppraisalParty: Sendable, Hashable {
    public var nama: String
    public var nip: NIP?
    /// Empty when the data does not say (a unit head known only from unit_kerja.csv).
    public var pangkatGolongan: String
    public var jabatan: String
    public var unitOrganisasi: String

    public init(nama: String, nip: NIP?, pangkatGolongan: String, jabatan: String, unitOrganisasi: String) {
        self.nama = nama
        self.nip = nip
        self.pangkatGolongan = pangkatGolongan
        self.jabatan = jabatan
        self.unitOrganisasi = unitOrganisasi
    }

    /// As a signature block names them.
    public var official: Official { Official(nama: nama, nip: nip, jabatan: jabatan) }
}

/// The three parties of one employee's appraisal: the appraised (PNS yang dinilai), the
/// appraising official (pejabat penilai) and that official's superior (atasan pejabat penilai).
/// A party the data cannot name is nil and the form leaves dotted lines to fill by hand.
public struct AppraisalParties: Sendable, Hashable {
    public var dinilai: AppraisalParty
    public var penilai: AppraisalParty?
    public var atasanPenilai: AppraisalParty?
}

/// Finds who appraises whom (PP 46/2011 art. 1: the pejabat penilai is the direct superior; the
/// atasan pejabat penilai is that official's superior).
///
/// The appraiser is the employee's `nip_penilai` where given. Where not, the line of command is
/// followed: the head of the employee's unit (unit_kerja.csv), else the head of the parent unit,
/// and so on up; above the top unit stands the organisation's signatory (the Sekretaris). The
/// superior is found the same way, starting from the appraiser.
public struct AppraisalDirectory: Sendable {
    private let employees: [NIP: Employee]
    private let units: [String: UnitKerja]
    /// The unit each head (by NIP) leads, for following the line above a head.
    private let unitHeadedBy: [NIP: UnitKerja]
    private let organisation: Organisation

    /// `employees` and `units` are the whole drop's (an appraiser may work in another unit).
    public init(employees: [Employee], units: [UnitKerja], organisation: Organisation) {
        self.employees = Dictionary(employees.map { ($0.nip, $0) }, uniquingKeysWith: { a, _ in a })
        self.units = Dictionary(units.map { ($0.kode, $0) }, uniquingKeysWith: { a, _ in a })
        var heads: [NIP: UnitKerja] = [:]
        for u in units.sorted(by: { $0.kode < $1.kode }) {
            if let nip = u.kepala?.nip, heads[nip] == nil { heads[nip] = u }
        }
        unitHeadedBy = heads
        self.organisation = organisation
    }

    public func parties(of employee: Employee) -> AppraisalParties {
        let dinilai = party(employee)
        let penilai = appraiser(nip: employee.nip, named: employee.nama, given: employee.nipPenilai, unit: employee.kodeUnit)
        var atasan: AppraisalParty?
        if let p = penilai {
            if let nip = p.nip, let e = employees[nip] {
                atasan = appraiser(nip: nip, named: e.nama, given: e.nipPenilai, unit: e.kodeUnit)
            } else if let led = unitLed(by: p) {
                atasan = lineAbove(nip: p.nip, named: p.nama, from: led.kodeInduk)
            }
        }
        // A chain that loops back (A appraises B, B appraises A) names nobody rather than the employee.
        if let a = atasan, a.nip != nil, a.nip == employee.nip { atasan = nil }
        return AppraisalParties(dinilai: dinilai, penilai: penilai, atasanPenilai: atasan)
    }

    /// The appraiser of a person: `given` when set (and not the person), else the line of command
    /// from their unit.
    private func appraiser(nip: NIP, named nama: String, given: NIP?, unit: String) -> AppraisalParty? {
        if let given, given != nip { return party(nip: given) }
        return lineAbove(nip: nip, named: nama, from: unit)
    }

    /// The first head, from unit `kode` upwards, who is not the person; the organisation's
    /// signatory above the top unit.
    private func lineAbove(nip: NIP?, named nama: String, from kode: String?) -> AppraisalParty? {
        var next = kode
        var visited: Set<String> = []
        while let k = next, let unit = units[k], visited.insert(k).inserted {
            if let head = unit.kepala, !isSamePerson(head, nip: nip, nama: nama) {
                if let headNIP = head.nip, let e = employees[headNIP] { return party(e) }
                return AppraisalParty(nama: head.nama, nip: head.nip, pangkatGolongan: "", jabatan: head.jabatan, unitOrganisasi: unit.nama)
            }
            next = unit.kodeInduk
        }
        let signatory = organisation.penandatangan
        if isSamePerson(signatory, nip: nip, nama: nama) { return nil }
        return AppraisalParty(nama: signatory.nama, nip: signatory.nip, pangkatGolongan: "", jabatan: signatory.jabatan,
                              unitOrganisasi: organisation.instansi)
    }

    /// The person with this NIP, as far as the drop and the configuration know them.
    private func party(nip: NIP) -> AppraisalParty {
        if let e = employees[nip] { return party(e) }
        if let unit = unitHeadedBy[nip], let head = unit.kepala {
            return AppraisalParty(nama: head.nama, nip: nip, pangkatGolongan: "", jabatan: head.jabatan, unitOrganisasi: unit.nama)
        }
        let signatory = organisation.penandatangan
        if signatory.nip == nip {
            return AppraisalParty(nama: signatory.nama, nip: nip, pangkatGolongan: "", jabatan: signatory.jabatan, unitOrganisasi: organisation.instansi)
        }
        // Known by NIP only: the form prints it and leaves the rest to fill by hand.
        return AppraisalParty(nama: "", nip: nip, pangkatGolongan: "", jabatan: "", unitOrganisasi: "")
    }

    private func party(_ e: Employee) -> AppraisalParty {
        AppraisalParty(nama: e.nama, nip: e.nip, pangkatGolongan: e.pangkatGolongan, jabatan: e.jabatan,
                       unitOrganisasi: units[e.kodeUnit]?.nama ?? e.kodeUnit)
    }

    /// The unit a party heads (by NIP, or by name for a head whose NIP the data lacks).
    private func unitLed(by p: AppraisalParty) -> UnitKerja? {
        if let nip = p.nip { return unitHeadedBy[nip] }
        return units.values.sorted { $0.kode < $1.kode }.first { $0.kepala?.nip == nil && $0.kepala?.nama == p.nama }
    }

    /// Compared by NIP when both are known, else by name.
    private func isSamePerson(_ official: Official, nip: NIP?, nama: String) -> Bool {
        if let a = official.nip, let b = nip { return a == b }
        return official.nama == nama
    }
}
