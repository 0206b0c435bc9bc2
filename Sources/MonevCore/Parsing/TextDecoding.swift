/// Turns a file's raw bytes into UTF-8 text bytes the CSV reader can scan, or says why it cannot.
///
/// Real drops come from Excel on office PCs: UTF-8 with a BOM, plain UTF-8, or the Windows
/// "ANSI" code page (Windows-1252) when someone used "CSV (Comma delimited)" instead of
/// "CSV UTF-8". Valid UTF-8 is used in place (no copy: a 100 MB SKP file stays one buffer);
/// anything else is transcoded from Windows-1252, which cannot fail.
enum TextDecoding {
    enum Outcome: Equatable {
        /// Valid UTF-8; the text starts at `start` (3 when a BOM is skipped).
        case utf8(start: Int)
        /// Not valid UTF-8: `bytes` is the Windows-1252 reading re-encoded as UTF-8;
        /// `firstInvalidLine` is where the first byte that broke UTF-8 sits.
        case windows1252(bytes: [UInt8], firstInvalidLine: Int)
        /// Not text: a NUL byte at `line`; `looksLikeWorkbook` when it is a zip (an .xlsx renamed .csv).
        case binary(line: Int, looksLikeWorkbook: Bool)
        /// A UTF-16 file (Excel's "Unicode Text" export).
        case utf16
    }

    static func classify(_ bytes: [UInt8]) -> Outcome {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .utf16
        }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasBOM ? 3 : 0
        let scan = bytes.withUnsafeBufferPointer { scanUTF8($0, from: start) }
        switch scan {
        case .valid:
            return .utf8(start: start)
        case .nul(let offset):
            let zip = bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
            return .binary(line: lineNumber(of: offset, in: bytes), looksLikeWorkbook: zip)
        case .invalid(let offset):
            // A NUL later in the file still means binary, whatever the encoding.
            if let nul = bytes[offset...].firstIndex(of: 0) {
                return .binary(line: lineNumber(of: nul, in: bytes), looksLikeWorkbook: false)
            }
            return .windows1252(bytes: transcodeWindows1252(bytes, from: start), firstInvalidLine: lineNumber(of: offset, in: bytes))
        }
    }

    /// Whether the bytes are UTF-8 text as they are (no NUL, nothing to transcode): what lets
    /// `RowPartition` read a large file piece by piece instead of whole.
    static func isPlainUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if case .valid = scanUTF8(b, from: 0) { return true }
        return false
    }

    private enum Scan { case valid, nul(Int), invalid(Int) }

    /// One pass over the bytes: stops at the first NUL or the first byte sequence that is not UTF-8.
    private static func scanUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Scan {
        var i = start
        let n = b.count
        guard let base = b.baseAddress.map(UnsafeRawPointer.init) else { return .valid }
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        while i < n {
            // Eight bytes at a time while they are ASCII and not NUL (almost every byte of a CSV).
            while i + 8 <= n {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if w & high != 0 || (w &- ones) & ~w & high != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 {
                if c == 0 { return .nul(i) }
                i += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch c {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(c & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(c & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(c & 0x07)
            default: return .invalid(i)
            }
            guard i + length <= n else { return .invalid(i) }
            for k in 1..<length {
                let cont = b[i + k]
                guard cont & 0xC0 == 0x80 else { return .invalid(i) }
                scalar = scalar << 6 | UInt32(cont & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return .invalid(i) }
            i += length
        }
        return .valid
    }

    /// Windows-1252 bytes 0x80–0x9F; the five undefined ones map to the C1 control of the same
    /// value (as browsers do), so every byte has a reading.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func transcodeWindows1252(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for c in bytes[start...] {
            if c < 0x80 { out.append(c); continue }
            let scalar = c < 0xA0 ? high[Int(c - 0x80)] : UInt32(c)
            out.append(contentsOf: Unicode.Scalar(scalar)!.utf8)
        }
        return out
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for c in bytes[..<offset] where c == 0x0A { line += 1 }
        return line
    }
}
