/// What decoding one file gives: the rows that passed every row-level check, and the keys of the
/// rows that did not, so rows elsewhere that refer to them can say why their reference fails.
struct Decoded<Record> {
    var records: [Record] = []
    /// Key text (unit code, NIP digits) of a rejected row → its line.
    var rejected: [String: Int] = [:]
    /// Data rows in the file (rejected ones included).
    var rowCount = 0
    /// Where each record's row lies in the table's text (`Row.bytes`), for the decoders whose
    /// rows `StreamedDrop` files by unit (employees).
    var spans: [Range<Int>] = []
}

/// Turns each input file into records, applying the checks a row can answer on its own
/// (formats, enumerations, the SKP rules of rules.md A). Checks across rows and files are
/// `DropValidation`'s.
enum RecordDecoders {
    static func units(_ t: CSVTable, latestYear: Int, diagnostics: inout Diagnostics) -> Decoded<UnitKerja> {
        let kode = t.column("kode_unit"), nama = t.column("nama_unit"), induk = t.column("kode_induk")
        let namaKepala = t.column("nama_kepala"), nipKepala = t.column("nip_kepala"), jabatanKepala = t.column("jabatan_kepala")
        var out = Decoded<UnitKerja>()
        out.rowCount = t.forEachRow(latestYear: latestYear, diagnostics: &diagnostics) { row in
            let code = row.text(kode)
            row.kodeUnit = code
            if let problem = UnitCodeRule.problem(code) { row.error(kode, value: code, "kode_unit: \(problem)") }
            let name = row.requiredText(nama)
            var headNIP: NIP?
            switch row.checkedNIP(nipKepala) {
            case .success(let nip): headNIP = nip
            case .failure(let problem):
                // Only the signature block uses it: keep the unit, print no NIP.
                row.warning(nipKepala, value: row.text(nipKepala), "nip_kepala: \(problem.message); the signature block will show no NIP")
            case nil: break
            }
            guard !row.isRejected, let name else {
                if !code.isEmpty { out.rejected[code] = row.line }
                return
            }
            let head = row.isSet(namaKepala) || headNIP != nil
                ? Official(nama: row.text(namaKepala), nip: headNIP, jabatan: row.text(jabatanKepala)) : nil
            let parent = row.text(induk)
            out.records.append(UnitKerja(kode: code, nama: name, kodeInduk: parent.isEmpty ? nil : parent, kepala: head,
                                         source: SourceLocation(file: t.file, line: row.line)))
        }
        return out
    }

    static func indicators(_ t: CSVTable, latestYear: Int, diagnostics: inout Diagnostics) -> Decoded<Indicator> {
        let kodeUnit = t.column("kode_unit"), kode = t.column("kode_indikator"), nama = t.column("nama_indikator")
        let satuan = t.column("satuan"), polaritas = t.column("polaritas"), agregasi = t.column("agregasi")
        let tahunan = t.column("target_tahunan"), target = t.column("target_triwulan"), realisasi = t.column("realisasi_triwulan")
        var out = Decoded<Indicator>()
        out.rowCount = t.forEachRow(latestYear: latestYear, diagnostics: &diagnostics) { row in
            let unit = row.requiredText(kodeUnit)
            row.kodeUnit = unit
            let code = row.requiredText(kode)
            let name = row.requiredText(nama)
            let polarity = row.choice(polaritas, Polarity.self)
            let aggregation = row.choice(agregasi, Aggregation.self)
            let annual = row.number(tahunan), quarterTarget = row.number(target), quarterActual = row.number(realisasi)
            guard !row.isRejected, let unit, let code, let name, let polarity, let aggregation else { return }
            out.records.append(Indicator(kodeUnit: unit, kode: code, nama: name, satuan: row.text(satuan), polaritas: polarity,
                                         agregasi: aggregation, targetTahunan: annual, targetTriwulan: quarterTarget,
                                         realisasiTriwulan: quarterActual, source: SourceLocation(file: t.file, line: row.line)))
        }
        return out
    }

