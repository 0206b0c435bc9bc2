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
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (Self.slotCount - 1)
        if var cached = slots[slot], cached.utf8.count == bytes.count,
           cached.withUTF8({ $0.elementsEqual(bytes) }) {
            return cached
        }
        let fresh = String(decoding: bytes, as: UTF8.self)
        slots[slot] = fresh
        return fresh
    }
}
