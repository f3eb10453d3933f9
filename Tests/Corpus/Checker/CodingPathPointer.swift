/// Where a decoding error happened, as a JSON pointer (`/output/0/content/0/logprobs`).
///
/// For a missing key the pointer names the key itself (the object's path plus the key), the way
/// `DecodingFailure` reports it. Errors other than `DecodingError` count when they expose a
/// `codingPath` property (found by reflection, so the bindings may bring their own error types).
enum CodingPathPointer {
    static func pointer(of error: any Error) -> String? {
        if let error = error as? DecodingError {
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return pointer(context.codingPath)
            case .keyNotFound(let key, let context):
                return pointer(context.codingPath + [key])
            @unknown default:
                return nil
            }
        }
        for child in Mirror(reflecting: error).children where child.label == "codingPath" {
            if let keys = child.value as? [any CodingKey] { return pointer(keys) }
        }
        return nil
    }

    static func pointer(_ keys: [any CodingKey]) -> String {
        keys.map { key in
            let segment = key.intValue.map(String.init) ?? key.stringValue
            return "/" + segment.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }.joined()
    }
}
