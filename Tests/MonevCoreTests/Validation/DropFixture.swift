@testable import MonevCore

/// A small, valid quarterly drop as CSV text, which a test changes in one place to make the one
/// problem it is about. NIPs: 196003161984032001 (kepala, struktural), 198507122010011003
/// (fungsional), 199001012015022005 (pelaksana).
struct DropFixture {
    static let kepala = "196003161984032001"
    static let analis = "198507122010011003"
    static let staf = "199001012015022005"

    var unitKerja = """
        kode_unit,nama_unit,kode_induk,nama_kepala,nip_kepala,jabatan_kepala
        4.01.01,Bagian Hukum,,"Siti Rahayu, S.H., M.H.",196003161984032001,Kepala Bagian Hukum
        4.01.02,Bagian Umum,,,,

        """
    var indikator = """
        kode_unit,kode_indikator,nama_indikator,satuan,polaritas,agregasi,target_tahunan,target_triwulan,realisasi_triwulan
        4.01.01,IK.01,Jumlah produk hukum,dokumen,positif,kumulatif,40,10,9
        4.01.02,IK.01,Persentase realisasi anggaran,persen,positif,terakhir,95,20,18.75

        """
    var pegawai = """
        nip,nama,pangkat_golongan,jabatan,kode_unit,jenis_jabatan,nip_penilai
        196003161984032001,"Siti Rahayu, S.H., M.H.",Pembina (IV/a),Kepala Bagian Hukum,4.01.01,struktural,
        198507122010011003,Budi Santoso,Penata (III/c),Analis Hukum Ahli Pertama,4.01.01,fungsional,196003161984032001
        199001012015022005,Dewi Lestari,Pengatur (II/c),Pengadministrasi Umum,4.01.02,pelaksana,196003161984032001

        """
    var skp = """
        nip,no,kegiatan,angka_kredit,target_kuantitas,satuan_kuantitas,target_kualitas,target_waktu,target_biaya,realisasi_kuantitas,realisasi_kualitas,realisasi_waktu,realisasi_biaya
        196003161984032001,1,Mengoordinasikan penyusunan produk hukum,,12,dokumen,100,12,170395000,12,90,12,170395000
        198507122010011003,1,Menyusun kajian hukum,0.5,4,naskah,100,12,-,4,100,9.12,-
        199001012015022005,1,Mengagendakan surat,,500,surat,100,12,,450,80,12,

        """
    var perilaku = """
        nip,orientasi_pelayanan,integritas,komitmen,disiplin,kerja_sama,kepemimpinan
        196003161984032001,85,80,82,78,80,75
        198507122010011003,90,88,85.5,80,82,
        199001012015022005,76,80,80,81,79,

        """
    var tambahan: String? = """
        nip,jenis,uraian,tingkat
        198507122010011003,tugas_tambahan,Anggota Tim SAKIP,
        198507122010011003,kreativitas,Aplikasi disposisi surat,unit_kerja

        """

    /// The drop's files under `period/`, plus any `extra` files (full relative paths).
    func files(period: String = "2026-Q1", extra: [String: String] = [:]) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let named: [(String, String?)] = [("unit_kerja.csv", unitKerja), ("indikator.csv", indikator), ("pegawai.csv", pegawai),
                                          ("skp.csv", skp), ("perilaku.csv", perilaku), ("tambahan.csv", tambahan)]
        for (name, text) in named {
            if let text { out["\(period)/\(name)"] = Array(text.utf8) }
        }
        for (path, text) in extra { out[path] = Array(text.utf8) }
        return out
    }
}

/// The outcome of loading an in-memory input root.
struct Loaded {
    var inputSet: InputSet?
    var failure: IngestionFailure?
    var diagnostics: Diagnostics

    var errors: [Diagnostic] { diagnostics.sorted.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.sorted.filter { $0.severity == .warning } }

    /// The one diagnostic of `file` on `line`, if exactly one.
    func only(_ file: String, line: Int?) -> Diagnostic? {
        let matching = diagnostics.items.filter { $0.file == file && $0.line == line }
        return matching.count == 1 ? matching[0] : nil
    }

    init(_ files: [String: [UInt8]], period: String = "2026-Q1", directories: Set<String> = []) {
        var diagnostics = Diagnostics()
        do {
            inputSet = try Ingestion.load(period: Period(period)!, from: InMemoryInput(files: files, directories: directories),
                                          diagnostics: &diagnostics)
        } catch {
            failure = error
        }
        self.diagnostics = diagnostics
    }

    init(_ drop: DropFixture, period: String = "2026-Q1") {
        self.init(drop.files(period: period), period: period)
    }
}