    static func employees(_ t: CSVTable, latestYear: Int, diagnostics: inout Diagnostics) -> Decoded<Employee> {
        let nipColumn = t.column("nip"), nama = t.column("nama"), pangkat = t.column("pangkat_golongan")
        let jabatan = t.column("jabatan"), kodeUnit = t.column("kode_unit"), jenis = t.column("jenis_jabatan")
        let penilai = t.column("nip_penilai")
        var out = Decoded<Employee>()
        var shared = TextInterner()
        out.rowCount = t.forEachRow(latestYear: latestYear, diagnostics: &diagnostics) { row in
            let nip = row.nip(nipColumn)
            let name = row.requiredText(nama)
            let unit = row.requiredText(kodeUnit)
            row.kodeUnit = unit
            let kind = row.choice(jenis, JenisJabatan.self)
            let appraiser = row.optionalNIP(penilai)
            guard !row.isRejected, let nip, let name, let unit, let kind else {
                out.rejected[nip?.digits ?? row.text(nipColumn)] = row.line
                return
            }
            out.spans.append(row.bytes)
            out.records.append(Employee(nip: nip, nama: name, pangkatGolongan: row.text(pangkat, sharing: &shared),
                                        jabatan: row.text(jabatan, sharing: &shared),
                                        kodeUnit: unit, jenisJabatan: kind, nipPenilai: appraiser,
                                        source: SourceLocation(file: t.file, line: row.line)))
        }
        return out
    }

    static func activities(_ t: CSVTable, latestYear: Int, unitOf: (NIP) -> String?, diagnostics: inout Diagnostics) -> Decoded<SKPActivity> {
        let nipColumn = t.column("nip"), noColumn = t.column("no"), kegiatan = t.column("kegiatan")
        let kredit = t.column("angka_kredit"), satuan = t.column("satuan_kuantitas")
        let to = t.column("target_kuantitas"), tk = t.column("target_kualitas"), tw = t.column("target_waktu"), tb = t.column("target_biaya")
        let ro = t.column("realisasi_kuantitas"), rk = t.column("realisasi_kualitas"), rw = t.column("realisasi_waktu"), rb = t.column("realisasi_biaya")
        var out = Decoded<SKPActivity>()
        var shared = TextInterner()
        out.records.reserveCapacity(t.estimatedRowCount())
        out.rowCount = t.forEachRow(latestYear: latestYear, diagnostics: &diagnostics, unitOf: unitOf) { row in
            let nip = row.nip(nipColumn)
            row.ownerNIP = nip
            let no = row.positiveInteger(noColumn)
            let name = row.requiredText(kegiatan, sharing: &shared)
            let credit = row.number(kredit)
            // rules.md A: a target of 0 or missing, a negative number, or RK > 100 rejects the row.
            let targetQuantity = row.requiredNumber(to), targetQuality = row.requiredNumber(tk), targetTime = row.requiredNumber(tw)
            let targetCost = row.number(tb)
            let quantity = row.requiredNumber(ro)
            let quality = row.number(rk), time = row.number(rw)
            let cost = row.number(rb)
            row.rejectZeroTarget(to, targetQuantity)
            row.rejectZeroTarget(tk, targetQuality)
            row.rejectZeroTarget(tw, targetTime)
            row.rejectNegative(kredit, credit)
            row.rejectNegative(to, targetQuantity)
            row.rejectNegative(tk, targetQuality)
            row.rejectNegative(tw, targetTime)
            row.rejectNegative(tb, targetCost)
            row.rejectNegative(ro, quantity)
            row.rejectNegative(rk, quality)
            row.rejectNegative(rw, time)
            row.rejectNegative(rb, cost)
            if let q = quality, q > .hundred {
                row.error(rk, value: row.text(rk), "realisasi_kualitas `\(row.text(rk))` is above 100")
            }
            let carriedOut = (quantity ?? .zero) > .zero
            let hasBudget = (targetCost ?? .zero) > .zero
            if carriedOut {
                for column in [rk, rw] where !row.isSet(column) {
                    row.error(column, value: nil, "\(column.name) is required when the activity was carried out (realisasi_kuantitas > 0)")
                }
                if hasBudget && !row.isSet(rb) {
                    row.error(rb, value: nil, "realisasi_biaya is required when the activity has a budget (target_biaya) and was carried out")
                }
                if time?.isZero == true {
                    row.warning(rw, value: row.text(rw), "suspicious: realisasi_waktu is 0 although the activity was carried out; the waktu aspect scores 0")
                }
                if hasBudget && cost?.isZero == true {
                    row.warning(rb, value: row.text(rb), "suspicious: realisasi_biaya is 0 although the activity has a budget and was carried out; the biaya aspect scores 0")
                }
            }
            if !hasBudget, let c = cost, !c.isZero {
                row.warning(rb, value: row.text(rb), "realisasi_biaya `\(row.text(rb))` is ignored: the activity has no budget target (target_biaya)")
            }
            guard !row.isRejected, let nip, let no, let name, let targetQuantity, let targetQuality, let targetTime, let quantity else {
                return
            }
            out.records.append(SKPActivity(nip: nip, no: no, kegiatan: name, angkaKredit: credit, targetKuantitas: targetQuantity,
                                           satuanKuantitas: row.text(satuan), targetKualitas: targetQuality, targetWaktu: targetTime,
                                           targetBiaya: targetCost, realisasiKuantitas: quantity,
                                           // Not carried out (RO = 0): every aspect scores 0, so empty realisations read as 0.
                                           realisasiKualitas: quality ?? .zero, realisasiWaktu: time ?? .zero, realisasiBiaya: cost,
                                           source: SourceLocation(file: t.file, line: row.line)))
        }
        return out
    }

