import MonevCore
import XLSX

/// `units/CODE/pegawai/NIP.xlsx`: one employee's appraisal on the forms of Perka BKN 1/2013 —
/// Formulir SKP, Penilaian Capaian SKP and Penilaian Prestasi Kerja — filled in from the
/// period's scores, with the signature blocks of the appraised, the appraiser and the
/// appraiser's superior. Scores are live formulas with the exact results cached, as in the
/// report workbooks.
public enum PrestasiKerjaForms {
    /// Relative to the period's output folder.
    public static func path(of employee: Employee) -> String { "units/\(employee.kodeUnit)/pegawai/\(employee.nip.digits).xlsx" }

    /// `model` is the report model of the employee's unit (organisation, period, band reading,
    /// draft or final); `parties` come from `AppraisalDirectory`.
    public static func workbook(_ score: EmployeeScore, parties: AppraisalParties, model: ReportModel) -> XLSXWorkbook {
        let context = ExcelContext(model)
        let forms = Forms(context: context, styles: FormStyles(context.styles), score: score, parties: parties)
        let capaian = forms.penilaianCapaianSKP()
        let sheets = [forms.formulirSKP(), capaian.sheet, forms.penilaianPrestasiKerja(nilaiSKP: capaian.nilaiSKP)]
        let end = model.period.endDate
        let properties = XLSXDocumentProperties(
            title: context.title("Penilaian Prestasi Kerja PNS \(score.employee.nama) Triwulan \(model.period.romanQuarter) Tahun \(model.period.year)"),
            subject: "NIP \(score.employee.nip.digits)", author: model.organisation.instansi, company: model.organisation.instansi,
            category: "Penilaian Prestasi Kerja", keywords: "SKP, PP 46/2011, \(model.period)",
            created: XLSXDate(year: end.year, month: end.month, day: end.day))
        return XLSXWorkbook(styles: forms.styles.table, sheets: sheets, properties: properties)
    }

    static let formulirSKP = "Formulir SKP"
    static let penilaianCapaian = "Penilaian Capaian SKP"
    static let penilaianPrestasi = "Penilaian Prestasi Kerja"
}

/// The three sheets of one employee's forms.
private struct Forms {
    let context: ExcelContext
    let styles: FormStyles
    let score: EmployeeScore
    let parties: AppraisalParties

    var st: ExcelStyles { styles.report }
    var period: Period { context.period }
    var organisation: Organisation { context.model.organisation }
    var reading: BandReading { context.model.scoring.bandReading }
    var activities: [ActivityScore] { score.activities.sorted { $0.activity.no < $1.activity.no } }

    /// The SKP is drawn up at the start of the year: the official example dates it 2 January.
    var skpDate: String { "2 Januari \(period.year)" }
    var dotted: String { "...................................." }

    // MARK: Formulir SKP

