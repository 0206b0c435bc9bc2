/// Unit codes become folder and file names (`units/<kode_unit>/monev-<kode_unit>-2026-Q3.xlsx`),
/// so a code must be one harmless path component wherever the output folder is copied: no
/// separators, no `..`, no hidden-file dot, no control characters, and none of the characters
/// Windows shares refuse (`: * ? " < > |`), at most 64 characters.
public enum UnitCodeRule {
    public static let maximumLength = 64

    /// Why `code` cannot be a unit code, or nil when it can.
    public static func problem(_ code: String) -> String? {
        if code.isEmpty { return "the unit code is empty" }
        if code.count > maximumLength {
            return "the unit code is \(code.count) characters long; at most \(maximumLength) are allowed"
        }
        if code.hasPrefix(".") { return "a unit code must not start with `.`" }
        if code.contains("..") { return "a unit code must not contain `..`" }
        for scalar in code.unicodeScalars {
            if scalar == "/" || scalar == "\\" {
                return "a unit code must not contain `\(scalar)` (it names a folder of the output)"
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                return "a unit code must not contain control characters"
            }
            if ":*?\"<>|".unicodeScalars.contains(scalar) {
                return "a unit code must not contain `\(scalar)` (not allowed in file names on Windows shares)"
            }
        }
        return nil
    }
}