    static func behaviours(_ t: CSVTable, latestYear: Int, unitOf: (NIP) -> String?, diagnostics: inout Diagnostics) -> Decoded<BehaviourScores> {
        let nipColumn = t.column("nip"), orientasi = t.column("orientasi_pelayanan"), integritas = t.column("integritas")
        let komitmen = t.column("komitmen"), disiplin = t.column("disiplin"), kerjaSama = t.column("kerja_sama")
        let kepemimpinan = t.column("kepemimpinan")
        var out = Decoded<BehaviourScores>()
        out.rowCount = t.forEachRow(latestYear: latestYear, diagnostics: &diagnostics, unitOf: unitOf) { row in
            let nip = row.nip(nipColumn)
            row.ownerNIP = nip
            let a = row.score(orientasi, required: true), b = row.score(integritas, required: true)
            let c = row.score(komitmen, required: true), d = row.score(disiplin, required: true)
            let e = row.score(kerjaSama, required: true)
            // kepemimpinan is required for struktural only: DropValidation decides, knowing the position.
            let f = row.score(kepemimpinan, required: false)
            guard !row.isRejected, let nip, let a, let b, let c, let d, let e else {
                if let nip { out.rejected[nip.digits] = row.line }
                return
            }
            out.records.append(BehaviourScores(nip: nip, orientasiPelayanan: a, integritas: b, komitmen: c, disiplin: d, kerjaSama: e,
                                               kepemimpinan: f, source: SourceLocation(file: t.file, line: row.line)))
        }
        return out
    }

    static func additionalTasks(_ t: CSVTable, latestYear: Int, unitOf: (NIP) -> String?, diagnostics: inout Diagnostics) -> Decoded<AdditionalTask> {
        let nipColumn = t.column("nip"), jenis = t.column("jenis"), uraian = t.column("uraian"), tingkat = t.column("tingkat")
        var out = Decoded<AdditionalTask>()
        var shared = TextInterner()
        out.rowCount = t.forEachRow(latestYear: latestYear, diagnostics: &diagnostics, unitOf: unitOf) { row in
            let nip = row.nip(nipColumn)
            row.ownerNIP = nip
            let kind = row.choice(jenis, AdditionalTaskKind.self)
            let description = row.text(uraian, sharing: &shared)
            if description.isEmpty { row.warning(uraian, value: nil, "uraian is empty") }
            var level: CreativityLevel?
            if kind == .kreativitas {
                level = row.choice(tingkat, CreativityLevel.self)
            } else if kind == .tugasTambahan && row.isSet(tingkat) {
                row.warning(tingkat, value: row.text(tingkat), "tingkat is ignored for tugas_tambahan (it only grades kreativitas)")
            }
            guard !row.isRejected, let nip, let kind else { return }
            out.records.append(AdditionalTask(nip: nip, jenis: kind, uraian: description, tingkat: level,
                                              source: SourceLocation(file: t.file, line: row.line)))
        }
        return out
    }
}

private extension Row {
    /// A behaviour aspect, 0–100.
    mutating func score(_ c: Column, required: Bool) -> ExactDecimal? {
        let value = required ? requiredNumber(c) : number(c)
        if let v = value, v.isNegative || v > .hundred {
            error(c, value: text(c), "\(c.name) `\(text(c))` is outside 0–100")
        }
        return value
    }

    mutating func rejectZeroTarget(_ c: Column, _ value: ExactDecimal?) {
        if value?.isZero == true { error(c, value: text(c), "\(c.name) is 0; a target must be more than 0") }
    }

    mutating func rejectNegative(_ c: Column, _ value: ExactDecimal?) {
        if value?.isNegative == true { error(c, value: text(c), "\(c.name) `\(text(c))` is negative") }
    }
}
