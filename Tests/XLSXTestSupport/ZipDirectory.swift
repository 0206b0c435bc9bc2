import Foundation

/// The central directory of a zip file, read straight from its bytes: what each entry's header
/// records about how it was compressed (unzip does not show the deflate level).
public struct ZipDirectory {
    public struct Entry: Equatable {
        public var name: String
        /// General-purpose flags. For deflate, bits 1-2 record the level the writer asked for:
        /// 0b00 normal (zlib 3-7, or the default), 0b01 maximum (8-9), 0b10 fast (2), 0b11 super fast (1).
        public var flags: UInt16
        /// 8 is deflate, 0 stored.
        public var method: UInt16
        public var compressedSize: Int
        public var uncompressedSize: Int

        /// The deflate option bits (1-2) of `flags`.
        public var deflateOption: UInt16 { (flags >> 1) & 0b11 }
    }

    public enum ReadError: Error { case notAZip(String) }

    public let entries: [Entry]

    public init(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        // The end-of-central-directory record: the last 22 bytes when there is no archive comment.
        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4b50 else { throw ReadError.notAZip(path) }
        var at = u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<u16(end + 10) {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4b50 else { throw ReadError.notAZip(path) }
            let nameLength = u16(at + 28)
            entries.append(Entry(name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                                 flags: UInt16(u16(at + 8)), method: UInt16(u16(at + 10)),
                                 compressedSize: u32(at + 20), uncompressedSize: u32(at + 24)))
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
        }
        self.entries = entries
    }
}
