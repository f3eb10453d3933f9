/// Heap storage for a struct's property: one whose type contains the struct (a struct cannot
/// contain itself directly), or a large one (the struct then holds a reference, which is cheap to
/// copy and cheap to compile; see the generator's `InlineSizeAnalysis`).
///
/// Copy-on-write: copies share the box, and a mutation through `value` copies it first only when
/// it is shared, so mutating a boxed property in place (`event.response.output.append(item)`)
/// does not copy the value.
@_spi(Generated) public struct Indirect<Value: Sendable & Hashable>: Sendable, Hashable, CustomReflectable {
    /// Written only through `value`'s `_modify`, after `isKnownUniquelyReferenced` has made it the
    /// sole owner's, so a box reachable from two values or two threads is never written.
    private final class Box: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    public init(_ value: Value) { box = Box(value) }

    public var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// Shows the value, not the box: `dump` and debuggers see the property as declared.
    public var customMirror: Mirror { Mirror(self, children: ["value": value]) }
}
