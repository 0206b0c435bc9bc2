/// Shares one `String` among cells with the same text, without a growing table.
///
/// Activity names, positions and ranks repeat across thousands of rows (every unit's staff share a
/// handful of SKP activities). Making each its own heap string costs an allocation and a UTF-8
/// check per row and tens of megabytes at province scale. This direct-mapped cache remembers the
/// last text seen per hash slot: a repeat costs one hash and one comparison; a miss costs what a
/// plain `String` would have, plus the hash.
struct TextInterner {
    private static let slotCount = 4096
    private var slots = [String?](repeating: nil, count: slotCount)

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Short strings are stored inline by Swift: nothing to share.
        guard bytes.count > 15, let base = bytes.baseAddress.map(UnsafeRawPointer.init) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let slot = Int(truncatingIfNeeded: Self.hash(base, bytes.count)) & (Self.slotCount - 1)
        if var cached = slots[slot], cached.utf8.count == bytes.count,
           cached.withUTF8({ Self.equal(UnsafeRawPointer($0.baseAddress!), base, bytes.count) }) {
            return cached
        }
        let fresh = String(decoding: bytes, as: UTF8.self)
        slots[slot] = fresh
        return fresh
    }

    /// Eight bytes at a time, multiply and fold: a spread good enough to pick a slot.
    private static func hash(_ p: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var h = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= count {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        // The last (overlapping) eight bytes cover the tail; every interned text has more than 15.
        h = (h ^ p.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
}
