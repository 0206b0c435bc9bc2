import MonevCore

/// The names inside `<out>/<YYYY-QN>/` (contract README, "Output"). Unit names are built only
/// from codes `UnitFolderName` accepted.
enum OutputLayout {
    static let manifest = "run.json"
    static let masalahData = "masalah_data.csv"

    static func consolidatedWorkbook(_ period: Period) -> String { "monev-\(period).xlsx" }
    static func consolidatedMarkdown(_ period: Period) -> String { "monev-\(period).md" }
    static func unitFolder(_ kode: String) -> String { "units/\(kode)" }
    static func unitWorkbook(_ kode: String, _ period: Period) -> String { "units/\(kode)/monev-\(kode)-\(period).xlsx" }
    static func unitMarkdown(_ kode: String, _ period: Period) -> String { "units/\(kode)/monev-\(kode)-\(period).md" }

    /// True for the files a `--unit` rerun of `kode` regenerates.
    static func belongs(_ path: String, toUnit kode: String) -> Bool { path.hasPrefix(unitFolder(kode) + "/") }

    /// True for a relative path that stays inside the folder it is relative to: no absolute
    /// path, no empty, `.` or `..` component, no NUL.
    static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