    /// Columns: NO, label, value | NO, label ×2, value ×3; the activity table reuses them as
    /// NO, kegiatan ×2, AK, kuantitas, satuan, kualitas, waktu, biaya.
    func formulirSKP() -> XLSXSheet {
        var sheet = XLSXSheet(name: PrestasiKerjaForms.formulirSKP)
        let widths: [Double] = [5, 16, 26, 7, 8, 11, 8, 9, 15]
        for (i, w) in widths.enumerated() { sheet.setWidth(w, columns: i...i) }
        let all = 0...(widths.count - 1)
        sheet.merge(XLSXRange(rows: 0...0, columns: all), .text(context.title("FORMULIR SASARAN KERJA")), style: st.judul)
        sheet.merge(XLSXRange(rows: 1...1, columns: all), .text("PEGAWAI NEGERI SIPIL"), style: st.judul)
        sheet.merge(XLSXRange(rows: 2...2, columns: all), .text("Tahun \(period.year)"), style: st.subjudul)

        var row = 4
        put(&sheet, row, 0...0, .text("NO"), st.header)
        put(&sheet, row, 1...2, .text("I. PEJABAT PENILAI"), st.header)
        put(&sheet, row, 3...3, .text("NO"), st.header)
        put(&sheet, row, 4...8, .text("II. PEGAWAI NEGERI SIPIL YANG DINILAI"), st.header)
        row += 1
        let labels = ["Nama", "NIP", "Pangkat/Gol.Ruang", "Jabatan", "Unit Kerja"]
        let penilai = identity(parties.penilai), dinilai = identity(parties.dinilai)
        for (i, label) in labels.enumerated() {
            put(&sheet, row, 0...0, .number(Double(i + 1)), st.teksTengah)
            put(&sheet, row, 1...1, .text(label), st.teks)
            put(&sheet, row, 2...2, .text(penilai[i]), st.teksWrap)
            put(&sheet, row, 3...3, .number(Double(i + 1)), st.teksTengah)
            put(&sheet, row, 4...5, .text(label), st.teks)
            put(&sheet, row, 6...8, .text(dinilai[i]), st.teksWrap)
            sheet.rowHeights[row] = max(lines(penilai[i], width: 26), lines(dinilai[i], width: 32)) * 13 + 2
            row += 1
        }
        row += 1

        let head = row
        sheet.merge(XLSXRange(rows: head...head + 1, columns: 0...0), .text("NO"), style: st.header)
        sheet.merge(XLSXRange(rows: head...head + 1, columns: 1...2), .text("III. KEGIATAN TUGAS JABATAN"), style: st.header)
        sheet.merge(XLSXRange(rows: head...head + 1, columns: 3...3), .text("AK"), style: st.header)
        put(&sheet, head, 4...8, .text("TARGET"), st.header)
        put(&sheet, head + 1, 4...5, .text("KUANT/ OUTPUT"), st.header)
        put(&sheet, head + 1, 6...6, .text("KUAL/ MUTU"), st.header)
        put(&sheet, head + 1, 7...7, .text("WAKTU"), st.header)
        put(&sheet, head + 1, 8...8, .text("BIAYA"), st.header)
        sheet.rowHeights[head + 1] = 26
        row = head + 2
        for a in activities.map(\.activity) {
            put(&sheet, row, 0...0, .number(Double(a.no)), st.teksTengah)
            put(&sheet, row, 1...2, .text(a.kegiatan), st.teksWrap)
            put(&sheet, row, 3...3, .number(a.angkaKredit), st.umum)
            put(&sheet, row, 4...4, .number(a.targetKuantitas), st.umum)
            put(&sheet, row, 5...5, .text(a.satuanKuantitas), st.teks)
            put(&sheet, row, 6...6, .number(a.targetKualitas), st.umum)
            put(&sheet, row, 7...7, .number(a.targetWaktu), styles.bulan)
            put(&sheet, row, 8...8, biaya(a.targetBiaya, a.hasBudget), a.hasBudget ? st.rupiah : st.teksTengah)
            sheet.rowHeights[row] = lines(a.kegiatan, width: 42) * 13 + 2
            row += 1
        }
        if activities.isEmpty {
            put(&sheet, row, 0...8, .text("Tidak ada kegiatan SKP pada data triwulan ini."), st.catatan)
            row += 1
        }
        row += 1
        // Official layout: the appraiser signs on the left, the appraised under the date on the right.
        _ = OfficialBlocks.signature(&sheet, row: row, columns: 0...2, heading: ["", "Pejabat Penilai,"],
                                     official: parties.penilai?.official, styles: st)
        _ = OfficialBlocks.signature(&sheet, row: row, columns: 4...8,
                                     heading: ["\(organisation.tempat), \(skpDate)", "Pegawai Negeri Sipil Yang Dinilai,"],
                                     official: parties.dinilai.official, styles: st)
        sheet.showGridlines = false
        sheet.print = portrait()
        return sheet
    }

    // MARK: Penilaian Capaian SKP

    /// The official form's columns 1–14: NO, kegiatan, AK, target (kuantitas and its unit,
    /// kualitas, waktu, biaya), AK, realisasi (the same four), penghitungan, nilai capaian SKP.
    static let capaianColumns: [(number: Int, width: Double)] = [
        (1, 4), (2, 34), (3, 5), (4, 7), (4, 9), (5, 7), (6, 8), (7, 13), (8, 5), (9, 7), (9, 9), (10, 7), (11, 8), (12, 13), (13, 12), (14, 11),
    ]
    // Column positions.
    static let no = 0, kegiatan = 1, ak = 2, tKuant = 3, tSatuan = 4, tKual = 5, tWaktu = 6, tBiaya = 7
    static let akRealisasi = 8, rKuant = 9, rSatuan = 10, rKual = 11, rWaktu = 12, rBiaya = 13, penghitungan = 14, nilaiCapaian = 15

