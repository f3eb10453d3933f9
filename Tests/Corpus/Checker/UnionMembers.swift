/// Finds, by reflection, which union cases a decoded value holds at a JSON pointer.
///
/// Generic over any bindings: object members are matched to stored properties by name with case
/// and underscores ignored (`tool_choice` ↔ `toolChoice`, `previous_response_id` ↔
/// `previousResponseID`, a deprecated `user` ↔ `_user`), array elements by index, dictionary
/// entries by key. Optionals, `Indirect` boxes and enums with a payload are looked through on the
/// way; the cases crossed at the end of the pointer are the answer. An enum case without a
/// payload (a string enum's value) is not a union member and ends the walk.
enum UnionMembers {
    /// The cases at `pointer` joined by `.`, or a reason why the pointer does not resolve.
    static func members(of root: Any, at pointer: String) -> Result<String, WalkError> {
        var current = root
        var walked = ""
        for segment in segments(pointer) {
            let (cases, value) = lookThrough(current)
            if cases.last == "unknown" {
                return .failure(WalkError(message: "'\(walked)' decoded as \(cases.joined(separator: ".")), so '\(pointer)' is not reached",
                                          isUnknown: true))
            }
            current = value
            walked += "/" + segment
            guard let next = child(of: current, named: segment) else {
                return .failure(WalkError(message: "nothing at '\(segment)' of \(typeName(current)) (pointer \(pointer))"))
            }
            current = next
        }
        let (cases, _) = lookThrough(current)
        return .success(cases.joined(separator: "."))
    }

    struct WalkError: Error {
        var message: String
        /// The walk ended in a union's `unknown` case before reaching the pointer.
        var isUnknown = false
    }

    static func segments(_ pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// Unwraps optionals, boxes and union cases, collecting the case names crossed.
    static func lookThrough(_ value: Any) -> (cases: [String], value: Any) {
        var cases: [String] = []
        var current = value
        while true {
            let mirror = Mirror(reflecting: current)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first else { return (cases + ["nil"], current) }
                current = wrapped.value
            } else if typeName(current).hasPrefix("Indirect<"), let boxed = mirror.children.first(where: { $0.label == "value" }) {
                current = boxed.value
            } else if mirror.displayStyle == .enum, typeName(current) != "JSONValue",
                      let payload = mirror.children.first, let label = payload.label {
                cases.append(label)
                if label == "unknown" { return (cases, payload.value) }
                current = payload.value
            } else {
                return (cases, current)
            }
        }
    }

    static func child(of value: Any, named segment: String) -> Any? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection, .set:
            guard let index = Int(segment), index >= 0, index < mirror.children.count else { return nil }
            return mirror.children[mirror.children.index(mirror.children.startIndex, offsetBy: index)].value
        case .dictionary:
            for entry in mirror.children {
                let pair = Array(Mirror(reflecting: entry.value).children)
                if pair.count == 2, "\(pair[0].value)" == segment { return pair[1].value }
            }
            return nil
        default:
            let wanted = normalized(segment)
            var mirror: Mirror? = mirror
            while let current = mirror {
                if let found = current.children.first(where: { $0.label.map(normalized) == wanted }) { return found.value }
                mirror = current.superclassMirror
            }
            return nil
        }
    }

    static func normalized(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" }
    }

    static func typeName(_ value: Any) -> String {
        String(describing: type(of: value))
    }
}
