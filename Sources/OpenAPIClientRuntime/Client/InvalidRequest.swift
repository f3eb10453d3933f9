/// The details of `ClientError.Kind.invalidRequest`: a request that was refused before sending.
public struct InvalidRequest: Sendable, Hashable, CustomStringConvertible {
    public var operationID: String
    /// The broken schema constraint, when validation found one.
    public var violation: SchemaViolation?
    /// What is wrong, for people.
    public var detail: String

    public init(operationID: String, violation: SchemaViolation? = nil, detail: String) {
        self.operationID = operationID
        self.violation = violation
        self.detail = detail
    }

    public var description: String { "invalid request: \(detail)" }
}
