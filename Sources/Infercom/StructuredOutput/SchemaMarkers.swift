import Foundation

// Containers are recognised by type, not by what their `init(from:)` asks of a decoder: an
// array's decoding never reveals its element type when the array is empty, and a dictionary's
// never reveals its value type.

/// `Optional` as the schema recorder sees it.
protocol SchemaOptional {
    static var wrappedType: any Decodable.Type { get }
    static var placeholder: Self { get }
}

extension Optional: SchemaOptional where Wrapped: Decodable {
    static var wrappedType: any Decodable.Type { Wrapped.self }
    static var placeholder: Self { nil }
}

/// Arrays and sets as the schema recorder sees them.
protocol SchemaSequence {
    static var elementType: any Decodable.Type { get }
    static var placeholder: Self { get }
}

extension Array: SchemaSequence where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
    static var placeholder: Self { [] }
}

extension Set: SchemaSequence where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
    static var placeholder: Self { [] }
}

/// Dictionaries as the schema recorder sees them.
protocol SchemaDictionary {
    static var keyIsString: Bool { get }
    static var valueType: any Decodable.Type { get }
    static var placeholder: Self { get }
}

extension Dictionary: SchemaDictionary where Key: Decodable, Value: Decodable {
    // JSONDecoder decodes other keys (Int, enums) from arrays of alternating keys and values,
    // which a schema for an object would misdescribe.
    static var keyIsString: Bool { Key.self == String.self }
    static var valueType: any Decodable.Type { Value.self }
    static var placeholder: Self { [:] }
}
