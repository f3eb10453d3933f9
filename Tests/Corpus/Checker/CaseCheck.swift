import Foundation
import OpenAPIClientRuntime

/// One case against one binding set: decode, union members, round trip; or the expected error.
enum CaseCheck {
    enum Outcome {
        case passed(String)
        /// `category` groups failures in reports: decode error, wrong member, round trip, …
        case failed(category: String, detail: String)
    }

    static func run(_ entry: ManifestCase, _ expectation: Expectation, body url: URL, types: [String: CorpusType]) -> Outcome {
        guard let type = types[expectation.type] else {
            return .failed(category: "no such type", detail: "the bindings have no type '\(expectation.type)'")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            return .failed(category: "missing body", detail: "\(url.path): \(error)")
        }
        let decoded: Any
        do {
            decoded = try type.decode(data)
        } catch {
            let pointer = CodingPathPointer.pointer(of: error)
            if let wanted = expectation.errorAt {
                if pointer == wanted { return .passed("error at \(wanted)") }
                return .failed(category: "error at wrong path",
                               detail: "expected an error at \(wanted), got one at \(pointer ?? "?"): \(summary(error))")
            }
            return .failed(category: "decoding error", detail: "at \(pointer ?? "?"): \(summary(error))")
        }
        if let wanted = expectation.errorAt {
            var detail = "decoded without error, expected one at \(wanted)"
            if let reencoded = try? type.encode(decoded) {
                let differences = roundTripDifferences(data, reencoded)
                if !(differences.other + differences.nulls).isEmpty {
                    detail += "; re-encoding differs: " + listing(differences.other + differences.nulls, shown: 2)
                }
            }
            return .failed(category: "accepted a body that fits no member", detail: detail)
        }
        for (pointer, wanted) in (expectation.members ?? [:]).sorted(by: { $0.key < $1.key }) {
            switch UnionMembers.members(of: decoded, at: pointer) {
            case .failure(let error):
                return .failed(category: error.isUnknown ? "wrong union member" : "path not found", detail: error.message)
            case .success(let found) where found != wanted:
                return .failed(category: "wrong union member",
                               detail: "at '\(pointer)' expected \(wanted), got \(found.isEmpty ? "no union" : found)")
            case .success:
                continue
            }
        }
        let reencoded: Data
        do { reencoded = try type.encode(decoded) } catch {
            return .failed(category: "encoding error", detail: summary(error))
        }
        let differences = roundTripDifferences(data, reencoded)
        if !differences.other.isEmpty {
            return .failed(category: "round trip", detail: listing(differences.other + differences.nulls))
        }
        if !differences.nulls.isEmpty {
            return .failed(category: "round trip: null vs absent only", detail: listing(differences.nulls))
        }
        return .passed("")
    }

    /// What re-encoding changed: `nulls` lost or invented a `null` member, `other` the rest.
    static func roundTripDifferences(_ original: Data, _ reencoded: Data) -> (other: [String], nulls: [String]) {
        do {
            let left = try JSONDecoder().decode(JSONValue.self, from: original)
            let right = try JSONDecoder().decode(JSONValue.self, from: reencoded)
            let other = JSONDifference.all(left, right, nullIsAbsent: true)
            let known = Set(other)
            return (other, JSONDifference.all(left, right).filter { !known.contains($0) })
        } catch {
            return (["cannot compare: \(error)"], [])
        }
    }

    static func listing(_ differences: [String], shown: Int = 4) -> String {
        let more = differences.count > shown ? " (+\(differences.count - shown) more)" : ""
        return differences.prefix(shown).joined(separator: "; ") + more
    }

    static func summary(_ error: any Error) -> String {
        if let error = error as? DecodingError {
            switch error {
            case .typeMismatch(let type, let context): return "type mismatch (\(type)): \(context.debugDescription)"
            case .valueNotFound(let type, let context): return "value not found (\(type)): \(context.debugDescription)"
            case .keyNotFound(let key, _): return "key '\(key.stringValue)' not found"
            case .dataCorrupted(let context): return "data corrupted: \(context.debugDescription)"
            @unknown default: return "\(error)"
            }
        }
        return String(describing: error)
    }
}
