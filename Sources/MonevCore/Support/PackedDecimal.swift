/// An optional `ExactDecimal` in 16 bytes. `ExactDecimal?` needs a tag byte after its 16-byte
/// `Int128`, which alignment pads to 32 bytes inside a struct; SKP activities and their scores
/// (hundreds of thousands at province scale) carry several. `Int128.min` stands for nil: it is
/// outside what parsing produces and what arithmetic can reach without overflowing first.
struct PackedOptionalDecimal: Sendable, Hashable {
    private var units: Int128

    init(_ value: ExactDecimal?) { units = value?.units ?? .min }

    var value: ExactDecimal? { units == .min ? nil : ExactDecimal(units: units) }
}
