/// Decides whether a unit code may become the folder `units/<kode_unit>/` and the file names
/// inside it.
///
/// Ingestion already rejects dangerous codes; this is the second line of defence at the one
/// place where input text turns into a path, so no code, whatever it contains, can write outside
/// the output folder or onto another unit's files. The rules are those of the strictest file
/// system the reports are likely to land on (an SMB share opened from Windows), not only Linux's.
enum UnitFolderName {
    /// File names add `monev-` and `-YYYY-QN.xlsx` (19 bytes) to the code; most file systems
    /// stop at 255 bytes per name.
    static let maximumBytes = 200

    private static let forbidden: Set<Character> = ["/", "\\", "<", ">", ":", "\"", "|", "?", "*"]

    /// Why `kode` cannot name a folder, or nil when it can.
    static func problem(_ kode: String) -> String? {
        if kode.isEmpty { return "it is empty" }
        if kode.first == "." { return "it starts with a dot (a hidden or parent folder)" }
        if kode.last == "." || kode.last == " " { return "it ends with a dot or space (Windows drops them)" }
        if let c = kode.first(where: { forbidden.contains($0) }) { return "it contains \"\(c)\"" }
        if kode.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }) {
            return "it contains a control character"
        }
        if kode.utf8.count > maximumBytes { return "it is longer than \(maximumBytes) bytes" }
        return nil
    }

    /// Checks every code of a run, including codes that differ only in letter case: on a
    /// case-insensitive share `dinkes` and `DINKES` would overwrite each other's reports. The
    /// first code (in sorted order) keeps the name. Returns the codes refused, with the reason.
    static func refusals(_ codes: [String]) -> [String: String] {
        var refused: [String: String] = [:]
        var taken: [String: String] = [:]
        for kode in codes.sorted() {
            if let problem = problem(kode) {
                refused[kode] = problem
            } else if let other = taken[kode.lowercased()] {
                refused[kode] = "it differs from \"\(other)\" only in letter case"
            } else {
                taken[kode.lowercased()] = kode
            }
        }
        return refused
    }
}
