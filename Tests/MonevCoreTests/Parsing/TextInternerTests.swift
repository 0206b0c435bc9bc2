import Testing
@testable import MonevCore

@Suite("Shared texts")
struct TextInternerTests {
    private func intern(_ texts: [String]) -> [String] {
        var interner = TextInterner()
        return texts.map { text in
            var copy = text
            return copy.withUTF8 { interner.string($0) }
        }
    }

    @Test("every text comes back as itself, whether seen before, short, long or colliding")
    func roundTrip() {
        let long = (0..<10_000).map { "Menyusun laporan kegiatan nomor \($0) untuk Bagian Umum" }
        let texts = ["", "dokumen", "Mengagendakan surat masuk dan keluar Bagian Umum", "Pengadministrasi Umum"]
            + long + long.reversed() + ["Mengagendakan surat masuk dan keluar Bagian Umum", "Pemeliharaan jaringan – Bagian Hukum"]
        #expect(intern(texts) == texts)
    }

    @Test("texts that differ only in their middle or last bytes are not confused")
    func nearMisses() {
        let texts = ["Menyusun rancangan peraturan A", "Menyusun rancangan peraturan B", "Menyusun rancangan peraturan A",
                     "Menyusun rXncangan peraturan A", "Menyusun rancangan peraturan AB"]
        #expect(intern(texts) == texts)
    }
}
