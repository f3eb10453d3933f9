/// Where requests carry the client's API key: the runtime's `CredentialPlacement`, decided from a
/// `security` list by `TypeTranslator.credential(for:at:)`.
public enum CredentialModel: Sendable, Hashable {
    case bearer
    case basic
    case header(String)
    case query(String)
    case cookie(String)
    /// `security: []`, or a requirement the client cannot meet: no credential is sent.
    case omitted
}
