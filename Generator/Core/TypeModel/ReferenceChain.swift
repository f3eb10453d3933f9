/// Follows a chain of names to its end: a schema `$ref` to a `$ref`, a type alias to an alias.
///
/// The generator's one resolver and its one cycle guard: every stage that follows references
/// (the translator over schemas, the emitters over aliases) goes through ``follow(_:name:target:)``,
/// and the reader, which reports each failure at its YAML node, walks with the same ``Guard``. A
/// chain that comes back to a name it has passed stops there and reports the name, instead of going
/// round until a hop limit.
enum ReferenceChain {
    /// Remembers the names a chain has passed.
    struct Guard<Name: Hashable> {
        private var seen: Set<Name> = []

        /// Whether `name` is new to the chain (`false`: the chain has come back to it, a cycle).
        mutating func pass(_ name: Name) -> Bool { seen.insert(name).inserted }
    }

    /// How following a chain ended.
    enum End<Value, Name> {
        /// The last value, which names nothing further (or names something that does not exist).
        case value(Value)
        /// The chain came back to `name`; `value` is where it was when it did.
        case cycle(name: Name, value: Value)
    }

    /// Follows `start` while `name` gives the name it refers to and `target` finds that name.
    static func follow<Value, Name: Hashable>(_ start: Value, name: (Value) -> Name?, target: (Name) -> Value?) -> End<Value, Name> {
        var current = start
        var passed = Guard<Name>()
        while let next = name(current) {
            guard passed.pass(next) else { return .cycle(name: next, value: current) }
            guard let value = target(next) else { break }
            current = value
        }
        return .value(current)
    }

    /// The end of the chain, or the value at which it came back on itself.
    static func end<Value, Name: Hashable>(of start: Value, name: (Value) -> Name?, target: (Name) -> Value?) -> Value {
        switch follow(start, name: name, target: target) {
        case .value(let value), .cycle(_, let value): value
        }
    }
}
