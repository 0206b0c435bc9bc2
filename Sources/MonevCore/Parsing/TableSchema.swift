/// The columns one input file must and may have, and the other names its columns are known by.
///
/// Headers are compared after `HeaderName.normalise`, so only genuinely different words need an
/// alias. The aliases are the English names analysts use in their own sheets; the README's Input section lists
/// them. `target` and `realisation` mean the quarter's values in indikator.csv; skp.csv spells its
/// aspects out (`target_quantity`), because there a bare `target` could be any of four.
struct TableSchema: Sendable {
    let fileName: String
    let required: [String]
    let optional: [String]
    /// Normalised alias → canonical column.
    let aliases: [String: String]

    var all: [String] { required + optional }

    /// The canonical column a header names, if any.
    func canonical(_ normalisedHeader: String) -> String? {
        if all.contains(normalisedHeader) { return normalisedHeader }
        return aliases[normalisedHeader]
    }
}

extension TableSchema {
    static let unitKerja = TableSchema(
        fileName: "unit_kerja.csv",
        required: ["kode_unit", "nama_unit"],
        optional: ["kode_induk", "nama_kepala", "nip_kepala", "jabatan_kepala"],
        aliases: unitAliases.merging([
            "parent_code": "kode_induk", "parent_unit": "kode_induk", "parent": "kode_induk",
            "head_name": "nama_kepala", "head_nip": "nip_kepala",
            "head_position": "jabatan_kepala", "head_title": "jabatan_kepala",
        ]) { a, _ in a })

    static let indikator = TableSchema(
        fileName: "indikator.csv",
        required: ["kode_unit", "kode_indikator", "nama_indikator", "satuan", "polaritas", "agregasi",
                   "target_tahunan", "target_triwulan", "realisasi_triwulan"],
        optional: [],
        aliases: unitAliases.merging([
            "indicator_code": "kode_indikator", "indicator_id": "kode_indikator",
            "indicator_name": "nama_indikator", "indicator": "nama_indikator",
            "unit_of_measure": "satuan", "measure": "satuan", "uom": "satuan",
            "polarity": "polaritas", "aggregation": "agregasi",
            "annual_target": "target_tahunan", "target_annual": "target_tahunan",
            "target": "target_triwulan", "quarter_target": "target_triwulan", "quarterly_target": "target_triwulan",
            "realisation": "realisasi_triwulan", "realization": "realisasi_triwulan", "realisasi": "realisasi_triwulan",
            "actual": "realisasi_triwulan", "quarter_realisation": "realisasi_triwulan",
            "quarter_realization": "realisasi_triwulan",
        ]) { a, _ in a })

    static let pegawai = TableSchema(
        fileName: "pegawai.csv",
        required: ["nip", "nama", "pangkat_golongan", "jabatan", "kode_unit", "jenis_jabatan"],
        optional: ["nip_penilai"],
        aliases: unitAliases.merging(employeeAliases) { a, _ in a }.merging([
            "name": "nama", "employee_name": "nama", "nama_pegawai": "nama",
            "rank": "pangkat_golongan", "grade": "pangkat_golongan", "rank_grade": "pangkat_golongan",
            "pangkat": "pangkat_golongan", "golongan": "pangkat_golongan", "pangkat_gol": "pangkat_golongan",
            "position": "jabatan", "job_title": "jabatan",
            "position_type": "jenis_jabatan", "job_type": "jenis_jabatan",
            "appraiser_nip": "nip_penilai", "appraiser": "nip_penilai", "nip_atasan": "nip_penilai",
        ]) { a, _ in a })

