// swift-format-ignore-file: AlwaysUseLowerCamelCase
// (Property names spell the JSON keys: synthesized Codable without CodingKeys, as a user might write it.)

// The hand-written Codable baselines of the decoding benchmark: a minimal model (the fields a
// caller reads) and a complete one (every field of the body).

/// A minimal hand-written Codable model of the same response: what a careful user would write.
struct HandResponse: Decodable {
    struct Usage: Decodable {
        struct InputDetails: Decodable { var cached_tokens: Int }
        struct OutputDetails: Decodable { var reasoning_tokens: Int }
        var input_tokens: Int
        var output_tokens: Int
        var total_tokens: Int
        var input_tokens_details: InputDetails?
        var output_tokens_details: OutputDetails?
    }
    struct Text: Decodable { var type: String; var text: String }
    enum Item: Decodable {
        case reasoning(id: String, summary: [Text], content: [Text])
        case message(id: String, role: String, status: String, content: [Text])
        case functionCall(id: String, callID: String, name: String, arguments: String, status: String)
        case other

        enum Keys: String, CodingKey { case type, id, summary, content, role, status, call_id, name, arguments }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            switch try c.decode(String.self, forKey: .type) {
            case "reasoning":
                self = .reasoning(
                    id: try c.decode(String.self, forKey: .id), summary: try c.decode([Text].self, forKey: .summary),
                    content: try c.decodeIfPresent([Text].self, forKey: .content) ?? [])
            case "message":
                self = .message(
                    id: try c.decode(String.self, forKey: .id), role: try c.decode(String.self, forKey: .role),
                    status: try c.decode(String.self, forKey: .status), content: try c.decode([Text].self, forKey: .content))
            case "function_call":
                self = .functionCall(
                    id: try c.decode(String.self, forKey: .id), callID: try c.decode(String.self, forKey: .call_id),
                    name: try c.decode(String.self, forKey: .name), arguments: try c.decode(String.self, forKey: .arguments),
                    status: try c.decode(String.self, forKey: .status))
            default:
                self = .other
            }
        }
    }
    var id: String
    var object: String
    var created_at: Int
    var status: String
    var model: String
    var output: [Item]
    var usage: Usage?
}

/// A hand-written model of every field the fixture carries (synthesized Codable wherever the
/// compiler can, a `type` switch for the output items, a small JSON enum for tool parameters).
struct HandFullResponse: Decodable {
    enum JSON: Decodable {
        case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let v = try? c.decode(Bool.self) { self = .bool(v) }
            else if let v = try? c.decode(Double.self) { self = .number(v) }
            else if let v = try? c.decode(String.self) { self = .string(v) }
            else if let v = try? c.decode([JSON].self) { self = .array(v) }
            else { self = .object(try c.decode([String: JSON].self)) }
        }
    }
    struct Usage: Decodable {
        struct InputDetails: Decodable { var cached_tokens: Int }
        struct OutputDetails: Decodable { var reasoning_tokens: Int }
        var input_tokens: Int
        var output_tokens: Int
        var total_tokens: Int
        var input_tokens_details: InputDetails?
        var output_tokens_details: OutputDetails?
    }
    struct Text: Decodable { var type: String; var text: String }
    struct OutputText: Decodable { var type: String; var text: String; var annotations: [JSON]?; var logprobs: [JSON]? }
    enum Item: Decodable {
        case reasoning(id: String, status: String?, summary: [Text], content: [Text])
        case message(id: String, role: String, status: String, content: [OutputText])
        case functionCall(id: String, callID: String, name: String, arguments: String, status: String)
        case other

        enum Keys: String, CodingKey { case type, id, summary, content, role, status, call_id, name, arguments }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            switch try c.decode(String.self, forKey: .type) {
            case "reasoning":
                self = .reasoning(
                    id: try c.decode(String.self, forKey: .id), status: try c.decodeIfPresent(String.self, forKey: .status),
                    summary: try c.decode([Text].self, forKey: .summary),
                    content: try c.decodeIfPresent([Text].self, forKey: .content) ?? [])
            case "message":
                self = .message(
                    id: try c.decode(String.self, forKey: .id), role: try c.decode(String.self, forKey: .role),
                    status: try c.decode(String.self, forKey: .status), content: try c.decode([OutputText].self, forKey: .content))
            case "function_call":
                self = .functionCall(
                    id: try c.decode(String.self, forKey: .id), callID: try c.decode(String.self, forKey: .call_id),
                    name: try c.decode(String.self, forKey: .name), arguments: try c.decode(String.self, forKey: .arguments),
                    status: try c.decode(String.self, forKey: .status))
            default:
                self = .other
            }
        }
    }
    struct Tool: Decodable { var type: String; var name: String; var description: String?; var parameters: JSON?; var strict: Bool? }
    struct Reasoning: Decodable { var effort: String?; var summary: String? }
    struct TextConfig: Decodable { struct Format: Decodable { var type: String }; var format: Format? }
    struct ErrorInfo: Decodable { var code: String?; var message: String }
    var id: String
    var object: String
    var created_at: Int
    var completed_at: Int?
    var status: String
    var model: String
    var output: [Item]
    var usage: Usage?
    var error: ErrorInfo?
    var incomplete_details: JSON?
    var instructions: String?
    var metadata: [String: String]?
    var parallel_tool_calls: Bool?
    var tool_choice: String?
    var tools: [Tool]?
    var temperature: Double?
    var top_p: Double?
    var frequency_penalty: Double?
    var presence_penalty: Double?
    var reasoning: Reasoning?
    var text: TextConfig?
    var truncation: String?
    var store: Bool?
    var background: Bool?
    var service_tier: String?
    var user: String?
    var previous_response_id: String?
}