    /// The sheet and the cell holding nilai capaian SKP (for the Penilaian Prestasi Kerja form).
    func penilaianCapaianSKP() -> (sheet: XLSXSheet, nilaiSKP: XLSXCellRef?) {
        typealias C = Forms
        var sheet = XLSXSheet(name: PrestasiKerjaForms.penilaianCapaian)
        for (i, c) in C.capaianColumns.enumerated() { sheet.setWidth(c.width, columns: i...i) }
        let last = C.capaianColumns.count - 1
        let all = 0...last
        let e = score.employee
        sheet.merge(XLSXRange(rows: 0...0, columns: all), .text(context.title("PENILAIAN CAPAIAN SASARAN KERJA")), style: st.judul)
        sheet.merge(XLSXRange(rows: 1...1, columns: all), .text("PEGAWAI NEGERI SIPIL"), style: st.judul)
        sheet.merge(XLSXRange(rows: 2...2, columns: all), .text("Jangka Waktu Penilaian \(skpDate) s.d. \(period.endDateIndonesian)"),
                    style: st.subjudul)
        sheet.merge(XLSXRange(rows: 3...3, columns: all), .text("Pegawai Negeri Sipil yang dinilai: \(e.nama), NIP \(e.nip.spaced)"),
                    style: st.subjudul)

        let top = 5
        for (c, title) in [(C.no, "NO"), (C.kegiatan, "I. Kegiatan Tugas Jabatan"), (C.ak, "AK"), (C.akRealisasi, "AK"),
                           (C.penghitungan, "PENGHITUNGAN"), (C.nilaiCapaian, "NILAI CAPAIAN SKP")] {
            sheet.merge(XLSXRange(rows: top...top + 1, columns: c...c), .text(title), style: st.header)
        }
        put(&sheet, top, C.tKuant...C.tBiaya, .text("TARGET"), st.header)
        put(&sheet, top, C.rKuant...C.rBiaya, .text("REALISASI"), st.header)
        for (first, lastColumn, title) in [(C.tKuant, C.tSatuan, "Kuant/ Output"), (C.tKual, C.tKual, "Kual/ Mutu"), (C.tWaktu, C.tWaktu, "Waktu"),
                                           (C.tBiaya, C.tBiaya, "Biaya"), (C.rKuant, C.rSatuan, "Kuant/ Output"), (C.rKual, C.rKual, "Kual/ Mutu"),
                                           (C.rWaktu, C.rWaktu, "Waktu"), (C.rBiaya, C.rBiaya, "Biaya")] {
            put(&sheet, top + 1, first...lastColumn, .text(title), st.header)
        }
        sheet.rowHeights[top + 1] = 26
        // The column numbers of the official form, 1–14 (4 and 9 span a number and its unit).
        var c = 0
        while c <= last {
            var end = c
            while end < last && C.capaianColumns[end + 1].number == C.capaianColumns[c].number { end += 1 }
            put(&sheet, top + 2, c...end, .number(Double(C.capaianColumns[c].number)), styles.nomorKolom)
            c = end + 1
        }

        let L = (0...last).map(XLSXCellRef.columnName)
        let firstActivity = top + 3
        var row = firstActivity
        for s in activities {
            let a = s.activity
            let r = String(row + 1)
            func ref(_ column: Int) -> String { L[column] + r }
            put(&sheet, row, C.no...C.no, .number(Double(a.no)), st.teksTengah)
            put(&sheet, row, C.kegiatan...C.kegiatan, .text(a.kegiatan), st.teksWrap)
            put(&sheet, row, C.ak...C.ak, .number(a.angkaKredit), st.umum)
            put(&sheet, row, C.tKuant...C.tKuant, .number(a.targetKuantitas), st.umum)
            put(&sheet, row, C.tSatuan...C.tSatuan, .text(a.satuanKuantitas), st.teks)
            put(&sheet, row, C.tKual...C.tKual, .number(a.targetKualitas), st.umum)
            put(&sheet, row, C.tWaktu...C.tWaktu, .number(a.targetWaktu), styles.bulan)
            put(&sheet, row, C.tBiaya...C.tBiaya, biaya(a.targetBiaya, a.hasBudget), a.hasBudget ? st.rupiah : st.teksTengah)
            // The data holds no realised credit points.
            put(&sheet, row, C.akRealisasi...C.akRealisasi, .blank, st.umum)
            put(&sheet, row, C.rKuant...C.rKuant, .number(a.realisasiKuantitas), st.umum)
            put(&sheet, row, C.rSatuan...C.rSatuan, .text(a.satuanKuantitas), st.teks)
            put(&sheet, row, C.rKual...C.rKual, .number(a.realisasiKualitas), st.umum)
            put(&sheet, row, C.rWaktu...C.rWaktu, .number(a.realisasiWaktu), styles.bulan)
            put(&sheet, row, C.rBiaya...C.rBiaya, biaya(a.realisasiBiaya, a.hasBudget), a.hasBudget ? st.rupiah : st.teksTengah)
            var aspects = ["\(ref(C.rKuant))/\(ref(C.tKuant))*100", "IF(\(ref(C.rKuant))=0,0,\(ref(C.rKual))/\(ref(C.tKual))*100)",
                           ExcelFormula.efisiensi(target: ref(C.tWaktu), realisasi: ref(C.rWaktu), kuantitas: ref(C.rKuant))]
            if a.hasBudget {
                aspects.append(ExcelFormula.efisiensi(target: ref(C.tBiaya), realisasi: ref(C.rBiaya), kuantitas: ref(C.rKuant)))
            }
            put(&sheet, row, C.penghitungan...C.penghitungan, .formula(aspects.joined(separator: "+"), s.perhitungan), st.angka)
            put(&sheet, row, C.nilaiCapaian...C.nilaiCapaian, .formula("\(ref(C.penghitungan))/\(a.hasBudget ? 4 : 3)", s.nilaiCapaian), st.angka)
            sheet.rowHeights[row] = lines(a.kegiatan, width: 34) * 13 + 2
            row += 1
        }
        let lastActivity = row - 1
        if activities.isEmpty {
            put(&sheet, row, 0...last, .text("Tidak ada kegiatan SKP pada data triwulan ini: nilai capaian SKP tidak dapat dihitung."), st.catatan)
            row += 1
        }

        // II. Tugas tambahan dan kreativitas (Perka BKN 1/2013), each with its value in column 14.
        put(&sheet, row, 0...0, .blank, st.teks)
        put(&sheet, row, 1...(last - 1), .text("II. Tugas Tambahan dan Kreativitas"), styles.bagian)
        put(&sheet, row, last...last, .blank, st.teks)
        row += 1
        let tugas = score.additionalTasks.filter { $0.jenis == .tugasTambahan }
        let kreativitas = score.additionalTasks.filter { $0.jenis == .kreativitas }
        var valueCells: [String] = []
        for (i, (title, items, value)) in [("Tugas Tambahan", tugas, score.nilaiTugasTambahan),
                                           ("Kreativitas", kreativitas, score.nilaiKreativitas)].enumerated() {
            put(&sheet, row, 0...0, .number(Double(i + 1)), st.teksTengah)
            put(&sheet, row, 1...(last - 1), .text(items.isEmpty ? "\(title): tidak ada" : title), st.teks)
            put(&sheet, row, last...last, .number(value), st.angka)
            valueCells.append(L[last] + String(row + 1))
            row += 1
            for (k, t) in items.enumerated() {
                let level = t.tingkat.map { " (tingkat \($0.rawValue.split(separator: "_").joined(separator: " ")))" } ?? ""
                put(&sheet, row, 0...0, .blank, st.teks)
                put(&sheet, row, 1...(last - 1), .text("\(Self.letter(k)). \(t.uraian)\(level)"), st.teksWrap)
                put(&sheet, row, last...last, .blank, st.teks)
                row += 1
            }
        }

        // Nilai capaian SKP and its sebutan.
        sheet.merge(XLSXRange(rows: row...row + 1, columns: 0...(last - 1)), .text("Nilai Capaian SKP"), style: styles.bagian)
        var nilaiSKP: XLSXCellRef?
        if let value = score.nilaiSKP, !activities.isEmpty {
            let capaian = "\(L[last])\(firstActivity + 1):\(L[last])\(lastActivity + 1)"
            put(&sheet, row, last...last, .formula("AVERAGE(\(capaian))+\(valueCells.joined(separator: "+"))", value), styles.nilaiTebal)
            put(&sheet, row + 1, last...last, .text("(\(Bands.sebutan(value, reading: reading).rawValue))"), st.teksTengah)
            nilaiSKP = XLSXCellRef(row: row, column: last)
        } else {
            put(&sheet, row, last...last, .blank, styles.nilaiTebal)
            put(&sheet, row + 1, last...last, .blank, st.teksTengah)
        }
        row += 3
        let signature = 11...last
        _ = OfficialBlocks.signature(&sheet, row: row, columns: signature,
                                     heading: ["\(organisation.tempat), \(period.endDateIndonesian)", "Pejabat Penilai,"],
                                     official: parties.penilai?.official, styles: st)
        sheet.showGridlines = false
        sheet.print = context.printSetup(repeatRows: top...(top + 2))
        return (sheet, nilaiSKP)
    }