    static let skp = TableSchema(
        fileName: "skp.csv",
        required: ["nip", "no", "kegiatan", "target_kuantitas", "satuan_kuantitas", "target_kualitas",
                   "target_waktu", "realisasi_kuantitas", "realisasi_kualitas", "realisasi_waktu"],
        optional: ["angka_kredit", "target_biaya", "realisasi_biaya"],
        aliases: employeeAliases.merging([
            "activity_no": "no", "number": "no", "nomor": "no",
            "activity": "kegiatan", "kegiatan_tugas_jabatan": "kegiatan",
            "credit_points": "angka_kredit", "ak": "angka_kredit",
            "quantity_unit": "satuan_kuantitas", "output_unit": "satuan_kuantitas", "satuan": "satuan_kuantitas",
            "target_quantity": "target_kuantitas", "target_quality": "target_kualitas",
            "target_time": "target_waktu", "target_months": "target_waktu",
            "target_cost": "target_biaya", "target_budget": "target_biaya",
        ].merging(realisationAliases) { a, _ in a }) { a, _ in a })

    static let perilaku = TableSchema(
        fileName: "perilaku.csv",
        required: ["nip", "orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"],
        optional: ["kepemimpinan"],
        aliases: employeeAliases.merging([
            "service_orientation": "orientasi_pelayanan", "integrity": "integritas", "commitment": "komitmen",
            "discipline": "disiplin", "teamwork": "kerja_sama", "cooperation": "kerja_sama",
            "kerjasama": "kerja_sama", "leadership": "kepemimpinan",
        ]) { a, _ in a })

    static let tambahan = TableSchema(
        fileName: "tambahan.csv",
        required: ["nip", "jenis", "uraian"],
        optional: ["tingkat"],
        aliases: employeeAliases.merging([
            "type": "jenis", "kind": "jenis", "description": "uraian", "level": "tingkat",
        ]) { a, _ in a })

    private static let unitAliases = [
        "unit_code": "kode_unit", "unit_id": "kode_unit", "unit_name": "nama_unit",
    ]
    private static let employeeAliases = [
        "employee_id": "nip", "employee_nip": "nip", "nip_pegawai": "nip",
    ]
    /// `realisation_quantity`, `realization_quantity`, `actual_quantity` … for the four aspects.
    private static let realisationAliases: [String: String] = {
        var table: [String: String] = [:]
        let aspects = ["quantity": "kuantitas", "quality": "kualitas", "time": "waktu", "months": "waktu",
                       "cost": "biaya", "budget": "biaya"]
        for (english, indonesian) in aspects {
            for prefix in ["realisation", "realization", "actual"] {
                table["\(prefix)_\(english)"] = "realisasi_\(indonesian)"
            }
        }
        return table
    }()
}

enum HeaderName {
    /// `Kode Unit`, `KODE_UNIT`, ` kode-unit `, `Kode.Unit` → `kode_unit`: trimmed, lowercased,
    /// every run of spaces, `/`, `-`, `.` and `_` folded to one `_`, none at either end.
    static func normalise(_ raw: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var pendingSeparator = false
        for c in raw.utf8 {
            // Non-ASCII text (and the no-break space) takes the Unicode-aware path.
            guard c < 0x80 else { return normaliseUnicode(raw) }
            if c == 0x20 || c == 0x2F || c == 0x2D || c == 0x2E || c == 0x5F || c == 0x09 {
                pendingSeparator = true
                continue
            }
            if pendingSeparator && !bytes.isEmpty { bytes.append(0x5F) }
            pendingSeparator = false
            bytes.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func normaliseUnicode(_ raw: String) -> String {
        var out = ""
        var pendingSeparator = false
        for ch in raw.lowercased() {
            if ch == " " || ch == "/" || ch == "-" || ch == "." || ch == "_" || ch == "\t" || ch == "\u{A0}" {
                pendingSeparator = true
                continue
            }
            if pendingSeparator && !out.isEmpty { out.append("_") }
            pendingSeparator = false
            out.append(ch)
        }
        return out
    }

    /// Levenshtein distance, for "did you mean" hints on misspelt headers.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The unclaimed header closest to `missing`, if close enough to be a plausible misspelling.
    static func suggestion(for missing: String, among headers: [String]) -> String? {
        let limit = max(2, missing.count / 3)
        let scored = headers.map { (header: $0, distance: editDistance(missing, $0)) }.filter { $0.distance <= limit }
        return scored.min { ($0.distance, $0.header) < ($1.distance, $1.header) }?.header
    }
}
