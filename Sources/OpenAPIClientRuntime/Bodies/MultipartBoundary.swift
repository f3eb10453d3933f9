import Foundation

/// Multipart boundaries are random per request, so a replayed request never repeats the recorded
/// bytes: replay compares multipart bodies with each side's boundary replaced by the same token.
enum MultipartBoundary {
    /// `body` with every `--boundary` of its `multipart/…; boundary=…` content type made `--<boundary>`;
    /// other bodies unchanged.
    static func normalized(_ body: [UInt8]?, contentType: String?) -> [UInt8]? {
        guard let body, let contentType, contentType.lowercased().hasPrefix("multipart/"),
              let boundary = parameter("boundary", of: contentType), !boundary.isEmpty else { return body }
        let needle = Array("--\(boundary)".utf8), token = Array("--<boundary>".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            if body[index] == needle[0], index + needle.count <= body.count, body[index..<(index + needle.count)].elementsEqual(needle) {
                result += token
                index += needle.count
            } else {
                result.append(body[index])
                index += 1
            }
        }
        return result
    }

    static func parameter(_ name: String, of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