    // MARK: Penilaian Prestasi Kerja

    /// Items 1–11 of the form: the three parties, the elements appraised (SKP × 60 %, behaviour
    /// × 40 %), the objection, response, decision and recommendation boxes, and three signatures.
    func penilaianPrestasiKerja(nilaiSKP: XLSXCellRef?) -> XLSXSheet {
        var sheet = XLSXSheet(name: PrestasiKerjaForms.penilaianPrestasi)
        let widths: [Double] = [4, 4, 18, 24, 10, 13, 11]
        for (i, w) in widths.enumerated() { sheet.setWidth(w, columns: i...i) }
        let last = widths.count - 1
        let all = 0...last
        sheet.merge(XLSXRange(rows: 0...0, columns: all), .text(context.title("PENILAIAN PRESTASI KERJA")), style: st.judul)
        sheet.merge(XLSXRange(rows: 1...1, columns: all), .text("PEGAWAI NEGERI SIPIL"), style: st.judul)
        put(&sheet, 3, 0...3, .text(organisation.pemerintah), styles.bagian)
        put(&sheet, 3, 4...last, .text("JANGKA WAKTU PENILAIAN"), styles.bagian)
        put(&sheet, 4, 0...3, .text(organisation.instansi), styles.label)
        let firstMonth = IndonesianCalendar.monthNames[0], lastMonth = IndonesianCalendar.monthNames[period.endDate.month - 1]
        put(&sheet, 4, 4...last, .text("BULAN: \(firstMonth) s.d. \(lastMonth) \(period.year)"), styles.label)

        var row = 6
        // Items 1–3: the parties.
        for (item, title, party) in [(1, "YANG DINILAI", Optional(parties.dinilai)), (2, "PEJABAT PENILAI", parties.penilai),
                                     (3, "ATASAN PEJABAT PENILAI", parties.atasanPenilai)] {
            put(&sheet, row, 0...0, .text("\(item)."), styles.bagian)
            put(&sheet, row, 1...last, .text(title), styles.bagian)
            row += 1
            let values = identity(party)
            for (k, label) in ["Nama", "NIP", "Pangkat, Golongan ruang", "Jabatan/Pekerjaan", "Unit Organisasi"].enumerated() {
                put(&sheet, row, 0...0, .blank, st.teks)
                put(&sheet, row, 1...1, .text("\(Self.letter(k))."), st.teksTengah)
                put(&sheet, row, 2...3, .text(label), st.teks)
                put(&sheet, row, 4...last, .text(values[k]), st.teksWrap)
                sheet.rowHeights[row] = lines(values[k], width: 34) * 13 + 2
                row += 1
            }
        }

        // Item 4: the elements appraised.
        put(&sheet, row, 0...0, .text("4."), styles.bagian)
        put(&sheet, row, 1...(last - 1), .text("UNSUR YANG DINILAI"), styles.bagian)
        put(&sheet, row, last...last, .text("Jumlah"), st.header)
        row += 1
        let skpRow = row
        put(&sheet, row, 0...0, .blank, st.teks)
        put(&sheet, row, 1...1, .text("a."), st.teksTengah)
        put(&sheet, row, 2...3, .text("Sasaran Kerja PNS (SKP)"), st.teks)
        let skpValue: XLSXValue = nilaiSKP.map { .formula("'\(PrestasiKerjaForms.penilaianCapaian)'!\($0.a1)", score.nilaiSKP) }
            ?? .number(score.nilaiSKP)
        put(&sheet, row, 4...4, skpValue, st.angka)
        put(&sheet, row, 5...5, .text("x 60 %"), st.teksTengah)
        put(&sheet, row, last...last, score.nilaiSKP.map { .formula("E\(row + 1)*0.6", $0 * ExactDecimal("0.6")) } ?? .blank, st.angka)
        row += 1

        let behaviour = score.behaviour
        let aspects: [(String, ExactDecimal?)] = [
            ("Orientasi Pelayanan", behaviour?.orientasiPelayanan), ("Integritas", behaviour?.integritas),
            ("Komitmen", behaviour?.komitmen), ("Disiplin", behaviour?.disiplin), ("Kerja Sama", behaviour?.kerjaSama),
            ("Kepemimpinan", behaviour?.kepemimpinan),
        ]
        let firstAspect = row
        let leads = score.employee.jenisJabatan == .struktural
        for (k, (name, value)) in aspects.enumerated() {
            put(&sheet, row, 0...0, .blank, st.teks)
            put(&sheet, row, 1...1, .blank, st.teks)
            put(&sheet, row, 3...3, .text("\(k + 1). \(name)"), st.teks)
            if let value {
                put(&sheet, row, 4...4, .number(value), st.angka)
                put(&sheet, row, 5...5, .text("(\(Bands.sebutan(value, reading: reading).rawValue))"), st.teksTengah)
            } else {
                // Leadership is appraised for struktural positions only.
                put(&sheet, row, 4...4, behaviour != nil && !leads && k == 5 ? .text("-") : .blank, st.teksTengah)
                put(&sheet, row, 5...5, .blank, st.teksTengah)
            }
            put(&sheet, row, last...last, .blank, st.teks)
            row += 1
        }
        let aspectRange = "E\(firstAspect + 1):E\(row)"
        let sum = aspects.compactMap(\.1).reduce(ExactDecimal.zero, +)
        for (label, formula, value, sebutan) in [("7. Jumlah", "SUM(\(aspectRange))", behaviour.map { _ in sum }, false),
                                                 ("8. Nilai rata-rata", "AVERAGE(\(aspectRange))", score.nilaiPerilaku, true)] {
            put(&sheet, row, 0...0, .blank, st.teks)
            put(&sheet, row, 1...1, .blank, st.teks)
            put(&sheet, row, 3...3, .text(label), st.teks)
            put(&sheet, row, 4...4, value.map { .formula(formula, $0) } ?? .blank, st.angka)
            let band = sebutan ? value.map { XLSXValue.text("(\(Bands.sebutan($0, reading: reading).rawValue))") } : nil
            put(&sheet, row, 5...5, band ?? .blank, st.teksTengah)
            put(&sheet, row, last...last, .blank, st.teks)
            row += 1
        }
        let meanRow = row - 1
        put(&sheet, row, 0...0, .blank, st.teks)
        put(&sheet, row, 1...1, .blank, st.teks)
        put(&sheet, row, 3...3, .text("Nilai Perilaku Kerja"), st.teks)
        put(&sheet, row, 4...4, score.nilaiPerilaku.map { .formula("E\(meanRow + 1)", $0) } ?? .blank, st.angka)
        put(&sheet, row, 5...5, .text("x 40 %"), st.teksTengah)
        put(&sheet, row, last...last, score.nilaiPerilaku.map { .formula("E\(row + 1)*0.4", $0 * ExactDecimal("0.4")) } ?? .blank, st.angka)
        let perilakuRow = row
        sheet.merge(XLSXRange(rows: firstAspect...perilakuRow, columns: 2...2), .text("b. Perilaku Kerja"), style: st.teksWrap)
        row += 1

        sheet.merge(XLSXRange(rows: row...row + 1, columns: 0...(last - 1)), .text("NILAI PRESTASI KERJA"), style: styles.bagian)
        if let prestasi = score.nilaiPrestasi {
            put(&sheet, row, last...last, .formula("G\(skpRow + 1)+G\(perilakuRow + 1)", prestasi), styles.nilaiTebal)
            put(&sheet, row + 1, last...last, .text("(\(Bands.sebutan(prestasi, reading: reading).rawValue))"), st.teksTengah)
        } else {
            put(&sheet, row, last...last, .blank, styles.nilaiTebal)
            put(&sheet, row + 1, last...last, .blank, st.teksTengah)
        }
        row += 2
        if score.nilaiPrestasi == nil {
            put(&sheet, row, 0...last, .text("Nilai prestasi kerja tidak dapat dihitung: \(score.incomplete?.rawValue ?? "data tidak lengkap")."), st.catatan)
            row += 1
        }
        row += 1

        // Items 5–8: boxes filled in by hand when there is an objection, and the recommendation.
        for (item, title, dated) in [(5, "KEBERATAN DARI PEGAWAI NEGERI SIPIL YANG DINILAI (APABILA ADA)", true),
                                     (6, "TANGGAPAN PEJABAT PENILAI ATAS KEBERATAN", true),
                                     (7, "KEPUTUSAN ATASAN PEJABAT PENILAI ATAS KEBERATAN", true),
                                     (8, "REKOMENDASI", false)] {
            put(&sheet, row, 0...0, .text("\(item)."), styles.bagian)
            put(&sheet, row, 1...last, .text(title), styles.bagian)
            row += 1
            sheet.merge(XLSXRange(rows: row...row + 2, columns: 1...last), .blank, style: styles.kotak)
            row += 3
            if dated {
                put(&sheet, row, 1...last, .text("Tanggal, \(dotted)"), styles.label)
                row += 1
            }
            row += 1
        }

        // Items 9–11: made by the appraiser, received by the appraised and by the superior.
        let left = 0...3, right = 4...last
        row = OfficialBlocks.signature(&sheet, row: row, columns: right,
                                       heading: ["9. DIBUAT TANGGAL, \(period.endDateIndonesian)", "PEJABAT PENILAI,"],
                                       official: parties.penilai?.official, styles: st) + 1
        row = OfficialBlocks.signature(&sheet, row: row, columns: left,
                                       heading: ["10. DITERIMA TANGGAL, \(dotted)", "PEGAWAI NEGERI SIPIL YANG DINILAI,"],
                                       official: parties.dinilai.official, styles: st) + 1
        _ = OfficialBlocks.signature(&sheet, row: row, columns: right,
                                     heading: ["11. DITERIMA TANGGAL, \(dotted)", "ATASAN PEJABAT PENILAI,"],
                                     official: parties.atasanPenilai?.official, styles: st)
        sheet.showGridlines = false
        sheet.print = portrait()
        return sheet
    }

