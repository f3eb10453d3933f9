import Foundation

/// Derives a type's schema by decoding it from a ``SchemaRecordingDecoder``: every
/// `decode(_:forKey:)` its `init(from:)` makes names a property and its type, which is described
/// the same way (containers, enums and a few Foundation types by their type, the rest by
/// recording their own decoding). Each call returns a placeholder value as well, because the
/// initializer being recorded needs one to go on.
final class SchemaRecorder {
    /// The types being recorded, innermost last: meeting one again means recursion.
    private var inProgress: [ObjectIdentifier] = []

    func record<T: Decodable>(_ type: T.Type, path: String) throws -> (schema: JSONValue, value: T) {
        if let known = Self.knownType(T.self) { return (known.schema, known.value as! T) }
        if let optional = T.self as? any SchemaOptional.Type {
            return (Self.nullable(try schema(of: optional.wrappedType, path: path)), optional.placeholder as! T)
        }
        if let sequence = T.self as? any SchemaSequence.Type {
            let items = try schema(of: sequence.elementType, path: path + "[]")
            return (["type": "array", "items": items], sequence.placeholder as! T)
        }
        if let dictionary = T.self as? any SchemaDictionary.Type {
            guard dictionary.keyIsString else {
                throw error(.unsupportedType, T.self, path, "only dictionaries with String keys decode from JSON objects")
            }
            let values = try schema(of: dictionary.valueType, path: path + ".*")
            return (["type": "object", "additionalProperties": values], dictionary.placeholder as! T)
        }
        if let enumeration = T.self as? any (CaseIterable & RawRepresentable).Type {
            let (schema, first) = try enumSchema(enumeration, path: path)
            return (schema, first as! T)
        }
        if T.self is any RawRepresentable.Type {
            throw error(.unsupportedEnum, T.self, path, "a RawRepresentable type must also be CaseIterable so its values can be listed")
        }
        if T.self == JSONValue.self {
            throw error(.unsupportedType, T.self, path, "any JSON value has no strict schema; use a concrete type")
        }
        return try recordDecoding(T.self, path: path)
    }

    private func schema(of type: any Decodable.Type, path: String) throws -> JSONValue {
        func open<Wrapped: Decodable>(_ type: Wrapped.Type) throws -> JSONValue { try record(type, path: path).schema }
        return try open(type)
    }

    /// A type described by what its `init(from:)` decodes.
    private func recordDecoding<T: Decodable>(_ type: T.Type, path: String) throws -> (schema: JSONValue, value: T) {
        let id = ObjectIdentifier(T.self)
        guard !inProgress.contains(id) else {
            throw error(.recursiveType, T.self, path, "\(String(reflecting: T.self)) contains itself")
        }
        inProgress.append(id)
        defer { inProgress.removeLast() }

        let node = SchemaNode()
        let value: T
        do {
            value = try T(from: SchemaRecordingDecoder(recorder: self, node: node, path: path))
        } catch var failure as SchemaDerivationError {
            if failure.typeName.isEmpty { failure.typeName = String(reflecting: T.self) }
            throw failure
        } catch let failure {
            if let problem = node.flags.first { throw error(.dataDependentDecoding, T.self, path, problem) }
            throw error(.decodingFailed, T.self, path, "init(from:) threw while being recorded: \(failure)")
        }
        if let problem = node.flags.first { throw error(.dataDependentDecoding, T.self, path, problem) }

        let describing = T.self as? any JSONSchemaDescribing.Type
        let descriptions = describing?.propertyDescriptions ?? [:]
        guard var schema = node.schema(descriptions: descriptions) else {
            throw error(.unsupportedType, T.self, path, "its init(from:) decodes nothing")
        }
        if case .object(let properties)? = schema["properties"] {
            if let unknown = descriptions.keys.sorted().first(where: { properties[$0] == nil }) {
                throw error(.unknownDescribedProperty, T.self, path, "propertyDescriptions names \"\(unknown)\", which it does not decode")
            }
        }
        if let description = describing?.schemaDescription { schema = schema.setting("description", to: .string(description)) }
        return (schema, value)
    }

    private func enumSchema<E: CaseIterable & RawRepresentable>(_ type: E.Type, path: String) throws -> (JSONValue, E) {
        let cases = Array(E.allCases)
        guard let first = cases.first else { throw error(.unsupportedEnum, E.self, path, "the enum has no cases") }
        if let strings = cases.map({ $0.rawValue as? String }) as? [String] {
            return (["type": "string", "enum": .array(strings.map { .string($0) })], first)
        }
        if let integers = cases.map({ ($0.rawValue as? any BinaryInteger).map { Int64($0) } }) as? [Int64] {
            return (["type": "integer", "enum": .array(integers.map { .integer($0) })], first)
        }
        throw error(.unsupportedEnum, E.self, path, "raw values of type \(E.RawValue.self) are neither strings nor integers")
    }

    private func error(_ kind: SchemaDerivationError.Kind, _ type: Any.Type, _ path: String, _ detail: String) -> SchemaDerivationError {
        SchemaDerivationError(kind: kind, typeName: String(reflecting: type), path: path, detail: detail)
    }

    /// `schema` that also allows `null`: `"type": [T, "null"]` (and `null` among its `enum` values).
    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        switch members["type"] {
        case .string(let type)?: members["type"] = [.string(type), "null"]
        case .array(let types)? where !types.contains("null"): members["type"] = .array(types + ["null"])
        case .array?: return schema
        default: return ["anyOf": [schema, ["type": "null"]]]
        }
        if case .array(let values)? = members["enum"] { members["enum"] = .array(values + [.null]) }
        return .object(members)
    }

    /// Scalars and the Foundation types JSONDecoder reads from strings or numbers.
    private static func knownType(_ type: Any.Type) -> (schema: JSONValue, value: Any)? {
        switch type {
        case is String.Type: (["type": "string"], "")
        case is Bool.Type: (["type": "boolean"], false)
        case is Double.Type: (["type": "number"], 0.0 as Double)
        case is Float.Type: (["type": "number"], 0 as Float)
        case is Decimal.Type: (["type": "number"], Decimal(0))
        case is Int.Type: (["type": "integer"], 0 as Int)
        case is Int8.Type: (["type": "integer"], 0 as Int8)
        case is Int16.Type: (["type": "integer"], 0 as Int16)
        case is Int32.Type: (["type": "integer"], 0 as Int32)
        case is Int64.Type: (["type": "integer"], 0 as Int64)
        case is UInt.Type: (["type": "integer", "minimum": 0], 0 as UInt)
        case is UInt8.Type: (["type": "integer", "minimum": 0], 0 as UInt8)
        case is UInt16.Type: (["type": "integer", "minimum": 0], 0 as UInt16)
        case is UInt32.Type: (["type": "integer", "minimum": 0], 0 as UInt32)
        case is UInt64.Type: (["type": "integer", "minimum": 0], 0 as UInt64)
        case is Date.Type: (["type": "string", "format": "date-time"], Date(timeIntervalSince1970: 0))
        case is URL.Type: (["type": "string", "format": "uri"], URL(string: "https://example.com")!)
        case is UUID.Type: (["type": "string", "format": "uuid"], UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        default: nil
        }
    }
}
