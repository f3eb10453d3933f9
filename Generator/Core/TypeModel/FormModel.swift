/// The request type of an operation whose body is a form (`multipart/form-data` or
/// `application/x-www-form-urlencoded`): one stored property per schema property, and the
/// statements that turn it into the runtime's `MultipartForm` or `URLEncodedForm`.
public struct FormModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var fields: [FormField]
    /// Enums for properties that take a file or another value (`oneOf: [binary, Object]`).
    public var choices: [FileChoiceModel]
    /// The notation of arrays inside `deepObject` fields (URL-encoded forms with such fields,
    /// when the configuration names one); `nil`: the runtime refuses such an array.
    public var deepObjectArrays: GeneratorConfiguration.DeepObjectArrays? = nil
}

public struct FormField: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// `format: binary`: a `MultipartFile`.
        case file
        /// An array of binaries, or a union of a binary and such an array: one part per file.
        case files
        /// Anything else, sent by what it encodes to: text for scalars, JSON for objects, one part
        /// (or pair) per element for arrays.
        case value(TypeUsage)
        /// A union of files and one other type (`FileChoiceModel`, by name).
        case choice(String)
        /// A `const` (or one-value `enum`) string: not stored, always sent.
        case constant(String)
    }

    public var wireName: String
    public var swiftName: String
    public var value: Value
    /// Stored as a non-optional: required and not nullable (a form has no `null` to send).
    public var isRequired: Bool
    public var documentation: Documentation
    /// The spec's `encoding.contentType` (multipart).
    public var contentType: String?
    /// `encoding.style` is `deepObject` (URL-encoded; otherwise `form`).
    public var isDeepObject = false
    /// `encoding.explode` (URL-encoded; `true` unless the spec says otherwise).
    public var explode = true
}

/// A form property that is a file (or files) or one other type.
public struct FileChoiceModel: Sendable, Hashable {
    public var name: String
    public var fileIsArray: Bool
    public var other: TypeUsage
}
