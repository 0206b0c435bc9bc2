/// The archive of a final period (SOP step "mengarsipkan"): what goes in and the manifest that
/// lets anyone check it later with `sha256sum -c SHA256SUMS`. The executable copies the files
/// and makes them read-only; this part decides and describes, without I/O.
public enum PeriodArchive {
    /// `<out>/arsip/YYYY-QN`.
    public static func folder(_ period: Period) -> String { "arsip/\(period)" }
    public static let checksumsFile = "SHA256SUMS"
    public static let supersedesFile = "SUPERSEDES.txt"

    /// Where an archive that is superseded is kept: the first of `arsip/YYYY-QN.superseded-1`,
    /// `-2`, … for which `exists` is false.
    public static func supersededFolder(_ period: Period, exists: (String) -> Bool) -> String {
        var n = 1
        while exists("\(folder(period)).superseded-\(n)") { n += 1 }
        return "\(folder(period)).superseded-\(n)"
    }

    /// Why run.json cannot be archived as it is, or nil when it can: only a final run is archived
    /// (a draft has not been verified and signed), and only files inside the period folder.
    public static func refusal(_ manifest: RunManifest, period: Period) -> String? {
        if manifest.period != period.description {
            return "run.json is for period \(manifest.period), not \(period)"
        }
        if !manifest.isFinal {
            return "the published \(period) is a draft (run.json has \"final\": false); archive a run made with `monev run --final`"
        }
        if let bad = manifest.outputs.first(where: { !isContained($0.path) }) {
            return "run.json lists `\(bad.path)`, which is not a path inside the period folder"
        }
        return nil
    }

    /// A relative path that stays inside the folder it is relative to: not absolute, no empty,
    /// `.` or `..` component, no NUL.
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The `SHA256SUMS` text: one `<hex>  <path>` line per file, sorted by path, in the format
    /// GNU `sha256sum` writes and `sha256sum -c` checks (a name holding `\` or a line break is
    /// escaped and its line starts with `\`, as sha256sum does).
    public static func checksums(_ files: [(path: String, sha256: String)]) -> String {
        var text = ""
        for f in files.sorted(by: { $0.path < $1.path }) {
            let needsEscape = f.path.contains("\\") || f.path.contains("\n") || f.path.contains("\r")
            if needsEscape {
                var name = ""
                for ch in f.path.unicodeScalars {
                    switch ch {
                    case "\\": name += "\\\\"
                    case "\n": name += "\\n"
                    case "\r": name += "\\r"
                    default: name.unicodeScalars.append(ch)
                    }
                }
                text += "\\\(f.sha256)  \(name)\n"
            } else {
                text += "\(f.sha256)  \(f.path)\n"
            }
        }
        return text
    }

    /// The note a superseding archive carries: which archive it replaces and why.
    public static func supersedesNote(period: Period, superseded: String, reason: String) -> String {
        """
        Arsip \(period) ini menggantikan arsip sebelumnya, yang disimpan di \(superseded)/.
        This archive of \(period) supersedes the earlier one, kept in \(superseded)/.
        Alasan / reason: \(reason)

        """
    }
}