    // MARK: Helpers

    /// Sets one cell, or merges a block when `columns` spans more than one.
    private func put(_ sheet: inout XLSXSheet, _ row: Int, _ columns: ClosedRange<Int>, _ value: XLSXValue, _ style: XLSXStyleID) {
        if columns.count == 1 {
            sheet.set(row, columns.lowerBound, value, style: style)
        } else {
            sheet.merge(XLSXRange(rows: row...row, columns: columns), value, style: style)
        }
    }

    /// Name, NIP, rank, position, unit; dotted lines for a party the data cannot name.
    private func identity(_ party: AppraisalParty?) -> [String] {
        func orDots(_ s: String?) -> String { (s ?? "").isEmpty ? dotted : s! }
        return [orDots(party?.nama), orDots(party?.nip?.spaced), orDots(party?.pangkatGolongan), orDots(party?.jabatan),
                orDots(party?.unitOrganisasi)]
    }

    private func biaya(_ value: ExactDecimal?, _ hasBudget: Bool) -> XLSXValue {
        hasBudget ? .number(value) : .text("-")
    }

    /// Lines a wrapped text needs in a column about `width` characters wide (dotted lines stay on one).
    private func lines(_ text: String, width: Double) -> Double {
        text == dotted ? 1 : max(1, (Double(text.count) / (width * 0.95)).rounded(.up))
    }

    private func portrait() -> XLSXPrintSetup {
        var p = context.printSetup(repeatRows: nil)
        p.landscape = false
        return p
    }

    static func letter(_ index: Int) -> String { String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26))) }
}
