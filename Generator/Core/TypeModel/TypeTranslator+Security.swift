/// `security` lists → where the API key goes. The client holds one key, so it meets a requirement
/// that names one scheme it can send (HTTP bearer or basic, OAuth 2 and OpenID Connect tokens as
/// bearer, an `apiKey` header, query parameter or cookie); the first such alternative wins, and an
/// empty one (`{}`) means the call may go without. A list the client cannot meet is a warning and
/// its requests carry no credential, rather than a key placed where the server does not look.
extension TypeTranslator {
    mutating func credential(for requirements: [SecurityRequirement], at location: SourceLocation) -> CredentialModel {
        var mayOmit = requirements.isEmpty
        for requirement in requirements {
            if requirement.schemes.isEmpty { mayOmit = true }
            if requirement.schemes.count == 1, let placement = placement(of: requirement.schemes[0]) { return placement }
        }
        if !mayOmit {
            let named = requirements.map { $0.schemes.map { "'\(SpecText.visible($0))'" }.joined(separator: " and ") }
            diagnostics.append(.warning(
                "the client cannot send the credentials this security asks for (\(named.joined(separator: ", or "))): it sends one API key "
                    + "as an HTTP bearer or basic credential, an OAuth 2 or OpenID Connect token, or an apiKey header, query parameter or "
                    + "cookie; such requests carry none (add it with defaultHeaders or a middleware)",
                at: requirements.first?.location ?? location))
        }
        return .omitted
    }

    private func placement(of schemeName: String) -> CredentialModel? {
        guard let scheme = document.components.securitySchemes[schemeName] else { return nil }
        switch scheme.type {
        case "http":
            switch scheme.scheme {
            case "bearer": return .bearer
            case "basic": return .basic
            default: return nil
            }
        case "oauth2", "openIdConnect":
            return .bearer
        case "apiKey":
            switch scheme.apiKey {
            case (.header, let name)?: return .header(name)
            case (.query, let name)?: return .query(name)
            case (.cookie, let name)?: return .cookie(name)
            default: return nil
            }
        default:
            return nil
        }
    }
}
